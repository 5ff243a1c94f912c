// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QImage>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/stylecontroller.h"
#include "testtime.h"

using namespace nss;

namespace {

QImage makeImage(int w, int h, QRgb a, QRgb b)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, ((x / 4 + y / 4) % 2) ? a : b);
    return image;
}

StyleSettings smallSettings(int steps, int frameEvery)
{
    StyleSettings s;
    s.styles = {StyleSource{QStringLiteral("style.png"), 1.0}};
    s.outputSize = 32;
    s.steps = steps;
    s.frameEvery = frameEvery;
    s.optimizer = Optimizer::Adam;
    s.threads = 0; // OMP_NUM_THREADS when set (the tsan preset: 1), else all cores
    return s;
}

} // namespace

class TestStyleController : public QObject
{
    Q_OBJECT

    const QImage m_content = makeImage(32, 24, qRgb(200, 180, 90), qRgb(40, 90, 120));
    const QImage m_style = makeImage(32, 32, qRgb(220, 30, 30), qRgb(10, 20, 200));

    static QString weights() { return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"); }

private Q_SLOTS:
    void aRunReportsStatesFramesAndTheEnd()
    {
        StyleController controller;
        controller.setNetworkFile(weights());
        QSignalSpy states(&controller, &StyleController::stateChanged);
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);
        QSignalSpy messages(&controller, &StyleController::statusMessage);

        const quint64 job = controller.start(smallSettings(4, 2), m_content, {m_style});
        QCOMPARE(controller.currentJobId(), job);
        QCOMPARE(controller.state(), StyleController::State::Loading);
        QVERIFY(finished.wait(scaledTimeout(60000)));

        QCOMPARE(frames.size(), 2); // steps 2 and 4
        const auto last = finished.at(0).at(0).value<StyleFrame>();
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(last.jobId, job);
        QCOMPARE(last.step, 4);
        QCOMPARE(last.image.size(), QSize(32, 24));
        QVERIFY(last.isFinal);
        QCOMPARE(frames.at(0).at(0).value<StyleFrame>().step, 2);
        QCOMPARE(controller.lastFrame().step, 4);
        QCOMPARE(controller.state(), StyleController::State::Idle);
        QVERIFY(messages.size() >= 1);
        QList<StyleController::State> seen;
        for (const auto &args : states)
            seen.append(args.at(0).value<StyleController::State>());
        QCOMPARE(seen.last(), StyleController::State::Idle);
        QVERIFY(seen.contains(StyleController::State::Running));
    }

    void aNewStartSupersedesTheOldJob()
    {
        StyleController controller;
        controller.setNetworkFile(weights());
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);

        const quint64 first = controller.start(smallSettings(100000, 1), m_content, {m_style});
        QVERIFY(frames.wait(scaledTimeout(60000)));
        const quint64 second = controller.start(smallSettings(3, 1), m_content, {m_style});
        QVERIFY(second > first);
        const int framesOfFirst = frames.size();
        QVERIFY(finished.wait(scaledTimeout(60000)));
        QTest::qWait(100); // anything stale still in the queue would arrive now

