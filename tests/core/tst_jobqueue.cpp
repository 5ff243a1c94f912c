// SPDX-License-Identifier: GPL-3.0-or-later
// The window's queue as a file: every change saved, read back as it was, a job interrupted by a
// crash waiting again, and a damaged file set aside rather than lost.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "io/jobqueue.h"

using namespace nss;

namespace {

StyleSettings settingsFor(const QString &content, const QString &style, int size = 64)
{
    StyleSettings s;
    s.contentPath = QStringLiteral("/pictures/%1.jpg").arg(content);
    s.styles = {StyleSource{QStringLiteral("/paintings/%1.jpg").arg(style), 1.0}};
    s.outputSize = size;
    return s;
}

QStringList titles(const JobQueue &queue)
{
    QStringList list;
    for (const QueueJob &job : queue.jobs())
        list << job.title();
    return list;
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChangeIsSavedAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        QStringList ids;
        {
            JobQueue queue(path);
            QVERIFY(queue.loadProblem().isEmpty());
            QSignalSpy changed(&queue, &JobQueue::changed);
            StyleSettings threaded = settingsFor(QStringLiteral("cat"), QStringLiteral("wave"), 96);
            threaded.threads = 7;
            ids = queue.add({threaded, settingsFor(QStringLiteral("dog"), QStringLiteral("wave")),
                             settingsFor(QStringLiteral("owl"), QStringLiteral("iris"))});
            QCOMPARE(ids.size(), 3);
            QVERIFY(QFile::exists(path)); // saved at once
            QVERIFY(queue.setHeld(ids[1], true));
            QVERIFY(queue.setDone(ids[0], QStringLiteral("20240101-120000-000")));
            QVERIFY(queue.setFailed(ids[2], QStringLiteral("owl.jpg is not a picture")));
            queue.setPaused(true);
            QCOMPARE(changed.size(), 5);
        }
        JobQueue again(path);
        QVERIFY(again.loadProblem().isEmpty());
        QCOMPARE(again.jobs().size(), 3);
        QCOMPARE(titles(again), (QStringList{QStringLiteral("cat + wave"), QStringLiteral("dog + wave"), QStringLiteral("owl + iris")}));
        QVERIFY(again.jobs()[0].state == QueueJob::State::Done);
        QCOMPARE(again.jobs()[0].historyId, QStringLiteral("20240101-120000-000"));
        QCOMPARE(again.jobs()[0].settings.outputSize, 96);
        QCOMPARE(again.jobs()[0].settings.threads, 0); // the machine's, not the one it was added on
        QVERIFY(again.jobs()[1].state == QueueJob::State::Held);
        QVERIFY(again.jobs()[2].state == QueueJob::State::Failed);
        QCOMPARE(again.jobs()[2].message, QStringLiteral("owl.jpg is not a picture"));
        QVERIFY(again.isPaused());
        // Ids are never reused, even after a restart.
        const QStringList more = again.add({settingsFor(QStringLiteral("fox"), QStringLiteral("wave"))});
        QVERIFY(!ids.contains(more.first()));
    }

    void aJobRunningWhenTheAppDiedWaitsAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        {
            JobQueue queue(path);
            const QStringList ids = queue.add({settingsFor(QStringLiteral("a"), QStringLiteral("s")),
                                               settingsFor(QStringLiteral("b"), QStringLiteral("s"))});
            QVERIFY(queue.setDone(ids[0], QStringLiteral("h1")));
            QVERIFY(queue.setRunning(ids[1]));
        } // as a crash leaves it: the file says "running"
        JobQueue again(path);
        QVERIFY(again.jobs()[0].state == QueueJob::State::Done);
        QVERIFY(again.jobs()[1].state == QueueJob::State::Waiting);
        QVERIFY(!again.jobs()[1].message.isEmpty());
        QCOMPARE(again.nextWaiting(), again.jobs()[1].id);
    }

    void reorderRemoveAndHoldChangeWhatRunsNext()
    {
        QTemporaryDir dir;
        JobQueue queue(dir.filePath(QStringLiteral("queue.json")));
        const QStringList ids = queue.add({settingsFor(QStringLiteral("a"), QStringLiteral("s")),
                                           settingsFor(QStringLiteral("b"), QStringLiteral("s")),
                                           settingsFor(QStringLiteral("c"), QStringLiteral("s"))});
        QCOMPARE(queue.nextWaiting(), ids[0]);
        QVERIFY(queue.move(ids[2], -2));
        QCOMPARE(queue.nextWaiting(), ids[2]);
        QVERIFY(!queue.move(ids[2], -1)); // already first
        QVERIFY(queue.setHeld(ids[2], true));
        QCOMPARE(queue.nextWaiting(), ids[0]);
        QVERIFY(queue.remove(ids[0]));
        QCOMPARE(queue.nextWaiting(), ids[1]);
        QVERIFY(queue.setRunning(ids[1]));
        QVERIFY(!queue.setHeld(ids[1], true)); // the running job is paused with the queue instead
        QVERIFY(queue.nextWaiting().isEmpty());
        QVERIFY(queue.setHeld(ids[2], false));
        QCOMPARE(queue.nextWaiting(), ids[2]);
        QVERIFY(queue.setFailed(ids[2], QStringLiteral("bad")));
        QVERIFY(queue.setDone(ids[1], QStringLiteral("h")));
        QCOMPARE(queue.clearFinished(), 2);
        QVERIFY(queue.jobs().isEmpty());
    }

    void aDamagedFileIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"neural-style-studio-queue\", \"jobs\": [");
        file.close();
        JobQueue queue(path);
        QVERIFY(!queue.loadProblem().isEmpty());
        QVERIFY(queue.jobs().isEmpty());
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
        queue.add({settingsFor(QStringLiteral("a"), QStringLiteral("s"))});
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged"))); // the next save leaves it alone
    }

    void anUnwritableFileIsReported()
    {
        JobQueue queue(QStringLiteral("/proc/no-such-folder/queue.json"));
        QSignalSpy failed(&queue, &JobQueue::saveFailed);
        queue.add({settingsFor(QStringLiteral("a"), QStringLiteral("s"))});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(queue.jobs().size(), 1); // the session goes on with it
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
