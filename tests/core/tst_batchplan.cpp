// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "batch/batchprogress.h"
#include "batch/batchshard.h"
#include "batch/joblist.h"
#include "batch/nametemplate.h"
#include "batch/outputcheck.h"

// The torch-free planning of a batch: names, shards, job lists, completeness, progress.
class TestBatchPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    static QStringList values(const nss::JobListRow &row, const QString &key)
    {
        for (const auto &[k, v] : row.values)
            if (k == key)
                return v;
        return {};
    }

private Q_SLOTS:
    void templatesNameTheJob()
    {
        nss::StyleSettings s;
        s.contentPath = QStringLiteral("/photos/chelsea.v2.jpg");
        s.styles = {{QStringLiteral("/art/wave.png"), 1.0}};
        s.outputSize = 384;
        s.steps = 50;
        s.seed = 7;
        QCOMPARE(nss::expandNameTemplate(nss::defaultNameTemplate(), s, 3), QStringLiteral("chelsea.v2-wave-384.png"));
        QCOMPARE(nss::expandNameTemplate(QStringLiteral("{index}_{steps}_{seed}.jpg"), s, 3),
                 QStringLiteral("0003_50_7.jpg"));
        QCOMPARE(nss::expandNameTemplate(QStringLiteral("{index}.png"), s, 12345), QStringLiteral("12345.png"));
        s.styles.append({QStringLiteral("/art/stars.jpg"), 0.5});
        QCOMPARE(nss::expandNameTemplate(QStringLiteral("{style}/{content}.webp"), s, 1),
                 QStringLiteral("wave+stars/chelsea.v2.webp"));
    }

    void badTemplatesAreRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown placeholder") << QStringLiteral("{content}-{colour}.png") << QStringLiteral("{colour}");
        QTest::newRow("open brace") << QStringLiteral("{content.png") << QStringLiteral("unbalanced");
        QTest::newRow("no image type") << QStringLiteral("{content}.txt") << QStringLiteral("image type");
        QTest::newRow("no suffix") << QStringLiteral("{content}") << QStringLiteral("image type");
        QTest::newRow("a folder") << QStringLiteral("out/") << QStringLiteral("folder");
    }

    void badTemplatesAreRefused()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        const QString problem = nss::nameTemplateProblem(pattern);
        QVERIFY2(problem.contains(message), qPrintable(problem));
        QVERIFY(nss::nameTemplateProblem(nss::defaultNameTemplate()).isEmpty());
        QVERIFY(nss::nameTemplateProblem(QStringLiteral("{index}/{content}-{style}-{size}-{steps}-{seed}.TIF")).isEmpty());
    }

    void shardsCoverTheBatchOnce_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("count");
        for (int jobs : {0, 1, 5, 12})
            for (int count : {1, 2, 3, 7})
                QTest::addRow("%d jobs / %d", jobs, count) << jobs << count;
    }

    void shardsCoverTheBatchOnce()
    {
        QFETCH(int, jobs);
        QFETCH(int, count);
        QList<int> seen;
        for (int i = 1; i <= count; ++i) {
            const auto shard = nss::parseBatchShard(QStringLiteral("%1/%2").arg(i).arg(count));
            QVERIFY2(shard.ok(), qPrintable(shard.error()));
            const QList<int> mine = nss::shardJobs(jobs, shard.value());
            QVERIFY(std::is_sorted(mine.begin(), mine.end())); // batch order kept
            for (int k : mine) {
                QCOMPARE(k % count, i - 1);
                QVERIFY(shard->contains(k));
            }
            seen += mine;
        }
        std::sort(seen.begin(), seen.end());
        QList<int> all;
        for (int k = 0; k < jobs; ++k)
            all.append(k);
        QCOMPARE(seen, all); // disjoint and complete: every job exactly once
    }

    void shardSyntax()
    {
        QCOMPARE(nss::parseBatchShard(QStringLiteral(" 2 / 8 ")).value(), (nss::BatchShard{2, 8}));
        for (const char *bad : {"0/2", "3/2", "1/0", "1", "a/b", "-1/2", "1/2/3", ""}) {
            const auto shard = nss::parseBatchShard(QString::fromLatin1(bad));
            QVERIFY2(!shard.ok(), bad);
            QVERIFY2(shard.error().contains(QLatin1String("--shard expects I/N")), qPrintable(shard.error()));
        }
    }

    void csvJobList()
    {
        const QString path = write(QStringLiteral("jobs.csv"),
                                   "\xEF\xBB\xBF" "content,style,Size,style_weight,output\n"
                                   "# a comment\n"
                                   "\n"
                                   "a.jpg,wave.jpg;stars.png,256,,\n"
                                   "\"b, two.jpg\",\"say \"\"hi\"\".png\",128,1e5,x.png\r\n"
                                   "\"c\n.jpg\",s.png\n"
                                   "d.jpg,s.png,64,,last.png");
        const auto list = nss::readJobList(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->rows.size(), 4);
        const auto &a = list->rows[0];
        QCOMPARE(a.line, 4);
        QCOMPARE(values(a, QStringLiteral("style")), (QStringList{QStringLiteral("wave.jpg"), QStringLiteral("stars.png")}));
        QCOMPARE(values(a, QStringLiteral("size")), QStringList{QStringLiteral("256")});
        QVERIFY(values(a, QStringLiteral("style-weight")).isEmpty()); // empty cell: the default applies
        QCOMPARE(a.values.size(), 3);
        const auto &b = list->rows[1];
        QCOMPARE(b.line, 5);
        QCOMPARE(values(b, QStringLiteral("content")), QStringList{QStringLiteral("b, two.jpg")});
        QCOMPARE(values(b, QStringLiteral("style")), QStringList{QStringLiteral("say \"hi\".png")});
        QCOMPARE(values(b, QStringLiteral("style-weight")), QStringList{QStringLiteral("1e5")});
        QCOMPARE(list->rows[2].line, 6); // a quoted line break is part of the cell
        QCOMPARE(values(list->rows[2], QStringLiteral("content")), QStringList{QStringLiteral("c\n.jpg")});
        QCOMPARE(list->rows[3].line, 8);
        QCOMPARE(values(list->rows[3], QStringLiteral("output")), QStringList{QStringLiteral("last.png")});
    }

    void jsonLinesJobList()
    {
        const QString path = write(QStringLiteral("jobs.jsonl"),
                                   "{\"content\": \"a.jpg\", \"style\": \"wave.jpg\", \"size\": 256}\n"
                                   "\n"
                                   "{\"content\": \"b.jpg\", \"style\": [\"s1.png\", \"s2.png\"], \"style_blend\": [0.7, 0.3],"
                                   " \"style-weight\": 1e5, \"seed\": null, \"lr\": 0.05}\n");
        const auto list = nss::readJobList(path);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->rows.size(), 2);
        QCOMPARE(list->rows[0].line, 1);
        QCOMPARE(values(list->rows[0], QStringLiteral("size")), QStringList{QStringLiteral("256")});
        const auto &b = list->rows[1];
        QCOMPARE(b.line, 3);
        QCOMPARE(values(b, QStringLiteral("style")), (QStringList{QStringLiteral("s1.png"), QStringLiteral("s2.png")}));
        QCOMPARE(values(b, QStringLiteral("style-blend")), QStringList{QStringLiteral("0.7,0.3")});
        QCOMPARE(values(b, QStringLiteral("style-weight")), QStringList{QStringLiteral("100000")});
        QCOMPARE(values(b, QStringLiteral("lr")).value(0).toDouble(), 0.05);
        QVERIFY(values(b, QStringLiteral("seed")).isEmpty());
    }

    void jobListErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv too many cells") << QStringLiteral("a.csv") << QByteArray("content,style\na,b\nc,d,e\n") << QStringLiteral("a.csv:3: 3 cells for 2 columns");
        QTest::newRow("csv open quote") << QStringLiteral("b.csv") << QByteArray("content,style\n\na,\"b\n") << QStringLiteral("b.csv:3: a quoted cell is not closed");
        QTest::newRow("csv column twice") << QStringLiteral("c.csv") << QByteArray("content,Content\na,b\n") << QStringLiteral("c.csv:1: the column \"content\"");
        QTest::newRow("csv header only") << QStringLiteral("d.csv") << QByteArray("content,style\n") << QStringLiteral("holds no jobs");
        QTest::newRow("json syntax") << QStringLiteral("e.jsonl") << QByteArray("{\"content\": \"a\"}\n{\"content\": }\n") << QStringLiteral("e.jsonl:2: not valid JSON");
        QTest::newRow("json not object") << QStringLiteral("f.jsonl") << QByteArray("\n[1, 2]\n") << QStringLiteral("f.jsonl:2: a job is a JSON object");
        QTest::newRow("json bool") << QStringLiteral("g.jsonl") << QByteArray("{\"content\": true}\n") << QStringLiteral("g.jsonl:1: \"content\" must be a string or a number");
        QTest::newRow("wrong suffix") << QStringLiteral("h.txt") << QByteArray("content\n") << QStringLiteral("neither .csv nor .jsonl");
    }

    void jobListErrorsNameTheLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(name, bytes);
        const auto list = nss::readJobList(path);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().contains(message), qPrintable(list.error()));
        QVERIFY2(list.error().contains(name), qPrintable(list.error()));
        QVERIFY(nss::readJobList(m_dir.filePath(QStringLiteral("missing.csv"))).error().contains(QLatin1String("missing.csv")));
    }

    // --resume trusts a file only when it is a whole picture.
    void completeOutputs_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {"png", "jpg", "webp", "tif"})
            QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }

    void completeOutputs()
    {
        QFETCH(QString, suffix);
        QImage image(64, 48, QImage::Format_RGB888);
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 64; ++x)
                image.setPixel(x, y, qRgb(x * 4, y * 5, (x * y) % 256));
        const QString whole = m_dir.filePath(QStringLiteral("whole.") + suffix);
        QVERIFY(image.save(whole));
        QVERIFY(nss::isCompleteOutput(whole));
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString cut = write(QStringLiteral("cut.") + suffix, bytes.left(bytes.size() * 2 / 3));
        QVERIFY(!nss::isCompleteOutput(cut));
        QVERIFY(!nss::isCompleteOutput(write(QStringLiteral("empty.") + suffix, QByteArray())));
        QVERIFY(!nss::isCompleteOutput(m_dir.filePath(QStringLiteral("absent.") + suffix)));
    }

    void progressWeighsJobsByTheirWork()
    {
        nss::StyleSettings small, big;
        small.outputSize = 100;
        small.steps = 10;
        big.outputSize = 200;
        big.steps = 10; // four times the work
        nss::BatchProgress progress({nss::BatchProgress::jobWork(small), nss::BatchProgress::jobWork(big),
                                     nss::BatchProgress::jobWork(small)});
        QCOMPARE(progress.fraction(0, 0.0), 0.0);
        QCOMPARE(progress.fraction(0, 1.0), 1.0 / 6.0);
        QCOMPARE(progress.fraction(1, 0.5), 3.0 / 6.0);
        // Before a job has finished, the current one's pace: 2 s for a quarter of a small job.
        QCOMPARE(progress.secondsLeft(0, 0.25, 2.0, -1.0), 6.0 + 8.0 * 4 + 8.0);
        QCOMPARE(progress.secondsLeft(0, 0.0, 0.0, -1.0), -1.0); // nothing known yet
        progress.finished(0, 10.0); // 10 s per small job from now on
        QCOMPARE(progress.secondsLeft(1, 0.5, 20.0, 15.0), 15.0 + 10.0); // the job's own estimate first
        QCOMPARE(progress.secondsLeft(1, 0.5, 20.0, -1.0), 20.0 + 10.0);
        progress.dropped(2); // failed: its work leaves the batch
        QCOMPARE(progress.fraction(1, 1.0), 1.0);
        QCOMPARE(progress.secondsLeft(1, 0.5, 20.0, -1.0), 20.0);
    }

    void durations()
    {
        QCOMPARE(nss::BatchProgress::formatDuration(0.2), QStringLiteral("0:01"));
        QCOMPARE(nss::BatchProgress::formatDuration(370), QStringLiteral("6:10"));
        QCOMPARE(nss::BatchProgress::formatDuration(3723), QStringLiteral("1:02:03"));
        QCOMPARE(nss::BatchProgress::formatDuration(-1), QStringLiteral("--:--"));
    }
};

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