        QCOMPARE(finished.size(), 1); // the old job's end is dropped
        QCOMPARE(finished.at(0).at(0).value<StyleFrame>().jobId, second);
        QCOMPARE(frames.size() - framesOfFirst, 3);
        for (int i = framesOfFirst; i < frames.size(); ++i)
            QCOMPARE(frames.at(i).at(0).value<StyleFrame>().jobId, second);
    }

    // A slider moved between Start and the run's first step is what the run uses (issue 18, item 5),
    // while weights sent during an earlier run never leak into the next one.
    void weightsMovedBeforeTheFirstStepAreUsed()
    {
        StyleController controller;
        controller.setNetworkFile(weights());
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);
        StyleSettings settings = smallSettings(2, 1);
        settings.tvWeight = 0.0;
        controller.start(settings, m_content, {m_style});
        controller.updateLossWeights(settings.contentWeight, settings.styleWeight, 1.0e3); // still loading
        QVERIFY(finished.wait(scaledTimeout(60000)));
        QVERIFY(!frames.isEmpty());
        QVERIFY2(frames.at(0).at(0).value<StyleFrame>().tvLoss > 0.0, "the weights moved before step 1 were dropped");

        // The next run starts with its own settings (TV off): the old change is not carried over.
        frames.clear();
        controller.start(settings, m_content, {m_style});
        QVERIFY(finished.wait(scaledTimeout(60000)));
        QVERIFY(!frames.isEmpty());
        QCOMPARE(frames.at(0).at(0).value<StyleFrame>().tvLoss, 0.0);
    }

    void pauseResumeAndCancel()
    {
        StyleController controller;
        controller.setNetworkFile(weights());
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);

        controller.start(smallSettings(100000, 1), m_content, {m_style});
        QVERIFY(frames.wait(scaledTimeout(60000)));
        controller.pause();
        QCOMPARE(controller.state(), StyleController::State::Paused);
        const int framesWhenPaused = frames.size();
        QTest::qWait(1500);
        QVERIFY(frames.size() - framesWhenPaused <= 1); // only the step in flight may still arrive

        controller.resume();
        QCOMPARE(controller.state(), StyleController::State::Running);
        QVERIFY(frames.wait(scaledTimeout(60000)));

        controller.cancel();
        QVERIFY(finished.wait(scaledTimeout(60000)));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        const auto last = finished.at(0).at(0).value<StyleFrame>();
        QVERIFY(last.step < last.totalSteps);
        QVERIFY(!last.image.isNull()); // the last picture stays available
        QCOMPARE(controller.lastFrame().step, last.step);
        QCOMPARE(controller.state(), StyleController::State::Idle);
    }

    // With a checkpoint file (the window's), Stop then Start with the same settings goes on from the
    // step reached; other settings start afresh; a run that ends deletes the file.
    void aStoppedRunGoesOnWhenStartedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("not-yet/run.nsscheckpoint")); // the folder is made
        StyleController controller;
        controller.setNetworkFile(weights());
        controller.setCheckpointFile(file);
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);
        const auto runUntilStopped = [&](const StyleSettings &settings) {
            frames.clear();
            finished.clear();
            controller.start(settings, m_content, {m_style});
            while (frames.size() < 3 && frames.wait(scaledTimeout(60000))) { }
            controller.cancel();
            if (!finished.wait(scaledTimeout(60000)))
                return std::make_pair(-1, -1);
            return std::make_pair(frames.first().at(0).value<StyleFrame>().step, finished.at(0).at(0).value<StyleFrame>().step);
        };
        const StyleSettings settings = smallSettings(100000, 1);
        const auto [firstStart, stopped] = runUntilStopped(settings);
        QCOMPARE(firstStart, 1);
        QVERIFY(stopped >= 3);
        QVERIFY(QFileInfo::exists(file));

        const auto [again, stoppedAgain] = runUntilStopped(settings);
        QCOMPARE(again, stopped + 1);
        QVERIFY(stoppedAgain > stopped);

        StyleSettings other = settings;
        other.styleWeight *= 3;
        const auto [afresh, otherStopped] = runUntilStopped(other);
        QCOMPARE(afresh, 1);
        QVERIFY(otherStopped >= 3);

        finished.clear();
        controller.start(smallSettings(3, 1), m_content, {m_style});
        QVERIFY(finished.wait(scaledTimeout(60000)));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!QFileInfo::exists(file));
    }

    void failuresArriveAsSignals()
    {
        StyleController controller;
        controller.setNetworkFile(QStringLiteral("/nonexistent/weights.pth"));
        QSignalSpy failed(&controller, &StyleController::failed);
        const quint64 job = controller.start(smallSettings(2, 1), m_content, {m_style});
        QVERIFY(failed.wait(scaledTimeout(60000)));
        QCOMPARE(failed.at(0).at(0).toULongLong(), job);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("/nonexistent/weights.pth")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(controller.state(), StyleController::State::Idle);

        controller.setNetworkFile(weights());
        const quint64 noStyle = controller.start(smallSettings(2, 1), m_content, {});
        QVERIFY(failed.wait(scaledTimeout(60000)));
        QCOMPARE(failed.at(1).at(0).toULongLong(), noStyle);
    }

    void destroyingDuringARunStopsIt()
    {
        auto controller = std::make_unique<StyleController>();
        controller->setNetworkFile(weights());
        QSignalSpy frames(controller.get(), &StyleController::frameReady);
        controller->start(smallSettings(100000, 1), m_content, {m_style});
        QVERIFY(frames.wait(scaledTimeout(60000)));
        controller->pause(); // even a paused run must let the destructor finish
        const int seen = frames.size();
        controller.reset(); // returns only once the worker thread has ended (a hang fails by timeout)
        QTest::qWait(100);
        QCOMPARE(frames.size(), seen); // nothing arrives from a dead controller
    }
};

QTEST_GUILESS_MAIN(TestStyleController)
#include "tst_stylecontroller.moc"
