// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "testimages.h"
#include "io/imageexport.h"
#include "io/runcheckpoint.h"

// End to end: the built `neural-style` on small generated images with the fixture weights.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_content, m_style, m_style2;

    static QString weights() { return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"); }

    struct Result
    {
        int exitCode = -1;
        QString out, err;
    };

    Result neuralStyle(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"), arguments);
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // Starts neural-style, sends `signal` once stderr holds `until`, and waits for it to end
    // (exit code -1 when it did not end normally).
    Result interruptedAfter(const QStringList &arguments, const QString &until, int signal = SIGINT)
    {
        QProcess process;
        process.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"), arguments);
        Result r;
        if (!process.waitForStarted())
            return r;
        QElapsedTimer waited;
        waited.start();
        while (!r.err.contains(until) && waited.elapsed() < 120000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(500);
            r.err += QString::fromUtf8(process.readAllStandardError());
        }
        if (process.state() == QProcess::Running)
            ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(120000))
            process.kill();
        r.err += QString::fromUtf8(process.readAllStandardError());
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return r;
    }

    QStringList base() const
    {
        return {QStringLiteral("--content"), m_content,           QStringLiteral("--style"),   m_style,
                QStringLiteral("--weights"), weights(),           QStringLiteral("--size"),    QStringLiteral("40"),
                QStringLiteral("--steps"),   QStringLiteral("4"), QStringLiteral("--threads"), QStringLiteral("2")};
    }

    QString save(const QString &name, int w, int h, QRgb a, QRgb b)
    {
        const QString path = m_dir.filePath(name);
        testimages::pattern(w, h, a, b).save(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_content = save(QStringLiteral("content.png"), 60, 40, qRgb(200, 170, 80), qRgb(30, 80, 140));
        m_style = save(QStringLiteral("style.png"), 40, 40, qRgb(230, 20, 20), qRgb(20, 20, 220));
        m_style2 = save(QStringLiteral("style2.jpg"), 30, 50, qRgb(20, 200, 40), qRgb(250, 250, 250));
    }

    void writesTheImageAndTheFrames()
    {
        const QString output = m_dir.filePath(QStringLiteral("out.png"));
        const QString frames = m_dir.filePath(QStringLiteral("frames"));
        const auto r = neuralStyle(base()
                                   + QStringList{QStringLiteral("--output"), output, QStringLiteral("--save-every"),
                                                 QStringLiteral("2"), QStringLiteral("--frames-dir"), frames});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImageReader reader(output);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.read().size(), QSize(40, 27)); // 60x40 to longest side 40, aspect kept
        const auto metadata = nss::readImageMetadata(output); // the settings travel with the picture
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->step, 4);
        QCOMPARE(metadata->settings.steps, 4);
        QCOMPARE(metadata->settings.contentPath, m_content);
        QCOMPARE(QDir(frames).entryList(QDir::Files),
                 (QStringList{QStringLiteral("frame-000002.png"), QStringLiteral("frame-000004.png")}));
        QVERIFY(!QImage(QDir(frames).filePath(QStringLiteral("frame-000004.png"))).isNull());
        QVERIFY2(r.err.contains(QLatin1String("step 4/4")), qPrintable(r.err)); // progress on stderr
        QVERIFY(r.out.isEmpty());
    }

    // Ctrl+C keeps the picture: the run stops at its next step and writes what it has.
    void anInterruptWritesThePictureSoFar_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void anInterruptWritesThePictureSoFar()
    {
        QFETCH(int, signal);
        const QString output = m_dir.filePath(QStringLiteral("interrupted-%1.png").arg(signal));
        const QString frames = m_dir.filePath(QStringLiteral("interrupted-frames-%1").arg(signal));
        QStringList arguments = base();
        arguments[arguments.indexOf(QStringLiteral("--steps")) + 1] = QStringLiteral("100000");
        arguments << QStringLiteral("--output") << output << QStringLiteral("--save-every") << QStringLiteral("1")
                  << QStringLiteral("--frames-dir") << frames;
        const Result r = interruptedAfter(arguments, QStringLiteral("step 1/"), signal);
        QVERIFY2(r.err.contains(QLatin1String("step 1/")), qPrintable(r.err));
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.err.contains(QLatin1String("Interrupted at step")), qPrintable(r.err));
        QCOMPARE(QImage(output).size(), QSize(40, 27));
        const auto metadata = nss::readImageMetadata(output);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QVERIFY(metadata->step >= 1 && metadata->step < 100000);
    }

    // --checkpoint: a stopped run is continued by the same command, in a new process, and the file
    // goes once the picture is written; a checkpoint of another run, or a damaged one, is refused.
    void aStoppedRunContinuesFromItsCheckpoint()
    {
        const QString output = m_dir.filePath(QStringLiteral("continued.png"));
        const QString checkpoint = m_dir.filePath(QStringLiteral("run.nsscheckpoint"));
        QStringList arguments = base();
        arguments[arguments.indexOf(QStringLiteral("--steps")) + 1] = QStringLiteral("100000");
        arguments << QStringLiteral("--output") << output << QStringLiteral("--checkpoint") << checkpoint;
        const Result first = interruptedAfter(arguments, QStringLiteral("step 10/"));
        QCOMPARE(first.exitCode, 130);
        const QRegularExpression saved(QStringLiteral("Saved step (\\d+) to "));
        const auto firstSaved = saved.match(first.err);
        QVERIFY2(firstSaved.hasMatch(), qPrintable(first.err));
        QVERIFY(QFileInfo::exists(checkpoint));

        // The same command again: it says where it continues, and its steps count on.
        const Result second = interruptedAfter(arguments, QStringLiteral(" steps/s"));
        QCOMPARE(second.exitCode, 130);
        QVERIFY2(second.err.contains(QStringLiteral("Continuing from %1: step %2 of 100000")
                                         .arg(QDir::toNativeSeparators(checkpoint), firstSaved.captured(1))),
                 qPrintable(second.err));
        const auto firstStep = QRegularExpression(QStringLiteral("step (\\d+)/100000")).match(second.err);
        QVERIFY2(firstStep.hasMatch() && firstStep.captured(1).toInt() > firstSaved.captured(1).toInt(), qPrintable(second.err));
        QVERIFY(saved.match(second.err).captured(1).toInt() >= firstStep.captured(1).toInt());

        // Another run's settings, or a damaged file: refused before any work, and the file is kept.
        const Result other = neuralStyle(arguments + QStringList{QStringLiteral("--style-weight"), QStringLiteral("1000")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QLatin1String("was saved by a run of other pictures or settings")), qPrintable(other.err));
        QVERIFY(QFileInfo::exists(checkpoint));
        const QString junk = m_dir.filePath(QStringLiteral("junk.nsscheckpoint"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("not a checkpoint");
        junkFile.close();
        QStringList withJunk = arguments;
        withJunk[withJunk.indexOf(checkpoint)] = junk;
        const Result damaged = neuralStyle(withJunk);
        QCOMPARE(damaged.exitCode, 2);
        QVERIFY2(damaged.err.contains(QLatin1String("is not a Neural Style Studio checkpoint")), qPrintable(damaged.err));
        QVERIFY(!damaged.err.contains(QLatin1String("step ")));

        // Moved on to its last steps (the file's own format), the run finishes: the picture is
        // written with all its steps and the checkpoint is gone.
        auto near = nss::loadRunCheckpoint(checkpoint);
        QVERIFY2(near.ok(), qPrintable(near.error()));
        near->step = 99996;
        QVERIFY(nss::saveRunCheckpoint(checkpoint, near.value()).ok());
        const Result last = neuralStyle(arguments);
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QVERIFY2(last.err.contains(QLatin1String("step 99996 of 100000")), qPrintable(last.err));
        QVERIFY2(last.err.contains(QLatin1String("step 100000/100000")), qPrintable(last.err));
        QVERIFY(!QFileInfo::exists(checkpoint));
        const auto metadata = nss::readImageMetadata(output);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->step, 100000);

        // One picture only: batches resume by their own --resume.
        const Result batch = neuralStyle(base() + QStringList{QStringLiteral("--output-dir"), m_dir.path(), QStringLiteral("--checkpoint"), checkpoint});
        QCOMPARE(batch.exitCode, 2);
        QVERIFY2(batch.err.contains(QLatin1String("--checkpoint is for a single picture")), qPrintable(batch.err));
    }

    // A frame that cannot be written is reported and the run goes on to write its result.
    void aFrameThatCannotBeSavedDoesNotCostTheResult()
    {
        const QString output = m_dir.filePath(QStringLiteral("despite-frames.png"));
        const QString frames = m_dir.filePath(QStringLiteral("blocked-frames"));
        // A folder where frame 2's file should go: root cannot write over it either.
        QVERIFY(QDir().mkpath(frames + QStringLiteral("/frame-000002.png")));
        const auto r = neuralStyle(base()
                                   + QStringList{QStringLiteral("--output"), output, QStringLiteral("--save-every"),
                                                 QStringLiteral("2"), QStringLiteral("--frames-dir"), frames});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Frame 2 was not saved")), qPrintable(r.err));
        QVERIFY2(r.err.indexOf(QLatin1String("Frame 2 was not saved")) < r.err.indexOf(QLatin1String("step 4/4")),
                 qPrintable(r.err)); // at once, not at the end
        QVERIFY(QFileInfo::exists(frames + QStringLiteral("/frame-000004.png"))); // the next frame still came
        QCOMPARE(QImage(output).size(), QSize(40, 27));
        QVERIFY2(!r.err.contains(QLatin1String("frame #")), qPrintable(r.err)); // no backtrace
    }

    void everyOptionIsAccepted()
    {
        const QString output = m_dir.filePath(QStringLiteral("all.jpg"));
        const auto r = neuralStyle(base()
                                   + QStringList{QStringLiteral("--output"),
                                                 output,
                                                 QStringLiteral("--style"),
                                                 m_style2,
                                                 QStringLiteral("--style-blend"),
                                                 QStringLiteral("0.7,0.3"),
                                                 QStringLiteral("--optimizer"),
                                                 QStringLiteral("adam"),
                                                 QStringLiteral("--lr"),
                                                 QStringLiteral("0.05"),
                                                 QStringLiteral("--content-weight"),
                                                 QStringLiteral("2"),
                                                 QStringLiteral("--style-weight"),
                                                 QStringLiteral("1e5"),
                                                 QStringLiteral("--tv-weight"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--init"),
                                                 QStringLiteral("noise"),
                                                 QStringLiteral("--seed"),
                                                 QStringLiteral("9"),
                                                 QStringLiteral("--pooling"),
                                                 QStringLiteral("avg"),
                                                 QStringLiteral("--keep-colors"),
                                                 QStringLiteral("histogram"),
                                                 QStringLiteral("--style-scale"),
                                                 QStringLiteral("0.8"),
                                                 QStringLiteral("--scales"),
                                                 QStringLiteral("2"),
                                                 QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(output).size(), QSize(40, 27));

        // An init image and the luminance transfer.
        const QString output2 = m_dir.filePath(QStringLiteral("init.png"));
        const auto r2 = neuralStyle(base()
                                    + QStringList{QStringLiteral("--output"), output2, QStringLiteral("--init"), m_style2,
                                                  QStringLiteral("--keep-colors"), QStringLiteral("luminance")});
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QCOMPARE(QImage(output2).size(), QSize(40, 27));
    }

    // The layers and their weights reach the run: the picture's embedded settings carry them.
    void layersAreChosenOnTheCommandLine()
    {
        const QString output = m_dir.filePath(QStringLiteral("layers.png"));
        const auto r = neuralStyle(base()
                                   + QStringList{QStringLiteral("--output"), output, QStringLiteral("--style-layers"),
                                                 QStringLiteral("conv1_1:0.2, conv2_1 ,conv3_1:0.5"),
                                                 QStringLiteral("--content-layers"), QStringLiteral("conv3_2:2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto metadata = nss::readImageMetadata(output);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        const QList<nss::LayerWeight> style{
            {QStringLiteral("conv1_1"), 0.2}, {QStringLiteral("conv2_1"), 1.0}, {QStringLiteral("conv3_1"), 0.5}};
        QCOMPARE(metadata->settings.styleLayers, style);
        QCOMPARE(metadata->settings.contentLayers, QList<nss::LayerWeight>({{QStringLiteral("conv3_2"), 2.0}}));
    }

    // Region masks (issue 21): a mask per style and a keep mask reach the run and the picture's
    // embedded settings; a mask of the photo's shape and another size is resized, with a note.
    void masksAreGivenOnTheCommandLine()
    {
        QImage half(120, 80, QImage::Format_Grayscale8);
        half.fill(0);
        for (int y = 0; y < 80; ++y)
            for (int x = 0; x < 60; ++x)
                half.setPixel(x, y, qRgb(255, 255, 255));
        const QString left = m_dir.filePath(QStringLiteral("left.png"));
        QVERIFY(half.save(left));
        const QString keep = m_dir.filePath(QStringLiteral("keep.png"));
        QVERIFY(half.mirrored(true, false).scaled(60, 40).save(keep));
        QImage top(80, 80, QImage::Format_Grayscale8); // the part of the first painting to use
        top.fill(0);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 80; ++x)
                top.setPixel(x, y, qRgb(255, 255, 255));
        const QString part = m_dir.filePath(QStringLiteral("part.png"));
        QVERIFY(top.save(part));
        const QString output = m_dir.filePath(QStringLiteral("masked.png"));
        const auto r = neuralStyle(base()
                                   + QStringList{QStringLiteral("--output"), output, QStringLiteral("--style"), m_style2,
                                                 QStringLiteral("--style-mask"), left, QStringLiteral("--keep-mask"), keep,
                                                 QStringLiteral("--style-source-mask"), part});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("left.png (120 × 80 px) is resized to the photo's 60 × 40 px")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("keep.png (")), qPrintable(r.err)); // the photo's size: no note
        const auto metadata = nss::readImageMetadata(output);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.styles.size(), 2);
        QCOMPARE(metadata->settings.styles[0].maskPath, left);
        QVERIFY(metadata->settings.styles[1].maskPath.isEmpty());
        QCOMPARE(metadata->settings.keepMaskPath, keep);
        QCOMPARE(metadata->settings.styles[0].sourceMaskPath, part);
        QVERIFY(metadata->settings.styles[1].sourceMaskPath.isEmpty());
    }

    void benchmarkPrintsOneJsonLine()
    {
        const auto r = neuralStyle(base() + QStringList{QStringLiteral("--benchmark")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        const QJsonObject json = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("size")).toInt(), 40);
        QCOMPARE(json.value(QLatin1String("steps")).toInt(), 4);
        QCOMPARE(json.value(QLatin1String("optimizer")).toString(), QStringLiteral("lbfgs"));
        QVERIFY(json.value(QLatin1String("seconds_per_step_median")).toDouble() > 0.0);
        QVERIFY(json.value(QLatin1String("peak_rss_mib")).toDouble() > 1.0);
    }

    // Print sizes (issue 20): a size whose prediction does not fit is refused before anything is
    // allocated, with the memory it needs and no LibTorch backtrace; one that fits only in tiles
    // is painted in tiles, which the progress says. NSS_MEMORY_LIMIT_MB plays a small machine.
    void printSizesAreTiledOrRefused()
    {
        auto small = QProcessEnvironment::systemEnvironment();
        small.insert(QStringLiteral("NSS_MEMORY_LIMIT_MB"), QStringLiteral("300"));
        const QString output = m_dir.filePath(QStringLiteral("print.png"));
        QElapsedTimer clock;
        clock.start();
        const auto refused = neuralStyle(base() + QStringList{QStringLiteral("--size"), QStringLiteral("8192"), QStringLiteral("--output"), output}, small);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("At 8192 px this run needs about")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("only 300 MB is free")), qPrintable(refused.err));
        for (const char *trace : {"c10::", "Exception raised", "frame #"})
            QVERIFY2(!refused.err.contains(QLatin1String(trace)), qPrintable(refused.err));
        QVERIFY(clock.elapsed() < 60000); // refused up front, not after allocating
        QVERIFY(!QFile::exists(output));

        // 768 px needs about 2.3 GB whole; 1200 MB is enough in tiles.
        auto medium = QProcessEnvironment::systemEnvironment();
        medium.insert(QStringLiteral("NSS_MEMORY_LIMIT_MB"), QStringLiteral("1200"));
        const auto tiled = neuralStyle(base() + QStringList{QStringLiteral("--size"), QStringLiteral("768"), QStringLiteral("--steps"),
                                                            QStringLiteral("1"), QStringLiteral("--scales"), QStringLiteral("1"),
                                                            QStringLiteral("--output"), output},
                                       medium);
        QVERIFY2(tiled.exitCode == 0, qPrintable(tiled.err));
        QVERIFY2(tiled.err.contains(QRegularExpression(QStringLiteral("tile \\d+ of \\d+"))), qPrintable(tiled.err));
        QCOMPARE(QImage(output).size(), QSize(768, 512));
    }

    void badInputExitsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        const QStringList ok = base() + QStringList{QStringLiteral("--output"), out};
        auto with = [&](const QStringList &extra) { return ok + extra; };
        QTest::newRow("no content") << QStringList{QStringLiteral("--style"), m_style, QStringLiteral("--output"), out}
                                    << QStringLiteral("--content");
        QTest::newRow("no style") << QStringList{QStringLiteral("--content"), m_content, QStringLiteral("--output"), out}
                                  << QStringLiteral("--style");
        QTest::newRow("no output") << QStringList{QStringLiteral("--content"), m_content, QStringLiteral("--style"), m_style}
                                   << QStringLiteral("--output");
        QTest::newRow("missing content file")
            << QStringList{QStringLiteral("--content"), m_dir.filePath(QStringLiteral("nope.png")),
                           QStringLiteral("--style"),   m_style,
                           QStringLiteral("--output"),  out,
                           QStringLiteral("--weights"), weights()}
            << QStringLiteral("nope.png");
        QTest::newRow("size not a number") << with({QStringLiteral("--size"), QStringLiteral("big")})
                                           << QStringLiteral("--size expects a whole number");
        QTest::newRow("size too small") << with({QStringLiteral("--size"), QStringLiteral("4")})
                                        << QStringLiteral("Output size must be between");
        QTest::newRow("steps zero") << with({QStringLiteral("--steps"), QStringLiteral("0")})
                                    << QStringLiteral("Steps must be between");
        QTest::newRow("bad optimizer") << with({QStringLiteral("--optimizer"), QStringLiteral("sgd")})
                                       << QStringLiteral("--optimizer must be lbfgs or adam");
        QTest::newRow("bad pooling") << with({QStringLiteral("--pooling"), QStringLiteral("min")})
                                     << QStringLiteral("--pooling must be max or avg");
        QTest::newRow("bad keep-colors") << with({QStringLiteral("--keep-colors"), QStringLiteral("all")})
                                         << QStringLiteral("--keep-colors must be");
        QTest::newRow("negative style weight")
            << with({QStringLiteral("--style-weight"), QStringLiteral("-3")}) << QStringLiteral("style weight");
        QTest::newRow("blend count") << with({QStringLiteral("--style-blend"), QStringLiteral("0.5,0.5")})
                                     << QStringLiteral("--style-blend has 2 weights for 1 style images");
        QTest::newRow("unknown output type")
            << (base() + QStringList{QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.xyz"))})
            << QStringLiteral("unknown image type");
        QTest::newRow("save-every without folder")
            << with({QStringLiteral("--save-every"), QStringLiteral("2")}) << QStringLiteral("--frames-dir");
        QTest::newRow("missing init image") << with({QStringLiteral("--init"), m_dir.filePath(QStringLiteral("none.png"))})
                                            << QStringLiteral("none.png");
        QTest::newRow("missing weights") << with({QStringLiteral("--weights"), m_dir.filePath(QStringLiteral("w.pth"))})
                                         << QStringLiteral("w.pth");
        QTest::newRow("unknown option") << with({QStringLiteral("--colour")}) << QStringLiteral("colour");
        QTest::newRow("unknown style layer") << with({QStringLiteral("--style-layers"), QStringLiteral("conv1_1,conv9_9:2")})
                                             << QStringLiteral("--style-layers: Unknown VGG-19 layer \"conv9_9\"");
        QTest::newRow("unknown content layer") << with({QStringLiteral("--content-layers"), QStringLiteral("relu4_2")})
                                               << QStringLiteral("--content-layers: Unknown VGG-19 layer \"relu4_2\"");
        QTest::newRow("layer weight not a number") << with({QStringLiteral("--style-layers"), QStringLiteral("conv1_1:lots")})
                                                   << QStringLiteral("\"conv1_1:lots\" is not LAYER or LAYER:WEIGHT");
        QTest::newRow("layer weight out of range") << with({QStringLiteral("--content-layers"), QStringLiteral("conv4_2:1e9")})
                                                   << QStringLiteral("Layer weights must be numbers from 0 to 1e6");
        QTest::newRow("layer twice") << with({QStringLiteral("--style-layers"), QStringLiteral("conv1_1,conv1_1:2")})
                                     << QStringLiteral("The layer conv1_1 is listed twice in the style layers");
        QTest::newRow("more masks than styles")
            << with({QStringLiteral("--style-mask"), m_style, QStringLiteral("--style-mask"), m_style})
            << QStringLiteral("2 --style-mask files were given for 1 --style images");
        QTest::newRow("mask of another shape") << with({QStringLiteral("--style-mask"), m_style})
                                               << QStringLiteral("does not have the photo's shape (60 × 40 px)");
        QTest::newRow("keep mask of another shape") << with({QStringLiteral("--keep-mask"), m_style2})
                                                    << QStringLiteral("style2.jpg (30 × 50 px) does not have the photo's shape");
        QTest::newRow("more source masks than styles")
            << with({QStringLiteral("--style-source-mask"), m_style, QStringLiteral("--style-source-mask"), m_style})
            << QStringLiteral("2 --style-source-mask files were given for 1 --style images");
        QTest::newRow("source mask of another shape")
            << with({QStringLiteral("--style-source-mask"), m_style2})
            << QStringLiteral("style2.jpg (30 × 50 px) does not have the shape of its painting (40 × 40 px)");
        QTest::newRow("missing mask file") << with({QStringLiteral("--keep-mask"), m_dir.filePath(QStringLiteral("gone.png"))})
                                           << QStringLiteral("gone.png");
        QTest::newRow("no style layer") << with({QStringLiteral("--style-layers"), QStringLiteral("")})
                                        << QStringLiteral("A style weight above 0 needs at least one style layer");
    }

    void badInputExitsWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = neuralStyle(arguments);
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag.contains(QLatin1String("layer")) || tag.contains(QLatin1String("mask")))
            QCOMPARE(r.exitCode, 2); // bad input, refused before the run
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.png"))));
    }

    void withoutWeightsItSaysWhereToGetThem()
    {
        QTemporaryDir home;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NSS_VGG19_WEIGHTS"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("TORCH_HOME"), home.filePath(QStringLiteral("torch")));
        const auto r = neuralStyle({QStringLiteral("--content"), m_content, QStringLiteral("--style"), m_style,
                                    QStringLiteral("--output"), m_dir.filePath(QStringLiteral("bad.png"))},
                                   env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("download.pytorch.org/models/vgg19-dcbad4b5.pth")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
