// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "engine/stylerunner.h"
#include "io/imageloader.h"
#include "testclips.h"
#include "testimages.h"
#include "video/videofile.h"
#include "video/videojob.h"
#include "video/videoreader.h"

// Video end to end (issue 23): the built `neural-style` and the video job on a clip made here,
// a picture panned by known shifts with a sine tone, and the fixture weights.
class TestVideo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip, m_style;
    static constexpr int kFrames = 14;

    static QString weights() { return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"); }
    static QString program() { return QStringLiteral(NSS_BINARY_DIR "/app/neural-style"); }

    QStringList arguments(const QString &content, const QString &output) const
    {
        return {QStringLiteral("--content"), content, QStringLiteral("--style"), m_style, QStringLiteral("--weights"), weights(),
                QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--steps"), QStringLiteral("16"),
                QStringLiteral("--frame-steps"), QStringLiteral("6"), QStringLiteral("--threads"), QStringLiteral("2"),
                QStringLiteral("--output"), output};
    }

    // The clip at 64 px with the test style, as the job's window or CLI would set it.
    nss::StyleSettings clipSettings(int steps) const
    {
        nss::StyleSettings settings;
        settings.contentPath = m_clip;
        settings.styles = {{m_style, 1.0, {}}};
        settings.outputSize = 64;
        settings.steps = steps;
        settings.threads = 2;
        return settings;
    }

    struct Result
    {
        int exitCode = -1;
        QString err;
    };
    Result neuralStyle(const QStringList &args)
    {
        QProcess process;
        process.start(program(), args);
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QList<QImage> decodedFrames(const QString &path)
    {
        QList<QImage> frames;
        auto reader = nss::VideoReader::open(path);
        if (!reader)
            return frames;
        while (true) {
            auto frame = reader.value()->nextFrame();
            if (!frame || !frame.value().has_value())
                return frames;
            frames.append(*frame.value());
        }
    }

    QString bytesOf(const QString &name, qint64 from, qint64 count)
    {
        QFile in(m_clip);
        in.open(QIODevice::ReadOnly);
        QByteArray bytes = in.readAll();
        const QString path = m_dir.filePath(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        if (count < 0) { // corrupt: garbage over the middle third
            for (qint64 i = bytes.size() / 3; i < 2 * bytes.size() / 3; ++i)
                bytes[i] = char((i * 7919) & 0xff);
            out.write(bytes);
        } else {
            out.write(bytes.mid(from, count));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!testclips::haveFfmpeg())
            QSKIP("the ffmpeg program makes the test clips: tools/bootstrap-debian installs it");
        QVERIFY(m_dir.isValid());
        QString error;
        m_clip = testclips::pannedClip(m_dir.path(), QStringLiteral("clip.mp4"), kFrames, 12, QSize(64, 48), 2, 1, true, &error);
        QVERIFY2(!m_clip.isEmpty(), qPrintable(error));
        m_style = m_dir.filePath(QStringLiteral("style.png"));
        QVERIFY(testimages::pattern(40, 40, qRgb(230, 20, 20), qRgb(20, 20, 220)).save(m_style));
        QVERIFY(nss::looksLikeVideo(m_clip));
        QVERIFY(!nss::looksLikeVideo(m_style));
    }

    void theVideoKeepsFramesRateSizeAndSound()
    {
        const QString output = m_dir.filePath(QStringLiteral("out.mp4"));
        const Result r = neuralStyle(arguments(m_clip, output));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("frame 14 of 14")), qPrintable(r.err));
        const auto info = nss::probeVideo(output);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->size, QSize(64, 48));
        QCOMPARE(info->frameRate, (nss::FrameRate{12, 1}));
        QVERIFY(info->hasAudio);
        QCOMPARE(decodedFrames(output).size(), kFrames);
        const QByteArray sound = testclips::audioMd5(m_clip);
        QVERIFY(!sound.isEmpty());
        QCOMPARE(testclips::audioMd5(output), sound); // copied, never re-encoded
        QCOMPARE(QDir(nss::workFolderFor(output)).entryList({QStringLiteral("frame-*.png")}).size(), kFrames);
    }

    // Killed (SIGKILL, no chance to tidy up) after frame 5 and run again: the same frames and video.
    void aKilledJobResumesToTheSameVideo()
    {
        const QString whole = m_dir.filePath(QStringLiteral("out.mp4"));
        QVERIFY(QFileInfo::exists(whole));
        const QString output = m_dir.filePath(QStringLiteral("killed.mp4"));
        const QString folder = nss::workFolderFor(output);
        QProcess process;
        process.start(program(), arguments(m_clip, output));
        QVERIFY(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!QFileInfo::exists(folder + QStringLiteral("/frame-000005.png")) && clock.elapsed() < 200000
               && process.state() == QProcess::Running)
            QTest::qWait(5);
        process.kill();
        process.waitForFinished();
        const int kept = int(QDir(folder).entryList({QStringLiteral("frame-*.png")}).size());
        QVERIFY2(kept >= 5 && kept < kFrames, qPrintable(QStringLiteral("%1 frames finished before the kill").arg(kept)));
        QVERIFY(!QFileInfo::exists(output));

        const Result again = neuralStyle(arguments(m_clip, output));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("Resumed after frame")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("%1 painted now").arg(kFrames - kept)), qPrintable(again.err));
        for (int i = 1; i <= kFrames; ++i) {
            const QString name = QStringLiteral("/frame-%1.png").arg(i, 6, 10, QLatin1Char('0'));
            const auto a = nss::loadImage(nss::workFolderFor(whole) + name), b = nss::loadImage(folder + name);
            QVERIFY(a.ok() && b.ok());
            QVERIFY2(a.value() == b.value(), qPrintable(QStringLiteral("frame %1 differs").arg(i)));
        }
        const QList<QImage> x = decodedFrames(whole), y = decodedFrames(output);
        QCOMPARE(x.size(), kFrames);
        QVERIFY(x == y);
        // Once more: nothing left to paint, the same video written again from the frames.
        const Result third = neuralStyle(arguments(m_clip, output));
        QVERIFY2(third.exitCode == 0 && third.err.contains(QLatin1String("all painted before")), qPrintable(third.err));
        QVERIFY(decodedFrames(output) == y);
    }

    // The issue's measure: the temporal error (each frame against the previous one warped by the
    // content's flow) is at most half of what every frame's own run gives.
    void theTemporalLossHalvesTheFlicker()
    {
        const auto settings = clipSettings(16);
        const auto style = nss::loadImage(m_style);
        QVERIFY(style.ok());
        double errors[2] = {0.0, 0.0};
        for (const bool independent : {false, true}) {
            nss::StyleRunner runner;
            runner.setNetworkFile(weights());
            nss::VideoOptions options;
            options.clipPath = m_clip;
            options.outputPath = m_dir.filePath(independent ? QStringLiteral("each.mkv") : QStringLiteral("temporal.mkv"));
            options.frameSteps = 6;
            options.maxFrames = 8;
            options.independentFrames = independent;
            const auto result = nss::runVideo(runner, settings, {style.value()}, options);
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result->frames, 8);
            errors[independent] = result->meanTemporalError;
        }
        qInfo("temporal error: %.5g with the temporal loss, %.5g frame by frame", errors[0], errors[1]);
        QVERIFY2(errors[0] <= 0.5 * errors[1], qPrintable(QStringLiteral("%1 against %2").arg(errors[0]).arg(errors[1])));
    }

    // Encoding a long clip takes minutes: a stop asked for then leaves the frames and no video, and
    // the job run again writes it from them.
    void aStopWhileWritingKeepsTheFrames()
    {
        const auto settings = clipSettings(4);
        const auto style = nss::loadImage(m_style);
        QVERIFY(style.ok());
        nss::StyleRunner runner;
        runner.setNetworkFile(weights());
        nss::VideoOptions options;
        options.clipPath = m_clip;
        options.outputPath = m_dir.filePath(QStringLiteral("stopped.mkv"));
        options.frameSteps = 2;
        options.maxFrames = 3;
        bool writing = false;
        nss::VideoHooks hooks;
        hooks.status = [&writing](const QString &message) { writing = writing || message.startsWith(QLatin1String("Writing")); };
        hooks.stopRequested = [&writing] { return writing; };
        const auto stopped = nss::runVideo(runner, settings, {style.value()}, options, hooks);
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        QVERIFY(writing && stopped->stopped);
        QCOMPARE(stopped->frames, 3);
        QVERIFY(!QFileInfo::exists(options.outputPath));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".stopped.mkv*")}, QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(QDir(nss::workFolderFor(options.outputPath)).entryList({QStringLiteral("frame-*.png")}).size(), 3);
        const auto again = nss::runVideo(runner, settings, {style.value()}, options);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(!again->stopped);
        QCOMPARE(again->resumedAt, 3);
        QCOMPARE(decodedFrames(options.outputPath).size(), 3);
    }

    void badVideosAreRefusedCleanly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("count");
        QTest::newRow("truncated") << QStringLiteral("truncated.mp4") << qint64(0) << qint64(-2);
        QTest::newRow("corrupt") << QStringLiteral("corrupt.mp4") << qint64(0) << qint64(-1);
        QTest::newRow("header only") << QStringLiteral("header.mp4") << qint64(0) << qint64(600);
    }

    void badVideosAreRefusedCleanly()
    {
        QFETCH(QString, name);
        QFETCH(qint64, from);
        QFETCH(qint64, count);
        const QString clip = count == -2 ? bytesOf(name, 0, QFileInfo(m_clip).size() * 6 / 10) : bytesOf(name, from, count);
        const QString output = m_dir.filePath(name + QStringLiteral(".out.mp4"));
        const Result r = neuralStyle(arguments(clip, output));
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("neural-style: ")) || r.err.contains(QLatin1String("\nneural-style: ")), qPrintable(r.err));
        for (const char *trace : {"c10::", "Exception raised", "frame #", "Segmentation"})
            QVERIFY2(!r.err.contains(QLatin1String(trace)), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(nss::workFolderFor(output))); // refused before any work
    }

    void anAudioFileIsNotAVideo()
    {
        QProcess ffmpeg;
        const QString audio = m_dir.filePath(QStringLiteral("tone.m4a"));
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                                QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=duration=0.5"), audio});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
        QVERIFY(!nss::looksLikeVideo(audio));
        const auto probed = nss::probeVideo(audio);
        QVERIFY(!probed.ok());
        QVERIFY2(probed.error().contains(QLatin1String("video")), qPrintable(probed.error()));
        const QString output = m_dir.filePath(QStringLiteral("tone.out.mp4"));
        const Result r = neuralStyle(arguments(audio, output));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no video")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(output));
    }
};

QTEST_GUILESS_MAIN(TestVideo)
#include "tst_video.moc"
