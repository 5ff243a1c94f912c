// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/vggweights.h"
#include "weights/weightscache.h"

using namespace nss;

// The tensors the C++ reader returns must be bit-identical to what torch.load returns in Python
// (tests/support/make_vgg_fixture.py writes their SHA-256 into vgg19-expected.json).
class TestVggWeights : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_expected;

    static QString fixture(const char *name) { return QStringLiteral(NSS_FIXTURE_DIR "/") + QLatin1String(name); }

    void compareWithPyTorch(const std::map<int, VggConv> &layers, int deepestIndex)
    {
        int checked = 0;
        for (auto it = m_expected.constBegin(); it != m_expected.constEnd(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('.'));
            const int index = parts[1].toInt();
            if (index > deepestIndex) {
                QVERIFY2(!layers.count(index), qPrintable(it.key()));
                continue;
            }
            QVERIFY2(layers.count(index), qPrintable(it.key() + QStringLiteral(" missing")));
            const VggConv &conv = layers.at(index);
            const torch::Tensor &t = parts[2] == QLatin1String("weight") ? conv.weight : conv.bias;
            QCOMPARE(t.scalar_type(), torch::kFloat);
            QVERIFY(t.is_contiguous());
            QVERIFY(t.device().is_cpu());
            QJsonArray shape;
            for (int64_t d : t.sizes())
                shape.append(qint64(d));
            QCOMPARE(shape, it.value().toObject().value(QLatin1String("shape")).toArray());
            const QByteArray bytes(static_cast<const char *>(t.data_ptr()), qsizetype(t.nbytes()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     it.value().toObject().value(QLatin1String("sha256")).toString());
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(fixture("vgg19-expected.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "run the fixtures.vgg19 test first (ctest does)");
        m_expected = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(m_expected.size(), 32); // 16 convolutions, weight and bias
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    }

    void loadsBitIdenticalToPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("deepest");
        QTest::newRow("legacy, conv5_1") << fixture("vgg19-legacy.pth") << 28;
        QTest::newRow("legacy, all") << fixture("vgg19-legacy.pth") << 34;
        QTest::newRow("legacy, conv1_1 only") << fixture("vgg19-legacy.pth") << 0;
        QTest::newRow("zip, all") << fixture("vgg19-zip.pth") << 34;
        QTest::newRow("safetensors, all") << fixture("vgg19.safetensors") << 34;
    }

    void loadsBitIdenticalToPyTorch()
    {
        QFETCH(QString, file);
        QFETCH(int, deepest);
        const auto layers = loadVgg19Features(file, deepest, WeightsCachePolicy::Bypass);
        QVERIFY2(layers.ok(), qPrintable(layers.error()));
        compareWithPyTorch(layers.value(), deepest);
    }

    void cacheServesLaterLoadsAndFollowsTheSource()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("conv1.safetensors"));
        auto writeSource = [&](float value) {
            const torch::Tensor w = torch::full({64, 3, 3, 3}, value), b = torch::full({64}, -value);
            const std::vector<WeightsCache::TensorView> views{
                {QStringLiteral("features.0.weight"), {64, 3, 3, 3}, static_cast<const char *>(w.data_ptr()), qint64(w.nbytes())},
                {QStringLiteral("features.0.bias"), {64}, static_cast<const char *>(b.data_ptr()), qint64(b.nbytes())}};
            QVERIFY(WeightsCache::write(source, views, {}).ok());
        };
        writeSource(0.25f);
        const QString cachePath = WeightsCache::pathFor(source);
        QVERIFY(!cachePath.isEmpty());
        QFile::remove(cachePath);

        auto first = loadVgg19Features(source, 0);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->at(0).weight.flatten()[0].item<float>(), 0.25f);
        QVERIFY2(QFileInfo::exists(cachePath), qPrintable(cachePath));

        // A later load reads the cache, not the source: a value changed in the cache shows.
        {
            QFile cache(cachePath);
            QVERIFY(cache.open(QIODevice::ReadWrite));
            const float poked = 7.0f;
            cache.seek(cache.size() - 4); // the last bias element
            cache.write(reinterpret_cast<const char *>(&poked), 4);
        }
        auto second = loadVgg19Features(source, 0);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->at(0).bias[63].item<float>(), 7.0f);

        // A changed source file invalidates the cache.
        writeSource(0.5f);
        QFile(source).setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
        auto third = loadVgg19Features(source, 0);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->at(0).weight.flatten()[0].item<float>(), 0.5f);
        QCOMPARE(third->at(0).bias[63].item<float>(), -0.5f);

        // Asking for deeper layers than the cache holds goes back to the source (which lacks them).
        auto deeper = loadVgg19Features(source, 2);
        QVERIFY(!deeper.ok());
        QVERIFY2(deeper.error().contains(QLatin1String("has no tensor features.2.weight (conv1_2)")), qPrintable(deeper.error()));
    }

    void officialFileLoadsFromTheCache()
    {
        const QString source = fixture("vgg19-legacy.pth");
        QFile::remove(WeightsCache::pathFor(source));
        QElapsedTimer clock;
        clock.start();
        const auto uncached = loadVgg19Features(source, 28);
        const qint64 firstMs = clock.restart();
        const auto cached = loadVgg19Features(source, 28);
        const qint64 cachedMs = clock.elapsed();
        QVERIFY2(uncached.ok() && cached.ok(), qPrintable(uncached.error() + cached.error()));
        QVERIFY(QFileInfo::exists(WeightsCache::pathFor(source)));
        compareWithPyTorch(cached.value(), 28);
        qInfo("conv1_1..conv5_1 from the legacy file: %lld ms, from the cache: %lld ms", firstMs, cachedMs);
    }

    void rejectsAnImpossibleDepth()
    {
        const auto layers = loadVgg19Features(fixture("vgg19-legacy.pth"), 35, WeightsCachePolicy::Bypass);
        QVERIFY(!layers.ok());
        QVERIFY2(layers.error().contains(QLatin1String("0 to 34")), qPrintable(layers.error()));
    }
};

QTEST_GUILESS_MAIN(TestVggWeights)
#include "tst_vggweights.moc"
