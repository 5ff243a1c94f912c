// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include <QImage>
#include <QTest>
#include <QThread>

#include "engine/colortransfer.h"
#include "engine/imagetensor.h"
#include "engine/runtime.h"
#include "engine/stylerunner.h"
#include "runnertestutil.h"

using namespace nss;

Q_DECLARE_METATYPE(nss::Optimizer)

class TestStyleRunner : public QObject
{
    Q_OBJECT

    StyleRunner m_runner; // one runner for all: the weights stay loaded between runs

private Q_SLOTS:
    void threadCountFollowsRequestThenOmpNumThreadsThenCores()
    {
        // Only the default is computed for other values: applying more than one thread would start
        // OpenMP threads that the tsan preset (OMP_NUM_THREADS=1) keeps out of this process.
        const QByteArray saved = qgetenv("OMP_NUM_THREADS");
        const bool wasSet = qEnvironmentVariableIsSet("OMP_NUM_THREADS");
        const int cores = std::max(1, QThread::idealThreadCount());
        qputenv("OMP_NUM_THREADS", "3");
        QCOMPARE(nss::defaultThreadCount(), 3);
        qputenv("OMP_NUM_THREADS", "1");
        QCOMPARE(nss::applyThreadCount(0), 1);
        qputenv("OMP_NUM_THREADS", "not a number");
        QCOMPARE(nss::defaultThreadCount(), cores);
        qputenv("OMP_NUM_THREADS", "0");
        QCOMPARE(nss::defaultThreadCount(), cores);
        qunsetenv("OMP_NUM_THREADS");
        QCOMPARE(nss::defaultThreadCount(), cores);
        QCOMPARE(nss::applyThreadCount(1), 1); // an explicit request wins
        if (wasSet)
            qputenv("OMP_NUM_THREADS", saved);
    }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        m_runner.setNetworkFile(fixtureWeights());
    }

    void optimizers_data()
    {
        QTest::addColumn<Optimizer>("optimizer");
        QTest::newRow("lbfgs") << Optimizer::Lbfgs;
        QTest::newRow("adam") << Optimizer::Adam;
    }

    void framesArriveEveryNStepsAndAtTheEnd_data() { optimizers_data(); }
    void framesArriveEveryNStepsAndAtTheEnd()
    {
        QFETCH(Optimizer, optimizer);
        const auto r = runRecorded(m_runner, smallSettings(optimizer, 7, 3));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(stepsOf(r.frames), (QList<int>{3, 6, 7}));
        for (const auto &f : r.frames) {
            QCOMPARE(f.image.size(), QSize(48, 32)); // longest side 48, aspect 3:2 kept
            QCOMPARE(f.totalSteps, 7);
            QCOMPARE(f.isFinal, f.step == 7);
            QVERIFY(std::isfinite(f.totalLoss) && f.totalLoss > 0.0);
            QVERIFY(nearlyEqual(f.contentLoss + f.styleLoss + f.tvLoss, f.totalLoss));
        }
        QCOMPARE(r.result->step, 7);
        QVERIFY(r.result->isFinal);
        QCOMPARE(r.result->image, r.frames.last().image);
        // The optimiser makes progress: the loss at the end is below the loss at the first frame.
        QVERIFY(r.frames.last().totalLoss < r.frames.first().totalLoss);
    }

    void multiScaleDeliversOutputSizedFramesAcrossScales_data() { optimizers_data(); }
    void multiScaleDeliversOutputSizedFramesAcrossScales()
    {
        QFETCH(Optimizer, optimizer);
        auto settings = smallSettings(optimizer, 10, 2);
        settings.outputSize = 64;
        settings.scales = 2; // 32 px for steps 1-2 (20 %), then 64 px for 3-10
        const auto r = runRecorded(m_runner, settings);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(stepsOf(r.frames), (QList<int>{2, 4, 6, 8, 10}));
        for (const auto &f : r.frames)
            QCOMPARE(f.image.size(), QSize(64, 43)); // coarse frames are shown at the output size
        QVERIFY(r.result->isFinal);
        // The first frame comes from the 32 px scale: not the picture a single-scale run has then.
        settings.scales = 1;
        const auto single = runRecorded(m_runner, settings);
        QVERIFY(r.frames.first().image != single.frames.first().image);
        // The fine scale makes progress: the picture changes and the loss falls (L-BFGS keeps only
        // points that lower it, so its frames show the best picture of the scale so far).
        QVERIFY(r.frames.last().image != r.frames[1].image);
        QVERIFY(std::isfinite(r.frames.last().totalLoss));
        QVERIFY(r.frames.last().totalLoss < r.frames[1].totalLoss);
    }

    void outputSizeKeepsAspectRatio()
    {
        auto settings = smallSettings(Optimizer::Adam, 1, 1);
        settings.outputSize = 30;
        const auto r = runRecorded(m_runner, settings);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(r.result->image.size(), QSize(30, 20));
    }

    void weightsStayLoadedBetweenRuns()
    {
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        const auto first = runRecorded(runner, smallSettings(Optimizer::Adam, 1, 1));
        QVERIFY2(first.result.ok(), qPrintable(first.result.error()));
        QVERIFY(first.statuses.join(QLatin1Char('\n')).contains(QLatin1String("Loading VGG-19 weights")));
        const auto second = runRecorded(runner, smallSettings(Optimizer::Adam, 1, 1));
        QVERIFY2(second.result.ok(), qPrintable(second.result.error()));
        QVERIFY(!second.statuses.join(QLatin1Char('\n')).contains(QLatin1String("Loading VGG-19 weights")));
    }

    void cancelStopsWithinOneStep_data() { optimizers_data(); }
    void cancelStopsWithinOneStep()
    {
        QFETCH(Optimizer, optimizer);
        const auto r = runRecorded(m_runner, smallSettings(optimizer, 50, 1), [this](const StyleFrame &f) {
            if (f.step == 3)
                m_runner.cancel();
        });
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(stepsOf(r.frames), (QList<int>{1, 2, 3}));
        // The result is the last frame: the picture at the step reached.
        QCOMPARE(r.result->step, 3);
        QVERIFY(!r.result->isFinal);
        QCOMPARE(r.result->image, r.frames.last().image);

        // A later run starts afresh.
        const auto again = runRecorded(m_runner, smallSettings(optimizer, 2, 1));
        QCOMPARE(again.result->step, 2);
    }

    void cancelFromAnotherThreadWakesAPausedRun()
    {
        std::atomic<int> reached{0};
        std::thread controller;
        const auto r = runRecorded(m_runner, smallSettings(Optimizer::Lbfgs, 50, 1), [&](const StyleFrame &f) {
            reached = f.step;
            if (f.step == 2) {
                m_runner.pause();
                controller = std::thread([this] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    m_runner.cancel();
                });
            }
        });
        controller.join();
        m_runner.resume();
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(r.result->step, 2);
        QCOMPARE(reached.load(), 2);
    }

    void pauseThenResumeEqualsUninterrupted_data() { optimizers_data(); }
    void pauseThenResumeEqualsUninterrupted()
    {
        QFETCH(Optimizer, optimizer);
        const auto settings = smallSettings(optimizer, 8, 1);
        const auto straight = runRecorded(m_runner, settings);
        QVERIFY2(straight.result.ok(), qPrintable(straight.result.error()));

        std::thread resumer;
        std::atomic<int> framesWhilePaused{-1};
        int framesSoFar = 0;
        const auto paused = runRecorded(m_runner, settings, [&](const StyleFrame &f) {
            ++framesSoFar;
            if (f.step == 3) {
                m_runner.pause();
                resumer = std::thread([&, seen = framesSoFar] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    framesWhilePaused = framesSoFar - seen;
                    m_runner.resume();
                });
            }
        });
        resumer.join();
        QVERIFY2(paused.result.ok(), qPrintable(paused.result.error()));
        QCOMPARE(framesWhilePaused.load(), 0); // it really stopped
        QCOMPARE(stepsOf(paused.frames), stepsOf(straight.frames));
        QCOMPARE(paused.result->image, straight.result->image);
        QCOMPARE(paused.result->totalLoss, straight.result->totalLoss);
    }

    // L-BFGS never keeps a step that makes the picture worse (the line search rejects it), so the
    // frames and the result are the best picture of the scale so far: within one scale the loss
    // they show never rises, and the result is the best of them.
    void lbfgsFramesAndResultAreTheBestSoFar()
    {
        auto settings = smallSettings(Optimizer::Lbfgs, 40, 1);
        settings.scales = 1;
        const auto r = runRecorded(m_runner, settings);
        QVERIFY2(r.result.ok(), qPrintable(r.result.error()));
        QCOMPARE(r.frames.size(), 40);
        double lowest = 0.0;
        QCOMPARE(firstRise(r.frames, &lowest), 0);
        QCOMPARE(r.result->totalLoss, lowest);
        QCOMPARE(r.result->image, r.frames.last().image);
        QVERIFY(lowest < 0.5 * r.frames.first().totalLoss); // it did optimise
    }

    void weightChangeScalesTheNextLoss_data() { optimizers_data(); }
    void weightChangeScalesTheNextLoss()
    {
        QFETCH(Optimizer, optimizer);
        auto settings = smallSettings(optimizer, 4, 1);
        settings.tvWeight = 10.0;
        const auto straight = runRecorded(m_runner, settings);
        QVERIFY2(straight.result.ok(), qPrintable(straight.result.error()));

        // After step 2 the style weight is tripled and the TV weight halved: the picture scored at
        // step 3 is the same as in the straight run, so each term changes by exactly its factor.
        const auto changed = runRecorded(m_runner, settings, [&](const StyleFrame &f) {
            if (f.step == 2)
                m_runner.updateLossWeights(settings.contentWeight, 3.0 * settings.styleWeight, 0.5 * settings.tvWeight);
        });
        QVERIFY2(changed.result.ok(), qPrintable(changed.result.error()));
        QCOMPARE(changed.frames[1].totalLoss, straight.frames[1].totalLoss); // step 2: before the change
        const auto &before = straight.frames[2];
        const auto &after = changed.frames[2];
        QCOMPARE(after.step, 3);
        const QString numbers = QStringLiteral("content %1 vs %2, style %3 vs %4, tv %5 vs %6")
                                    .arg(after.contentLoss)
                                    .arg(before.contentLoss)
                                    .arg(after.styleLoss)
                                    .arg(3.0 * before.styleLoss)
                                    .arg(after.tvLoss)
                                    .arg(0.5 * before.tvLoss);
        QVERIFY2(nearlyEqual(after.contentLoss, before.contentLoss), qPrintable(numbers));
        QVERIFY2(nearlyEqual(after.styleLoss, 3.0 * before.styleLoss), qPrintable(numbers));
        QVERIFY2(nearlyEqual(after.tvLoss, 0.5 * before.tvLoss), qPrintable(numbers));
    }

    // Issue 23: the window's Steadiness slider moves a video frame's temporal weight live. Changed
    // after step 2, the temporal term at step 3 (the same picture as without the change) scales by
    // exactly its factor and the other terms do not move; the next frame's run starts with it.
    void temporalWeightChangeScalesTheNextLoss()
    {
        auto settings = smallSettings(Optimizer::Adam, 4, 1);
        QImage previous(48, 48, QImage::Format_RGB888);
        previous.fill(qRgb(200, 120, 40));
        QImage weights(48, 48, QImage::Format_Grayscale8);
        weights.fill(255);
        const auto temporalOf = [](const StyleFrame &f) { return f.totalLoss - f.contentLoss - f.styleLoss - f.tvLoss; };
        m_runner.setJobId(4242);
        m_runner.setTemporalTarget({previous, weights, 100.0});
        const auto straight = runRecorded(m_runner, settings);
        QVERIFY2(straight.result.ok(), qPrintable(straight.result.error()));
        const auto changed = runRecorded(m_runner, settings, [&](const StyleFrame &f) {
            if (f.step == 2)
                m_runner.setTemporalWeight(300.0);
        });
        QVERIFY2(changed.result.ok(), qPrintable(changed.result.error()));
        const auto &before = straight.frames[2];
        const auto &after = changed.frames[2];
        QCOMPARE(after.step, 3);
        const QString numbers = QStringLiteral("temporal %1 vs 3 x %2, style %3 vs %4")
                                    .arg(temporalOf(after))
                                    .arg(temporalOf(before))
                                    .arg(after.styleLoss)
                                    .arg(before.styleLoss);
        QVERIFY2(temporalOf(before) > 1e-3 * before.totalLoss, qPrintable(numbers)); // the term is there to scale
        QVERIFY2(std::abs(temporalOf(after) - 3.0 * temporalOf(before)) <= 1e-3 * after.totalLoss, qPrintable(numbers));
        QVERIFY2(nearlyEqual(after.styleLoss, before.styleLoss), qPrintable(numbers));
        QCOMPARE(changed.frames[1].totalLoss, straight.frames[1].totalLoss); // step 2: before the change

        // The next frame of the same job starts with the new weight; another job does not.
        const auto next = runRecorded(m_runner, settings);
        QVERIFY(next.result.ok());
        QVERIFY2(std::abs(temporalOf(next.frames[0]) - 3.0 * temporalOf(straight.frames[0])) <= 1e-3 * next.frames[0].totalLoss,
                 qPrintable(QStringLiteral("%1 vs 3 x %2").arg(temporalOf(next.frames[0])).arg(temporalOf(straight.frames[0]))));
        m_runner.setJobId(4243);
        const auto other = runRecorded(m_runner, settings);
        QVERIFY(other.result.ok());
        QCOMPARE(other.frames[0].totalLoss, straight.frames[0].totalLoss);
        m_runner.setTemporalTarget({});
        m_runner.setJobId(0);
    }

    void sameSeedGivesIdenticalBytes()
    {
        auto settings = smallSettings(Optimizer::Lbfgs, 5, 5);
        const auto a = runRecorded(m_runner, settings);
        const auto b = runRecorded(m_runner, settings);
        QVERIFY2(a.result.ok() && b.result.ok(), qPrintable(a.result.error() + b.result.error()));
        QCOMPARE(a.result->image, b.result->image);
        settings.seed = 4;
        const auto c = runRecorded(m_runner, settings);
        QVERIFY(c.result->image != a.result->image);
    }

    void luminanceTransferKeepsTheContentsChroma()
    {
        auto settings = smallSettings(Optimizer::Lbfgs, 6, 6);
        const auto plain = runRecorded(m_runner, settings);
        settings.keepColors = KeepColors::Luminance;
        const auto kept = runRecorded(m_runner, settings);
        QVERIFY2(plain.result.ok() && kept.result.ok(), qPrintable(plain.result.error() + kept.result.error()));

        const auto contentIq = rgbToYiq(imageToTensor(makeContent())).narrow(1, 1, 2);
        auto chromaError = [&](const QImage &image) {
            return (rgbToYiq(imageToTensor(image)).narrow(1, 1, 2) - contentIq).abs().mean().item<double>();
        };
        // Within 8-bit rounding (and a little clamping) of the photo's colours; the plain noise run is far off.
        QVERIFY2(chromaError(kept.result->image) < 0.01, qPrintable(QString::number(chromaError(kept.result->image))));
        QVERIFY(chromaError(plain.result->image) > 0.05);
    }

    void histogramMatchingGivesTheStyleTheContentsColourStatistics()
    {
        const auto content = imageToTensor(makeContent());
        // Three independent patterns, one per channel: a full-rank colour covariance.
        QImage noisy(40, 40, QImage::Format_RGB888);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 40; ++x)
                noisy.setPixel(x, y, qRgb((x * 37 + y * 11) % 256, (x * x + 3 * y) % 200, (x * y * 7) % 180 + 40));
        const auto style = imageToTensor(noisy);
        const auto matched = matchColourStatistics(style, content);
        auto stats = [](const torch::Tensor &t) {
            const auto flat = t.to(torch::kFloat64).reshape({3, -1});
            const auto mean = flat.mean(1, true);
            return std::make_pair(mean, (flat - mean).matmul((flat - mean).t()) / flat.size(1));
        };
        const auto [meanC, covC] = stats(content);
        const auto [meanM, covM] = stats(matched);
        QVERIFY((meanM - meanC).abs().max().item<double>() < 2e-3);
        QVERIFY((covM - covC).abs().max().item<double>() < 2e-3);
        QCOMPARE(matched.sizes(), style.sizes());
    }

    void errorsComeBackAsMessages()
    {
        StyleRunner runner;
        runner.setNetworkFile(QStringLiteral("/nonexistent/vgg19.pth"));
        auto r = runRecorded(runner, smallSettings(Optimizer::Adam, 1, 1));
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.error().contains(QLatin1String("/nonexistent/vgg19.pth")), qPrintable(r.result.error()));

        runner.setNetworkFile(fixtureWeights());
        auto bad = smallSettings(Optimizer::Adam, 1, 1);
        bad.styleWeight = -1.0;
        r = runRecorded(runner, bad);
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.error().contains(QLatin1String("style weight")), qPrintable(r.result.error()));

        const auto noStyles = runner.run(smallSettings(Optimizer::Adam, 1, 1), makeContent(), {});
        QVERIFY(!noStyles.ok());
        QVERIFY2(noStyles.error().contains(QLatin1String("style images")), qPrintable(noStyles.error()));
    }
};

QTEST_GUILESS_MAIN(TestStyleRunner)
#include "tst_stylerunner.moc"
