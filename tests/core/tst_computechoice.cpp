// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include <QImage>
#include <QTest>

#include "engine/computechoice.h"
#include "engine/imagetensor.h"
#include "engine/styleobjective.h"
#include "engine/stylerunner.h"
#include "engine/vggweights.h"

using namespace nss;

Q_DECLARE_METATYPE(nss::Optimizer)
Q_DECLARE_METATYPE(nss::Precision)
Q_DECLARE_METATYPE(nss::ComputeDevice)

namespace {

QString fixtureWeights()
{
    return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth");
}

// Exactly the output size (64 x 48) and the style size (64 x 64), so the runner resizes nothing
// and the test's own objective sees the same targets.
QImage makeContent()
{
    QImage image(64, 48, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(40 + 3 * x, 60 + 3 * y, (x / 8 + y / 6) % 2 ? 170 : 70));
    return image;
}

QImage makeStyle()
{
    QImage image(64, 64, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y,
                           ((x + 2 * y) / 6) % 3 == 0 ? qRgb(230, 200, 40)
                           : ((x - y) / 5) % 2        ? qRgb(20, 40, 160)
                                                      : qRgb(200, 50, 40));
    return image;
}

} // namespace

class TestPrecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesAutoFromTheHardware_data()
    {
        QTest::addColumn<Precision>("precision");
        QTest::addColumn<ComputeDevice>("device");
        QTest::addColumn<bool>("hasCuda");
        QTest::addColumn<bool>("hasBf16");
        QTest::addColumn<Optimizer>("optimizer");
        QTest::addColumn<QString>("expected"); // describe() of the choice, or the start of the error
        const auto adam = Optimizer::Adam;
        const auto lbfgs = Optimizer::Lbfgs;
        QTest::newRow("auto, plain CPU") << Precision::Auto << ComputeDevice::Auto << false << false << adam << "CPU, fp32";
        QTest::newRow("auto, bf16 CPU") << Precision::Auto << ComputeDevice::Auto << false << true << adam << "CPU, bf16";
        QTest::newRow("auto, bf16 CPU, lbfgs") << Precision::Auto << ComputeDevice::Auto << false << true << lbfgs << "CPU, fp32";
        QTest::newRow("auto, GPU") << Precision::Auto << ComputeDevice::Auto << true << true << adam << "CUDA, fp16";
        QTest::newRow("auto, GPU, lbfgs") << Precision::Auto << ComputeDevice::Auto << true << true << lbfgs << "CUDA, fp32";
        QTest::newRow("auto, GPU refused") << Precision::Auto << ComputeDevice::Cpu << true << true << adam << "CPU, bf16";
        QTest::newRow("fp32 switch") << Precision::Float32 << ComputeDevice::Auto << false << true << adam << "CPU, fp32";
        QTest::newRow("fp32 on GPU") << Precision::Float32 << ComputeDevice::Cuda << true << false << adam << "CUDA, fp32";
        QTest::newRow("bf16 asked, lbfgs") << Precision::BFloat16 << ComputeDevice::Cpu << false << true << lbfgs << "CPU, bf16";
        QTest::newRow("bf16 emulated") << Precision::BFloat16 << ComputeDevice::Cpu << false << false << adam << "CPU, bf16";
        QTest::newRow("fp16 on CPU") << Precision::Float16 << ComputeDevice::Auto << false << true << adam
                                     << "fp16 arithmetic needs a CUDA GPU";
        QTest::newRow("no GPU") << Precision::Auto << ComputeDevice::Cuda << false << true << adam << "No CUDA GPU is available";
    }
    void resolvesAutoFromTheHardware()
    {
        QFETCH(Precision, precision);
        QFETCH(ComputeDevice, device);
        QFETCH(bool, hasCuda);
        QFETCH(bool, hasBf16);
        QFETCH(Optimizer, optimizer);
        QFETCH(QString, expected);
        StyleSettings settings;
        settings.optimizer = optimizer;
        settings.precision = precision;
        settings.device = device;
        const auto choice = resolveCompute(settings, hasCuda, hasBf16);
        const QString got = choice ? describe(choice.value()) : choice.error();
        QVERIFY2(got.startsWith(expected), qPrintable(got));
    }

    void settingsKeepPrecisionAndDeviceInJson()
    {
        StyleSettings settings;
        settings.precision = Precision::Float32;
        settings.device = ComputeDevice::Cpu;
        const auto back = StyleSettings::fromJson(settings.toJson());
        QVERIFY(back.ok());
        QVERIFY(back->precision == Precision::Float32);
        QVERIFY(back->device == ComputeDevice::Cpu);
        QJsonObject bad = settings.toJson();
        bad[QStringLiteral("precision")] = QStringLiteral("fp8");
        QVERIFY(!StyleSettings::fromJson(bad).ok());
    }

    // The bf16 network computes in channels-last (NHWC) layout, for speed (docs/PERFORMANCE.md):
    // its Gram matrices read that layout through a view and must equal the NCHW ones.
    void gramMatrixReadsChannelsLast()
    {
        torch::manual_seed(7);
        const auto f = torch::rand({1, 8, 5, 7}, torch::kFloat64);
        const auto nhwc = f.contiguous(torch::MemoryFormat::ChannelsLast);
        QVERIFY(!nhwc.is_contiguous());
        QVERIFY(torch::allclose(gramMatrix(nhwc), gramMatrix(f), 1e-12, 1e-14));
    }

    void bf16ResponsesAreChannelsLastFp32AreNot()
    {
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        auto weights = loadVgg19Features(fixtureWeights(), 28);
        QVERIFY(weights.ok());
        StyleSettings settings;
        settings.device = ComputeDevice::Cpu;
        const auto content = imageToTensor(makeContent());
        double losses[2] = {};
        const Precision precisions[2] = {Precision::Float32, Precision::BFloat16};
        for (int i = 0; i < 2; ++i) {
            settings.precision = precisions[i];
            auto objective = StyleObjective::create(weights.value(), settings, content, {imageToTensor(makeStyle())}, {});
            QVERIFY2(objective.ok(), qPrintable(objective.error()));
            torch::NoGradGuard noGrad;
            const auto features = objective->features(content);
            QVERIFY(!features.empty());
            for (const auto &[layer, response] : features) {
                QCOMPARE(response.scalar_type(), torch::kFloat32); // handed back in the input's dtype
                QCOMPARE(response.is_contiguous(), i == 0);
                QCOMPARE(response.is_contiguous(torch::MemoryFormat::ChannelsLast), i == 1);
            }
            losses[i] = objective->evaluate(content).total.item<double>();
        }
        // Same picture, same targets up to bf16 rounding: the same loss within bf16's precision.
        QVERIFY2(std::abs(losses[1] - losses[0]) <= 0.05 * losses[0],
                 qPrintable(QStringLiteral("fp32 %1, bf16 %2").arg(losses[0]).arg(losses[1])));
    }

    // What "auto" reads: the first flags line of /proc/cpuinfo, read here with the standard library.
    // It was read with QFile::atEnd(), which is true at once for /proc's size-0 files, so auto never
    // found bf16 and every automatic run computed in fp32.
    void cpuBf16FlagIsReadFromProc()
    {
        std::ifstream cpuinfo("/proc/cpuinfo");
        if (!cpuinfo)
            QSKIP("no /proc/cpuinfo here");
        bool listed = false;
        for (std::string line; std::getline(cpuinfo, line);) {
            if (line.rfind("flags", 0) != 0)
                continue;
            std::istringstream words(line.substr(line.find(':') + 1));
            for (std::string flag; words >> flag;)
                listed = listed || flag == "avx512_bf16" || flag == "amx_bf16";
            break;
        }
        QCOMPARE(cpuHasNativeBf16(), listed);
    }

    // The promise behind "auto": bf16 arithmetic gives a picture whose fp32 loss is at most 2% above
    // that of the picture fp32 arithmetic gives after the same steps (lower is better, and allowed:
    // the two trajectories part ways, and bf16's often ends lower). Judged like the benchmark
    // judges: the final 8-bit images scored by one fp32 objective.
    // Adam only: automatic precision keeps L-BFGS in fp32 (computechoice.cpp says why).
    void bf16FinalLossWithinTwoPercentOfFp32()
    {
        const Optimizer optimizer = Optimizer::Adam;
        const int steps = 40;
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        StyleSettings settings;
        settings.contentPath = QStringLiteral("content.png");
        settings.styles = {StyleSource{QStringLiteral("style.png"), 1.0}};
        settings.outputSize = 64;
        settings.steps = steps;
        settings.frameEvery = steps;
        settings.optimizer = optimizer;
        settings.scales = 1;
        settings.device = ComputeDevice::Cpu;

        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        QImage finals[2];
        const Precision precisions[2] = {Precision::Float32, Precision::BFloat16};
        for (int i = 0; i < 2; ++i) {
            settings.precision = precisions[i];
            const auto result = runner.run(settings, makeContent(), {makeStyle()}, QImage(), {});
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result->step, steps);
            finals[i] = result->image;
        }
        QVERIFY(finals[0] != finals[1]); // bf16 did compute differently

        auto weights = loadVgg19Features(fixtureWeights(), 28);
        QVERIFY(weights.ok());
        StyleSettings judge = settings;
        judge.precision = Precision::Float32;
        auto objective =
            StyleObjective::create(weights.value(), judge, imageToTensor(makeContent()), {imageToTensor(makeStyle())}, {});
        QVERIFY2(objective.ok(), qPrintable(objective.error()));
        torch::NoGradGuard noGrad;
        const double start = objective->evaluate(imageToTensor(makeContent())).total.item<double>();
        const double fp32 = objective->evaluate(imageToTensor(finals[0])).total.item<double>();
        const double bf16 = objective->evaluate(imageToTensor(finals[1])).total.item<double>();
        qInfo("loss from %.6g: fp32 %.6g, bf16 %.6g (%+.2f%%)", start, fp32, bf16, 100.0 * (bf16 - fp32) / fp32);
        QVERIFY(fp32 < 0.5 * start); // both really optimised
        QVERIFY2(bf16 <= 1.02 * fp32, "bf16's picture has a loss more than 2% above fp32's");
    }
};

QTEST_GUILESS_MAIN(TestPrecision)
#include "tst_computechoice.moc"
