// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "engine/handover_p.h"

// HandOver (core/engine/handover_p.h) is how the controller and its worker thread pass jobs and results:
// calls posted from any thread run in the object's thread, in posting order, and calls still queued
// when the object goes away never run.
class TestHandOver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsRunInTheObjectsThreadInOrder()
    {
        QThread thread;
        auto *inbox = new nss::HandOver;
        inbox->moveToThread(&thread);
        thread.start();

        QList<int> order; // written only in `thread`, read here after the last call ran
        QList<QThread *> threads;
        std::atomic<bool> done{false};
        for (int i = 0; i < 100; ++i)
            inbox->post([&order, &threads, i] {
                order << i;
                threads << QThread::currentThread();
            });
        inbox->post([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10000);

        QCOMPARE(order.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(order[i], i);
            QCOMPARE(threads[i], &thread);
        }
        thread.quit();
        thread.wait();
        delete inbox;
    }

    void postsFromAnotherThreadArrive()
    {
        nss::HandOver inbox; // lives in this (the test's) thread
        QString received;
        QThread *poster = QThread::create([&inbox, &received] {
            const QString text = QStringLiteral("from the worker");
            inbox.post([&received, text] { received = text; });
        });
        poster->start();
        poster->wait();
        delete poster;
        QTRY_COMPARE_WITH_TIMEOUT(received, QStringLiteral("from the worker"), 10000);
    }

    void callsQueuedAtDestructionAreDropped()
    {
        auto ran = std::make_shared<std::atomic<int>>(0);
        {
            nss::HandOver inbox; // this thread: nothing runs until the event loop does
            for (int i = 0; i < 10; ++i)
                inbox.post([ran] { ++*ran; });
        }
        QCoreApplication::processEvents();
        QCOMPARE(ran->load(), 0);
        QCOMPARE(ran.use_count(), 1L); // and their captures were released
    }
};

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"
