// SPDX-License-Identifier: GPL-3.0-or-later
// The objective against PyTorch itself: tests/support/parity_oracle.py computes, with Debian's
// torch and torchvision and the random-weight fixture, the features, Grams, loss terms, gradient,
// Adam steps and L-BFGS evaluations for fixed inputs; every C++ number must agree within 1e-4
// (relative to the largest magnitude of the tensor compared).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "engine/styleobjective.h"
#include "engine/vggweights.h"

using namespace nss;

namespace {

constexpr double kTolerance = 1e-4;

// Empty when `actual` matches `expected` within kTolerance of expected's largest magnitude.
QString mismatch(const torch::Tensor &actual, const torch::Tensor &expected, const QString &what)
{
    if (!actual.defined())
        return what + QStringLiteral(": no value");
    if (actual.sizes() != expected.sizes())
        return what
               + QStringLiteral(": shape %1 instead of %2")
                     .arg(QString::fromStdString(c10::str(actual.sizes())), QString::fromStdString(c10::str(expected.sizes())));
    const auto a = actual.detach().to(torch::kFloat64);
    const auto e = expected.to(torch::kFloat64);
    const double scale = std::max(e.abs().max().item<double>(), 1e-30);
    const auto diff = (a - e).abs().flatten();
    const auto worst = diff.argmax().item<int64_t>();
    const double err = diff[worst].item<double>() / scale;
    if (err <= kTolerance && std::isfinite(err))
        return {};
    return what
           + QStringLiteral(": relative error %1 at element %2 (%3 instead of %4; largest |expected| %5)")
                 .arg(err)
                 .arg(worst)
                 .arg(a.flatten()[worst].item<double>(), 0, 'g', 9)
                 .arg(e.flatten()[worst].item<double>(), 0, 'g', 9)
                 .arg(scale);
}

} // namespace

class TestParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_manifest;
    std::map<int, VggConv> m_weights;

    torch::Tensor oracle(const QString &name) const
    {
        const QJsonObject entry = m_manifest.value(QStringLiteral("tensors")).toObject().value(name).toObject();
        if (entry.isEmpty())
            return {};
        std::vector<int64_t> shape;
        for (const auto v : entry.value(QStringLiteral("shape")).toArray())
            shape.push_back(v.toInteger());
        QFile file(m_dir.filePath(entry.value(QStringLiteral("file")).toString()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = file.readAll();
        auto t = torch::empty(shape, torch::kFloat32);
        if (static_cast<size_t>(bytes.size()) != t.numel() * sizeof(float))
            return {};
        std::memcpy(t.data_ptr<float>(), bytes.constData(), static_cast<size_t>(bytes.size()));
        return t;
    }

    QJsonObject caseSpec(const QString &name) const
    {
        return m_manifest.value(QStringLiteral("cases")).toObject().value(name).toObject();
    }

    static QList<LayerWeight> layers(const QJsonValue &value)
    {
        QList<LayerWeight> out;
        for (const auto v : value.toArray())
            out.append({v.toArray().at(0).toString(), v.toArray().at(1).toDouble()});
        return out;
    }

    Expected<StyleObjective> objective(const QString &name, torch::Dtype dtype = torch::kFloat32) const
    {
        const QJsonObject spec = caseSpec(name);
        StyleSettings settings;
        settings.precision = Precision::Float32; // PyTorch's arithmetic, whatever this CPU offers
        settings.pooling =
            spec.value(QStringLiteral("pooling")).toString() == QStringLiteral("avg") ? Pooling::Average : Pooling::Max;
        settings.contentLayers = layers(spec.value(QStringLiteral("content_layers")));
        settings.styleLayers = layers(spec.value(QStringLiteral("style_layers")));
        const QJsonArray w = spec.value(QStringLiteral("weights")).toArray();
        settings.contentWeight = w.at(0).toDouble();
        settings.styleWeight = w.at(1).toDouble();
        settings.tvWeight = w.at(2).toDouble();
        std::vector<torch::Tensor> styles;
        for (const auto s : spec.value(QStringLiteral("styles")).toArray())
            styles.push_back(oracle(QStringLiteral("input/style%1").arg(s.toInt())).to(dtype));
        std::vector<double> blend;
        for (const auto b : spec.value(QStringLiteral("blend")).toArray())
            blend.push_back(b.toDouble());
        // Region masks (issue 21): the oracle's inputs by name, null for a style without one.
        const auto mask = [this, dtype](const QJsonValue &name) {
            return name.isString() ? oracle(QStringLiteral("input/") + name.toString()).to(dtype) : torch::Tensor();
        };
        std::vector<torch::Tensor> sourceMasks; // the part of each painting to use
        for (const auto m : spec.value(QStringLiteral("source_masks")).toArray())
            sourceMasks.push_back(mask(m));
        auto created = StyleObjective::create(m_weights, settings, oracle(QStringLiteral("input/content")).to(dtype), styles,
                                              blend, 0, sourceMasks);
        if (!created)
            return created;
        std::vector<torch::Tensor> styleMasks;
        for (const auto m : spec.value(QStringLiteral("style_masks")).toArray())
            styleMasks.push_back(mask(m));
        const torch::Tensor keep = mask(spec.value(QStringLiteral("keep_mask")));
        if (!styleMasks.empty() || keep.defined()) {
            if (Status set = created->setMasks(styleMasks, keep); !set)
                return fail(set.error());
            if (!created->hasMasks())
                return fail(QStringLiteral("the masks were not kept"));
        }
        return created;
    }

    static void addCases()
    {
        QTest::addColumn<QString>("caseName");
        QTest::newRow("max pooling, one style, tv") << QStringLiteral("max");
        QTest::newRow("avg pooling, two content layers") << QStringLiteral("avg");
        QTest::newRow("two styles blended 3:1") << QStringLiteral("blend");
    }

    static void addMaskCases()
    {
        addCases();
        QTest::newRow("two soft overlapping style masks") << QStringLiteral("masked");
        QTest::newRow("one style mask and a keep mask") << QStringLiteral("masked_keep");
        addSourceMaskCase();
    }

    static void addSourceMaskCase()
    {
        QTest::newRow("part of each painting, and a style mask") << QStringLiteral("source_masked");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fixture = QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth");
        QVERIFY2(QFile::exists(fixture), "the vgg19 CTest fixture has not run");
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral(NSS_PYTHON), {QStringLiteral(NSS_TEST_SUPPORT_DIR "/parity_oracle.py"),
                                                  QStringLiteral("--weights"), fixture, QStringLiteral("--out"), m_dir.path()});
        QVERIFY2(python.waitForFinished(240000), "the PyTorch oracle did not finish");
        const QByteArray log = python.readAll();
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, log.constData());
        QFile manifest(m_dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
        QVERIFY(!m_manifest.isEmpty());

        auto weights = loadVgg19Features(fixture, 28);
        QVERIFY2(weights.ok(), qPrintable(weights.error()));
        m_weights = std::move(weights).value();
    }

    void featuresGramsAndTargets_data()
    {
        addCases();
        addSourceMaskCase(); // the blended target of the masked paintings' Grams
    }
    void featuresGramsAndTargets()
    {
        QFETCH(QString, caseName);
        auto obj = objective(caseName);
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        const auto feats = obj->features(oracle(QStringLiteral("input/image")));
        const QJsonObject spec = caseSpec(caseName);
        int checked = 0;
        for (const auto &[layer, f] : feats) {
            const QString base = caseName + QLatin1Char('/');
            QString m = mismatch(f, oracle(base + QStringLiteral("features/") + layer), layer + QStringLiteral(" features"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            m = mismatch(gramMatrix(f), oracle(base + QStringLiteral("gram/") + layer), layer + QStringLiteral(" Gram"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            ++checked;
        }
        for (const auto &l : layers(spec.value(QStringLiteral("content_layers")))) {
            const QString m =
                mismatch(obj->contentTarget(l.layer), oracle(caseName + QStringLiteral("/content_target/") + l.layer),
                         l.layer + QStringLiteral(" content target"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
        for (const auto &l : layers(spec.value(QStringLiteral("style_layers")))) {
            const QString m = mismatch(obj->styleTarget(l.layer), oracle(caseName + QStringLiteral("/style_target/") + l.layer),
                                       l.layer + QStringLiteral(" blended style target"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
        QVERIFY(checked >= 6);
    }

    void lossTermsAndGradient_data() { addMaskCases(); }
    void lossTermsAndGradient()
    {
        QFETCH(QString, caseName);
        auto obj = objective(caseName);
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        auto x = oracle(QStringLiteral("input/image")).clone().requires_grad_(true);
        const LossTerms terms = obj->evaluate(x);
        const std::pair<const char *, torch::Tensor> named[] = {
            {"content", terms.content}, {"style", terms.style}, {"tv", terms.tv}, {"total", terms.total}};
        for (const auto &[name, value] : named) {
            const QString key = QLatin1String(name);
            const auto expected = oracle(caseName + QStringLiteral("/loss/") + key);
            const QString m = mismatch(value.reshape({1}), expected, key + QStringLiteral(" loss"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
        QVERIFY(terms.total.item<double>() > 0.0);
        terms.total.backward();
        const QString m = mismatch(x.grad(), oracle(caseName + QStringLiteral("/grad")), QStringLiteral("gradient"));
        QVERIFY2(m.isEmpty(), qPrintable(m));
    }

    void adamSteps_data() { addCases(); }
    void adamSteps()
    {
        QFETCH(QString, caseName);
        auto obj = objective(caseName);
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        auto x = oracle(QStringLiteral("input/image")).clone().requires_grad_(true);
        torch::optim::Adam adam({x}, torch::optim::AdamOptions(m_manifest.value(QStringLiteral("adam_lr")).toDouble()));
        for (int step = 1; step <= 2; ++step) {
            adam.zero_grad();
            obj->evaluate(x).total.backward();
            adam.step();
            const QString m = mismatch(x, oracle(caseName + QStringLiteral("/adam/%1").arg(step)),
                                       QStringLiteral("image after Adam step %1").arg(step));
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
    }

    void lbfgsEvaluations_data() { addCases(); }
    // In float64 on both sides: see the oracle for why float32 cannot be compared here.
    void lbfgsEvaluations()
    {
        QFETCH(QString, caseName);
        auto obj = objective(caseName, torch::kFloat64);
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        auto x = oracle(QStringLiteral("input/image")).to(torch::kFloat64).requires_grad_(true);
        torch::optim::LBFGS lbfgs({x}, torch::optim::LBFGSOptions(1.0)
                                           .max_iter(m_manifest.value(QStringLiteral("lbfgs_iter")).toInt())
                                           .history_size(m_manifest.value(QStringLiteral("lbfgs_history")).toInt()));
        std::vector<double> losses;
        lbfgs.step([&] {
            lbfgs.zero_grad();
            auto loss = obj->evaluate(x).total;
            loss.backward();
            losses.push_back(loss.item<double>());
            return loss;
        });
        const auto expected = oracle(caseName + QStringLiteral("/lbfgs/losses"));
        QCOMPARE(static_cast<int64_t>(losses.size()), expected.numel());
        QVERIFY(losses.size() >= 3);
        for (int64_t i = 0; i < expected.numel(); ++i) {
            const QString m =
                mismatch(torch::tensor({losses[i]}), expected.slice(0, i, i + 1), QStringLiteral("L-BFGS loss %1").arg(i + 1));
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
        const QString m = mismatch(x, oracle(caseName + QStringLiteral("/lbfgs/image")), QStringLiteral("image after L-BFGS"));
        QVERIFY2(m.isEmpty(), qPrintable(m));
    }

    // The sliders: new weights apply at the next evaluation and scale each term exactly.
    void weightChangeScalesTerms()
    {
        auto obj = objective(QStringLiteral("max"));
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        const auto image = oracle(QStringLiteral("input/image"));
        const LossWeights before = obj->lossWeights();
        QCOMPARE(before.tv, 0.5);
        const LossTerms a = obj->evaluate(image);
        obj->setLossWeights({before.content * 3.0, before.style * 0.25, before.tv * 2.0});
        QCOMPARE(obj->lossWeights().style, before.style * 0.25);
        const LossTerms b = obj->evaluate(image);
        QVERIFY(qAbs(b.content.item<double>() / a.content.item<double>() - 3.0) < 1e-5);
        QVERIFY(qAbs(b.style.item<double>() / a.style.item<double>() - 0.25) < 1e-5);
        QVERIFY(qAbs(b.tv.item<double>() / a.tv.item<double>() - 2.0) < 1e-5);
        const double sum = b.content.item<double>() + b.style.item<double>() + b.tv.item<double>();
        QVERIFY(qAbs(b.total.item<double>() - sum) <= 1e-6 * sum);
        obj->setLossWeights({0.0, before.style, 0.0});
        const LossTerms c = obj->evaluate(image);
        QCOMPARE(c.content.item<double>(), 0.0);
        QCOMPARE(c.tv.item<double>(), 0.0);
        QVERIFY(qAbs(c.total.item<double>() - a.style.item<double>()) <= 1e-6 * a.style.item<double>());
    }

    // Without masks the loss is exactly the unmasked one; a mask of ones over the only style gives
    // the same numbers up to rounding; clearing the masks restores the unmasked loss bit for bit.
    void masksThatChangeNothing()
    {
        auto obj = objective(QStringLiteral("max"));
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        const auto image = oracle(QStringLiteral("input/image"));
        const double unmasked = obj->evaluate(image).total.item<double>();
        QVERIFY(obj->setMasks({torch::Tensor()}, torch::Tensor()).ok());
        QVERIFY(!obj->hasMasks());
        QCOMPARE(obj->evaluate(image).total.item<double>(), unmasked);
        QVERIFY(obj->setMasks({torch::ones({1, 1, 48, 64})}, torch::Tensor()).ok());
        QVERIFY(obj->hasMasks());
        const double full = obj->evaluate(image).total.item<double>();
        QVERIFY2(qAbs(full - unmasked) <= 1e-5 * unmasked, qPrintable(QStringLiteral("%1 against %2").arg(full).arg(unmasked)));
        QVERIFY(obj->setMasks({}, torch::Tensor()).ok());
        QCOMPARE(obj->evaluate(image).total.item<double>(), unmasked);
        // Kept everywhere: no style loss at all.
        QVERIFY(obj->setMasks({}, torch::ones({1, 1, 48, 64})).ok());
        QCOMPARE(obj->evaluate(image).style.item<double>(), 0.0);
    }

    void badMasksGiveMessages()
    {
        auto obj = objective(QStringLiteral("blend"));
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        Status s = obj->setMasks({torch::ones({1, 1, 48, 64})}, torch::Tensor());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("1 style masks were given for 2 style images")), qPrintable(s.error()));
        s = obj->setMasks({torch::ones({1, 1, 48, 60}), torch::Tensor()}, torch::Tensor());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("style mask must be a 1 x 1 x 48 x 64")), qPrintable(s.error()));
        s = obj->setMasks({}, torch::ones({1, 3, 48, 64}));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("keep-the-photo mask")), qPrintable(s.error()));
        QVERIFY(!obj->hasMasks());
    }

    // Double precision follows the input, and agrees with the float32 oracle.
    void followsInputDtype()
    {
        StyleSettings settings;
        const auto content = oracle(QStringLiteral("input/content")).to(torch::kFloat64);
        auto obj = StyleObjective::create(m_weights, settings, content,
                                          {oracle(QStringLiteral("input/style0")).to(torch::kFloat64)}, {});
        QVERIFY2(obj.ok(), qPrintable(obj.error()));
        const auto feats = obj->features(oracle(QStringLiteral("input/image")).to(torch::kFloat64));
        QCOMPARE(feats.at(QStringLiteral("conv4_2")).scalar_type(), torch::kFloat64);
        const QString m = mismatch(feats.at(QStringLiteral("conv4_2")), oracle(QStringLiteral("max/features/conv4_2")),
                                   QStringLiteral("float64 conv4_2"));
        QVERIFY2(m.isEmpty(), qPrintable(m));
    }

    void badInputsGiveMessages_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("blend count") << 0 << QStringLiteral("2 blend weights were given for 1 style images");
        QTest::newRow("negative blend") << 1 << QStringLiteral("not negative");
        QTest::newRow("no style image") << 2 << QStringLiteral("No style image");
        QTest::newRow("content not an image") << 3 << QStringLiteral("content image must be a 1 x 3 x H x W");
        QTest::newRow("weights too shallow") << 4 << QStringLiteral("features.28");
        QTest::newRow("unknown layer") << 5 << QStringLiteral("Unknown VGG-19 layer \"conv6_1\"");
    }
    void badInputsGiveMessages()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        StyleSettings settings;
        auto content = oracle(QStringLiteral("input/content"));
        std::vector<torch::Tensor> styles{oracle(QStringLiteral("input/style0"))};
        std::vector<double> blend;
        auto weights = m_weights;
        switch (what) {
        case 0:
            blend = {0.5, 0.5};
            break;
        case 1:
            blend = {-1.0};
            break;
        case 2:
            styles.clear();
            break;
        case 3:
            content = torch::zeros({3, 8, 8});
            break;
        case 4:
            weights.erase(28);
            break;
        case 5:
            settings.styleLayers.append({QStringLiteral("conv6_1"), 1.0});
            break;
        }
        const auto obj = StyleObjective::create(weights, settings, content, styles, blend);
        QVERIFY(!obj.ok());
        QVERIFY2(obj.error().contains(message), qPrintable(obj.error()));
    }
};

QTEST_GUILESS_MAIN(TestParity)
#include "tst_parity.moc"
