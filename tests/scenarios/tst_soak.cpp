// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "engine/stylecontroller.h"
#include "leakjudge.h"
#include "testtime.h"

using namespace nss;

// A user who starts and stops runs all afternoon: 100 start/cancel cycles in one process must
// neither grow resident memory (leaked tensors, frames, images) nor leave threads behind.
class TestSoak : public QObject
{
    Q_OBJECT

    static int threadCount()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Threads:"))
                return line.mid(8).trimmed().toInt();
        return -1;
    }

    // The count once it has not changed for a second (threads that were told to end have ended).
    static int settledThreadCount()
    {
        int count = threadCount(), same = 0;
        for (int i = 0; i < 100 && same < 10; ++i) {
            QTest::qWait(100);
            const int now = threadCount();
            same = now == count ? same + 1 : 0;
            count = now;
        }
        return count;
    }

    static QImage pattern(int w, int h, QRgb a, QRgb b)
    {
        QImage image(w, h, QImage::Format_RGB888);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                image.setPixel(x, y, ((x / 4 + y / 3) % 2) ? a : b);
        return image;
    }

    // One cycle: start a run that would take hours, stop it (two times in five after its first
    // frame, otherwise at once, while it loads) and wait until the controller is idle again. The
    // kinds repeat every 5 cycles, so the warm-up has seen each of them.
    static bool cycle(StyleController &controller, int i)
    {
        StyleSettings settings;
        settings.styles = {StyleSource{QStringLiteral("style.png"), 1.0}};
        settings.outputSize = i % 5 == 0 ? 48 : 32;
        settings.steps = 100000;
        settings.frameEvery = 1;
        settings.optimizer = i % 5 == 1 || i % 5 == 3 ? Optimizer::Adam : Optimizer::Lbfgs;
        settings.threads = 0; // OMP_NUM_THREADS when set (the tsan preset: 1), else all cores
        QSignalSpy finished(&controller, &StyleController::finished);
        QSignalSpy frames(&controller, &StyleController::frameReady);
        controller.start(settings, pattern(64, 40, qRgb(200, 170, 80), qRgb(30, 80, 140)),
                         {pattern(40, 40, qRgb(230, 20, 20), qRgb(20, 20, 220))});
        if (i % 5 < 2 && !frames.wait(scaledTimeout(60000)))
            return false;
        controller.cancel();
        if (!finished.wait(scaledTimeout(60000)))
            return false;
        return finished.at(0).at(1).toBool() && controller.state() == StyleController::State::Idle;
    }

private Q_SLOTS:
    // Each controller's worker thread, and the OpenMP threads LibTorch started for it, end with it.
    // LibTorch keeps one pool thread for the process from its first use on: the baseline is taken
    // after one controller has come and gone.
    void aDestroyedControllerTakesItsThreadsWithIt()
    {
        int baseline = -1;
        for (int i = 0; i < 4; ++i) {
            auto controller = std::make_unique<StyleController>();
            controller->setNetworkFile(QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"));
            QVERIFY(cycle(*controller, 1));
            QVERIFY(threadCount() > baseline);
            controller.reset();
            if (i == 0)
                baseline = settledThreadCount();
            else // a thread's kernel task outlives QThread::wait() by a moment
                QTRY_COMPARE_WITH_TIMEOUT(threadCount(), baseline, scaledTimeout(10000));
        }
    }

    // The leak test's judge on made-up samples: allocator spikes pass, steady growth fails.
    void judgeTellsSpikesFromLeaks()
    {
        std::vector<double> flat(80, 600000.0);
        QCOMPARE(leakjudge::growth(flat), 0.0);
        std::vector<double> spiky = flat; // glibc's arenas: jumps of 5 % that come and go
        for (size_t i = 10; i < spiky.size(); i += 9)
            spiky[i] *= 1.06;
        spiky.back() *= 1.06;
        QVERIFY(leakjudge::growth(spiky) < 0.01);
        std::vector<double> leak(80);
        for (size_t i = 0; i < leak.size(); ++i)
            leak[i] = 600000.0 + 300.0 * double(i); // 300 KiB a cycle
        QVERIFY(leakjudge::growth(leak) > 0.03);
    }

    void startCancelCyclesLeaveNothingBehind()
    {
        StyleController controller;
        controller.setNetworkFile(QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"));
        constexpr int kWarmUp = 20, kCycles = 100;
        // NSS_SOAK_LEAK_KIB=N leaks N KiB a cycle on purpose, to show that the test sees a leak.
        const int injectedLeakKiB = qEnvironmentVariableIntValue("NSS_SOAK_LEAK_KIB");
        std::vector<double> resident;
        int warmThreads = 0;
        for (int i = 0; i < kCycles; ++i) {
            QVERIFY2(cycle(controller, i), qPrintable(QStringLiteral("cycle %1 did not end cancelled").arg(i)));
            if (injectedLeakKiB > 0)
                std::fill_n(new char[size_t(injectedLeakKiB) * 1024], size_t(injectedLeakKiB) * 1024, char(1));
            if (i < kWarmUp - 1) // weights loaded, LibTorch's thread pool and allocator caches warm
                continue;
            if (i == kWarmUp - 1)
                warmThreads = threadCount();
            leakjudge::trimHeap();
            resident.push_back(double(leakjudge::residentKiB()));
            if (qEnvironmentVariableIsSet("NSS_SOAK_TRACE") && i % 5 == 4)
                qInfo("cycle %d: resident %.0f KiB, threads %d", i + 1, resident.back(), threadCount());
        }
        const double growth = leakjudge::growth(resident);
        qInfo("resident %.0f KiB after %d cycles, %.0f KiB after %d; median growth %+.2f%%; threads %d, %d", resident.front(),
              kWarmUp, resident.back(), kCycles, 100.0 * growth, warmThreads, threadCount());
        QVERIFY(resident.front() > 0 && warmThreads > 0);
        QVERIFY2(growth < 0.03, "resident memory grew by 3% or more over 80 cycles");
        QTRY_COMPARE_WITH_TIMEOUT(threadCount(), warmThreads, scaledTimeout(10000));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
