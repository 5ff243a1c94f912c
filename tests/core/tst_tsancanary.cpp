// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>

#include <QTest>
#include <QThread>

#include "engine/handover_p.h"

// Built and run only under ThreadSanitizer (the `tsan` preset). Each function makes a real race on
// purpose; CTest passes it only when TSan reports "data race". They show that what keeps the
// runner and controller tests clean (the HandOver marks, ignore_noninstrumented_modules) does not
// also blind TSan to races in the project's own code. Run one function per process: the first
// report would otherwise hide whether the second is found.
class TestTsanCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRaceIsReported()
    {
        int shared = 0;
        QThread *other = QThread::create([&shared] { shared = 1; });
        other->start();
        shared = 2; // no synchronisation with the other thread's write
        other->wait();
        delete other;
        QVERIFY(shared == 1 || shared == 2);
    }

    void writeAfterPostIsReported()
    {
        QThread thread;
        auto *inbox = new nss::HandOver;
        inbox->moveToThread(&thread);
        thread.start();
        int value = 1;
        int seen = 0;
        std::atomic<bool> ran{false};
        inbox->post([&value, &seen, &ran] {
            seen = value;
            ran.store(true, std::memory_order_release);
        });
        value = 2; // after the hand-over: nothing orders it with the call's read
        while (!ran.load(std::memory_order_acquire))
            QThread::msleep(1);
        thread.quit();
        thread.wait();
        delete inbox;
        QVERIFY(seen == 1 || seen == 2);
    }
};

QTEST_GUILESS_MAIN(TestTsanCanary)
#include "tst_tsancanary.moc"
