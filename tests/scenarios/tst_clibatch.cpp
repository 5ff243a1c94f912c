// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "testimages.h"

// End to end: `neural-style` in batch mode (--output-dir, --jobs) on small generated pictures
// with the fixture weights, as a user or a cluster scheduler runs it.
class TestCliBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photos, m_style, m_style2;

    static QString program() { return QStringLiteral(NSS_BINARY_DIR "/app/neural-style"); }
    static QString text(const char *s) { return QString::fromUtf8(s); }
    static QString text(const QString &s) { return s; }
    template <typename... T> static QStringList list(const T &...items) { return QStringList{text(items)...}; }

    struct Result
    {
        int exitCode = -1;
        QString err;
    };

    static Result neuralStyle(const QStringList &arguments)
    {
        QProcess process;
        process.start(program(), arguments);
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QStringList small()
    {
        return list("--weights", NSS_FIXTURE_DIR "/vgg19-legacy.pth", "--size", "32", "--steps", "2", "--threads", "2");
    }

    QString save(const QString &name, int w, int h, QRgb a, QRgb b)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        testimages::pattern(w, h, a, b).save(path);
        return path;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    }

    // Every file of a folder (recursively) with a hash of its bytes.
    static QMap<QString, QByteArray> contents(const QString &folder)
    {
        QMap<QString, QByteArray> files;
        const QDir dir(folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            files.insert(info.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return files;
    }

    // Starts neural-style and waits until its stderr shows `marker`.
    static bool startAndWaitFor(QProcess &process, const QStringList &arguments, const QString &marker, QString *err)
    {
        process.start(program(), arguments);
        if (!process.waitForStarted())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!err->contains(marker) && waited.elapsed() < 120000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            *err += QString::fromUtf8(process.readAllStandardError());
        }
        return err->contains(marker);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_photos = m_dir.filePath(QStringLiteral("photos"));
        save(QStringLiteral("photos/a.png"), 60, 40, qRgb(200, 170, 80), qRgb(30, 80, 140));
        save(QStringLiteral("photos/b.jpg"), 40, 50, qRgb(90, 200, 60), qRgb(240, 240, 230));
        write(QStringLiteral("photos/broken.png"), QByteArray("\x89PNG\r\n\x1a\n not really a picture", 30));
        m_style = save(QStringLiteral("style.png"), 40, 40, qRgb(230, 20, 20), qRgb(20, 20, 220));
        m_style2 = save(QStringLiteral("style2.jpg"), 30, 50, qRgb(20, 200, 40), qRgb(250, 250, 250));
    }

    // A folder of three pictures, one corrupt: two written, the bad one named, exit 1; again
    // with --resume: the two are skipped, not rewritten.
    void aFailedJobIsReportedAndTheOthersGoOn()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-folder"));
        const QStringList arguments = small() + list("--content", m_photos, "--style", m_style, "--output-dir", out);
        const auto r = neuralStyle(arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), (list("a-style-32.png", "b-style-32.png")));
        QCOMPARE(QImage(out + QStringLiteral("/a-style-32.png")).size(), QSize(32, 21));
        QVERIFY2(r.err.contains(QLatin1String("Batch: 2 written, 0 skipped (already done), 1 failed.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("  failed: broken.png + style.png: ")), qPrintable(r.err));
        // Progress: the job, its step, the whole batch and the time left.
        static const QRegularExpression progress(
            QStringLiteral("\\[job 1/3\\] a \\+ style: step \\d+/2 .*\\| batch \\d+ %, [0-9:-]+ left"));
        QVERIFY2(progress.match(r.err).hasMatch(), qPrintable(r.err));

        const QFileInfo before(out + QStringLiteral("/a-style-32.png"));
        const QDateTime written = before.lastModified();
        const auto again = neuralStyle(arguments + list("--resume"));
        QVERIFY2(again.exitCode == 1, qPrintable(again.err)); // the corrupt picture still fails
        QVERIFY2(again.err.contains(QLatin1String("Batch: 0 written, 2 skipped (already done), 1 failed.")),
                 qPrintable(again.err));
        QCOMPARE(QFileInfo(out + QStringLiteral("/a-style-32.png")).lastModified(), written);
    }

    // Two shards, run one after the other into one folder, make the same files as one batch,
    // byte for byte, each written by one shard only. The contents come as a shell's bare words.
    void shardsTogetherMakeTheBatch()
    {
        const QString whole = m_dir.filePath(QStringLiteral("out-whole"));
        const QString sharded = m_dir.filePath(QStringLiteral("out-sharded"));
        const QStringList arguments = small() + list("--content", m_dir.filePath(QStringLiteral("photos/a.png")),
                                                     m_dir.filePath(QStringLiteral("photos/b.jpg")), "--style", m_style,
                                                     m_style2, "--name", "{index}-{content}-{style}.png");
        const auto r = neuralStyle(arguments + list("--output-dir", whole));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(contents(whole).size(), 4);
        QStringList writtenByShards;
        for (const char *shard : {"1/2", "2/2"}) {
            const auto s = neuralStyle(arguments + list("--output-dir", sharded, "--shard", shard));
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY2(s.err.contains(QLatin1String("Batch: 2 written, 0 skipped (already done), 0 failed.")), qPrintable(s.err));
            static const QRegularExpression wrote(QStringLiteral("\\] wrote .*/([^/]+\\.png) "));
            for (auto it = wrote.globalMatch(s.err); it.hasNext();)
                writtenByShards << it.next().captured(1);
        }
        writtenByShards.sort();
        QCOMPARE(writtenByShards, QStringList(contents(whole).keys())); // each file once
        QCOMPARE(contents(sharded), contents(whole));
        QCOMPARE(writtenByShards.first(), QStringLiteral("0001-a-style.png")); // shard 1 has jobs 1 and 3
    }

    // A job list with settings per job; a job killed mid-run leaves no file under its name, and
    // the list run again skips the finished job and makes the killed one.
    void aKilledJobIsRedoneOnTheNextRun()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-killed"));
        const QString jobs = write(QStringLiteral("jobs.csv"),
                                   "content,style,size,steps,output\n"
                                   "photos/a.png,style.png,32,2,first.png\n"
                                   "photos/a.png,style2.jpg,48,,second.jpg\n");
        QStringList arguments = small() + list("--jobs", jobs, "--output-dir", out);
        arguments[arguments.indexOf(QStringLiteral("--steps")) + 1] = QStringLiteral("100000");
        QProcess process;
        QString err;
        QVERIFY2(startAndWaitFor(process, arguments, QStringLiteral("[job 2/2] a + style2: step"), &err), qPrintable(err));
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), list("first.png")); // nothing of the killed job
        QCOMPARE(QImage(out + QStringLiteral("/first.png")).size(), QSize(32, 21));

        arguments[arguments.indexOf(QStringLiteral("--steps")) + 1] = QStringLiteral("2");
        const auto r = neuralStyle(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Batch: 1 written, 1 skipped (already done), 0 failed.")), qPrintable(r.err));
        QCOMPARE(QImage(out + QStringLiteral("/second.jpg")).size(), QSize(48, 32)); // the row's size
    }

    // Ctrl+C stops the job in progress without writing it, says so, and exits 130.
    void anInterruptWritesNothingForTheJob()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-interrupted"));
        QStringList arguments = small() + list("--content", m_photos + QStringLiteral("/a.png"), "--style", m_style,
                                               m_style2, "--output-dir", out);
        arguments[arguments.indexOf(QStringLiteral("--steps")) + 1] = QStringLiteral("100000");
        QProcess process;
        QString err;
        QVERIFY2(startAndWaitFor(process, arguments, QStringLiteral("[job 1/2] a + style: step"), &err), qPrintable(err));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        err += QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains(QLatin1String("nothing was written for a.png + style.png")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Batch: 0 written, 0 skipped (already done), 0 failed, 2 not run (interrupted).")),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("--resume")), qPrintable(err));
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // Mistakes in the request stop before any work, with status 2.
    void aWrongRequestExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("out-never"));
        QTest::newRow("several contents, one output")
            << small() + list("--content", m_photos + QStringLiteral("/a.png"), m_photos + QStringLiteral("/b.jpg"), "--style",
                              m_style, "--output", m_dir.filePath(QStringLiteral("one.png")))
            << QStringLiteral("--output-dir");
        QTest::newRow("bad shard") << small() + list("--content", m_photos, "--style", m_style, "--output-dir", out, "--shard", "0/2")
                                   << QStringLiteral("--shard expects I/N");
        QTest::newRow("missing style") << small() + list("--content", m_photos, "--style", m_dir.filePath(QStringLiteral("no.png")),
                                                         "--output-dir", out)
                                       << QStringLiteral("no.png does not exist");
        QTest::newRow("bad job line") << small() + list("--jobs", write(QStringLiteral("bad.jsonl"), "{\"content\": 1,}\n"),
                                                        "--output-dir", out)
                                      << QStringLiteral("bad.jsonl:1: not valid JSON");
    }

    void aWrongRequestExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = neuralStyle(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out-never"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("one.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
