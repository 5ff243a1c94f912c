// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "batchargs.h"
#include "cliargs.h"

// neural-style's batch request read from a command line (app/cli/batchargs): bare words, the
// jobs of folders and of job lists, their defaults and their errors. Nothing runs.
class TestBatchArgs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("not read here");
        return path;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = touch(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QString text(const char *s) { return QString::fromUtf8(s); }
    static QString text(const QString &s) { return s; }
    template <typename... T> static QStringList list(const T &...items) { return QStringList{text(items)...}; }

    static QStringList withProgram(const QStringList &arguments)
    {
        return list(QStringLiteral("neural-style")) + arguments;
    }

    // As main() reads it.
    static nss::Expected<nss::BatchRequest> request(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.addOption(QCommandLineOption(QStringLiteral("weights"), QString(), QStringLiteral("file")));
        nss::addStyleOptions(parser);
        nss::addBatchOptions(parser);
        if (!parser.parse(nss::expandBareValues(withProgram(arguments))))
            return nss::fail(parser.errorText());
        if (!nss::isBatchRequest(parser))
            return nss::fail(QStringLiteral("not a batch: ") + nss::singlePictureProblem(parser));
        return nss::readBatchRequest(parser);
    }

    static QStringList names(const nss::BatchRequest &batch)
    {
        QStringList names;
        for (const auto &job : batch.jobs)
            names << QFileInfo(job.outputPath).fileName();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_out = m_dir.filePath(QStringLiteral("out"));
        for (const char *name : {"photos/a.png", "photos/b.JPG", "photos/notes.txt", "art/s1.png", "art/s2.webp", "c.png"})
            touch(QString::fromLatin1(name));
    }

    void bareWordsAreFurtherValues()
    {
        const QStringList given = withProgram(list("--content", "a.jpg", "b.jpg", "--style=s.png", "t.png", "--size", "64",
                                               "--content", "-odd.jpg", "c.jpg", "--", "d.jpg"));
        const QStringList expected = withProgram(list("--content", "a.jpg", "--content", "b.jpg", "--style=s.png", "--style",
                                                  "t.png", "--size", "64", "--content", "-odd.jpg", "--content", "c.jpg",
                                                  "--", "d.jpg"));
        QCOMPARE(nss::expandBareValues(given), expected);
    }

    void foldersAndFilesMakeContentMajorJobs()
    {
        const auto batch = request(list("--content", m_dir.filePath(QStringLiteral("photos")), m_dir.filePath(QStringLiteral("c.png")),
                                    "--style", m_dir.filePath(QStringLiteral("art")), "--output-dir", m_out, "--size", "64",
                                    "--steps", "4", "--seed", "3"));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(names(batch.value()), (list("a-s1-64.png", "a-s2-64.png", "b-s1-64.png", "b-s2-64.png",
                                                    "c-s1-64.png", "c-s2-64.png")));
        const nss::BatchJob &job = batch->jobs[3];
        QCOMPARE(job.settings.contentPath, m_dir.filePath(QStringLiteral("photos/b.JPG")));
        QCOMPARE(job.settings.styles.size(), 1);
        QCOMPARE(job.settings.styles[0].path, m_dir.filePath(QStringLiteral("art/s2.webp")));
        QCOMPARE(job.settings.steps, 4);
        QCOMPARE(job.settings.seed, quint64(3));
        QCOMPARE(QFileInfo(job.outputPath).absolutePath(), m_out);
        QVERIFY(!batch->resume); // the default on the command line
        QVERIFY(batch->shard.isWhole());
    }

    void templatesAndResumeAndShard()
    {
        const auto batch = request(list("--content", m_dir.filePath(QStringLiteral("c.png")), "--style",
                                        m_dir.filePath(QStringLiteral("art/s1.png")), m_dir.filePath(QStringLiteral("art/s2.webp")),
                                        "--output-dir", m_out, "--name", "{index}-{style}.jpg", "--resume", "--shard", "2/3"));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(names(batch.value()), (list("0001-s1.jpg", "0002-s2.jpg")));
        QVERIFY(batch->resume);
        QCOMPARE(batch->shard, (nss::BatchShard{2, 3}));
    }

    void jobListRowsOverrideTheCommandLine()
    {
        const QString csv = write(QStringLiteral("lists/jobs.csv"),
                                   QByteArray("content,style,size,style-blend,output,init\n"
                                              "../photos/a.png,../art/s1.png,,,,\n"
                                              "../c.png,../art/s1.png;../art/s2.webp,32,1;3,sub/mine.webp,noise\n"
                                              "../c.png,../art/s2.webp,,,")
                                       + m_dir.filePath(QStringLiteral("abs.tif")).toUtf8()
                                       + ",../c.png\n");
        const auto batch = request(list("--jobs", csv, "--output-dir", m_out, "--size", "48", "--steps", "5"));
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(batch->jobs.size(), 3);
        QVERIFY(batch->resume); // the default with a job list
        const auto &first = batch->jobs[0].settings;
        QCOMPARE(first.contentPath, m_dir.filePath(QStringLiteral("photos/a.png"))); // relative to the list
        QCOMPARE(first.outputSize, 48); // the command line's
        QCOMPARE(first.steps, 5);
        QCOMPARE(batch->jobs[0].outputPath, m_out + QStringLiteral("/a-s1-48.png"));
        QCOMPARE(batch->jobs[0].origin, csv + QStringLiteral(":2"));
        const auto &second = batch->jobs[1].settings;
        QCOMPARE(second.outputSize, 32); // the row's
        QCOMPARE(second.steps, 5);
        QCOMPARE(second.styles, (QList<nss::StyleSource>{{m_dir.filePath(QStringLiteral("art/s1.png")), 1.0},
                                                         {m_dir.filePath(QStringLiteral("art/s2.webp")), 3.0}}));
        QVERIFY(second.init == nss::InitMode::Noise);
        QCOMPARE(batch->jobs[1].outputPath, m_out + QStringLiteral("/sub/mine.webp"));
        QCOMPARE(batch->jobs[2].outputPath, m_dir.filePath(QStringLiteral("abs.tif")));
        QVERIFY(batch->jobs[2].settings.init == nss::InitMode::Image);
        QCOMPARE(batch->jobs[2].settings.initPath, m_dir.filePath(QStringLiteral("c.png")));

        const QString jsonl = write(QStringLiteral("jobs.jsonl"), "{\"content\": \"c.png\", \"style\": [\"art/s1.png\"], "
                                                                  "\"steps\": 7}\n");
        const auto fromJson = request(list("--jobs", jsonl, "--output-dir", m_out, "--no-resume", "--name", "{steps}.png"));
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.error()));
        QCOMPARE(fromJson->jobs[0].settings.steps, 7);
        QCOMPARE(names(fromJson.value()), list("7.png"));
        QVERIFY(!fromJson->resume);
    }

    void mistakesAreRefusedBeforeAnythingRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString c = m_dir.filePath(QStringLiteral("c.png")), s = m_dir.filePath(QStringLiteral("art/s1.png"));
        const QStringList ok = list("--content", c, "--style", s, "--output-dir", m_out);
        const auto jobs = [&](const char *name, const QByteArray &bytes) {
            return list("--jobs", write(QString::fromLatin1(name), bytes), "--output-dir", m_out);
        };
        QTest::newRow("bad default") << ok + list("--size", "big") << QStringLiteral("--size expects a whole number (got \"big\")");
        QTest::newRow("default out of range") << ok + list("--steps", "0") << QStringLiteral("Steps must be between");
        QTest::newRow("missing content") << list("--content", m_dir.filePath(QStringLiteral("nope.png")), "--style", s,
                                                        "--output-dir", m_out)
                                         << QStringLiteral("nope.png does not exist");
        QTest::newRow("folder without pictures") << list("--content", m_dir.filePath(QStringLiteral("lists")), "--style",
                                                                s, "--output-dir", m_out)
                                                 << QStringLiteral("has no pictures");
        QTest::newRow("no content") << list("--style", s, "--output-dir", m_out) << QStringLiteral("--content FILE|FOLDER");
        QTest::newRow("no style") << list("--content", c, "--output-dir", m_out) << QStringLiteral("--style FILE|FOLDER");
        QTest::newRow("output") << ok + list("--output", "x.png") << QStringLiteral("--output writes one picture");
        QTest::newRow("frames") << ok + list("--frames-dir", m_out) << QStringLiteral("--frames-dir is for a single picture");
        QTest::newRow("blend") << ok + list("--style-blend", "1") << QStringLiteral("--style-blend blends");
        QTest::newRow("shard") << ok + list("--shard", "3/2") << QStringLiteral("--shard expects I/N");
        QTest::newRow("resume twice") << ok + list("--resume", "--no-resume") << QStringLiteral("cannot be used together");
        QTest::newRow("template") << ok + list("--name", "{content}.gif") << QStringLiteral("--name:");
        QTest::newRow("same names") << ok + list("--style", s, "--name", "{content}.png") << QStringLiteral("Jobs 1 and 2 would both write");
        QTest::newRow("stray word") << ok + list("--size", "64", "extra") << QStringLiteral("Unexpected argument \"extra\"");
        QTest::newRow("row value") << jobs("e1.csv", QByteArray("content,style,size\n") + c.toUtf8() + ',' + s.toUtf8() + ",64\n"
                                                         + c.toUtf8() + ',' + s.toUtf8() + ",huge\n")
                                   << QStringLiteral("e1.csv:3: --size expects a whole number (got \"huge\")");
        QTest::newRow("row range") << jobs("e2.jsonl", "{\"content\": \"c.png\", \"style\": \"art/s1.png\", \"size\": 5}\n")
                                   << QStringLiteral("e2.jsonl:1: Output size must be between");
        QTest::newRow("row column") << jobs("e3.csv", "content,style,colour\nc.png,art/s1.png,red\n")
                                    << QStringLiteral("e3.csv:2: unknown setting \"colour\"");
        QTest::newRow("row threads") << jobs("e4.csv", "content,style,threads\nc.png,art/s1.png,2\n")
                                     << QStringLiteral("e4.csv:2: unknown setting \"threads\"");
        QTest::newRow("row missing file") << jobs("e5.csv", "content,style\nc.png,art/s1.png\nc.png,art/none.png\n")
                                          << QString(QStringLiteral("e5.csv:3: ") + m_dir.filePath(QStringLiteral("art/none.png")) + QStringLiteral(" does not exist"));
        QTest::newRow("row no style") << jobs("e6.csv", "content\nc.png\n") << QStringLiteral("e6.csv:2: Choose at least one style image");
        QTest::newRow("row output type") << jobs("e7.csv", "content,style,output\nc.png,art/s1.png,x.bmp\n")
                                         << QStringLiteral("e7.csv:2: Cannot write");
        QTest::newRow("row blend count") << jobs("e8.csv", "content,style,style-blend\nc.png,art/s1.png,1;2\n")
                                         << QStringLiteral("e8.csv:2: --style-blend has 2 weights for 1 style images");
        QTest::newRow("list syntax") << jobs("e9.jsonl", "{\"content\": \"c.png\"\n") << QStringLiteral("e9.jsonl:1: not valid JSON");
    }

    void mistakesAreRefusedBeforeAnythingRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto batch = request(arguments);
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().contains(message), qPrintable(batch.error()));
        if (!arguments.contains(QLatin1String("--jobs")))
            QVERIFY2(!batch.error().contains(QLatin1String(".csv:")), qPrintable(batch.error()));
    }

    void singlePictureModeSaysWhenABatchWasMeant()
    {
        QCommandLineParser parser;
        nss::addStyleOptions(parser);
        nss::addBatchOptions(parser);
        QVERIFY(parser.parse(nss::expandBareValues(withProgram(list("--content", "a.jpg", "b.jpg", "--style", "s.png", "--output", "o.png")))));
        QVERIFY(!nss::isBatchRequest(parser));
        QVERIFY2(nss::singlePictureProblem(parser).contains(QLatin1String("--output-dir")),
                 qPrintable(nss::singlePictureProblem(parser)));
        QCommandLineParser blended;
        nss::addStyleOptions(blended);
        nss::addBatchOptions(blended);
        QVERIFY(blended.parse(withProgram(list("--content", "a.jpg", "--style", "s.png", "t.png", "--output", "o.png"))));
        QVERIFY(nss::singlePictureProblem(blended).isEmpty()); // several styles blend into one picture
    }
};

QTEST_GUILESS_MAIN(TestBatchArgs)
#include "tst_batchargs.moc"
