// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "filelimit.h"
#include "video/videofile.h"
#include "video/videoreader.h"
#include "video/videowriter.h"
#include "videotestutil.h"

using namespace nss;
using namespace videotest;

// core/video's file layer: probe, read upright, write H.264 and VP9 with the sound copied bit for
// bit, and a readable message for every broken file, with nothing left behind by a failed write.
class TestVideoFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probesTheClip();
    void readsEveryFrame();
    void writesMp4WithTheSameSound();
    void writesWebmWithTheSameSound();
    void refusesSoundTheContainerCannotHold();
    void readsRotatedClipsUpright();
    void padsOddSizes();
    void theSameFramesGiveTheSameBits();
    void badInputs_data();
    void badInputs();
    void unreadableFile();
    void writerFailuresLeaveNothing();
    void fullDiskLeavesNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool ffmpeg(const QStringList &arguments);
    QByteArray soundPackets(const QString &file);
    void checkOutput(const QString &file, const QString &codec);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
};

bool TestVideoFile::ffmpeg(const QStringList &arguments)
{
    QProcess process;
    process.start(m_ffmpeg,
                  QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-nostdin"), QStringLiteral("-y")}
                      + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("ffmpeg %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// The payloads of every audio packet, as stored (no decoding).
QByteArray TestVideoFile::soundPackets(const QString &file)
{
    QProcess process;
    process.start(m_ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file, QStringLiteral("-map"),
                             QStringLiteral("0:a"), QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"),
                             QStringLiteral("data"), QStringLiteral("-")});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

void TestVideoFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (m_ffmpeg.isEmpty())
        QSKIP("The ffmpeg program is not installed (tools/bootstrap-debian installs it): the test clips cannot be made.");
    for (int i = 0; i < kFrames; ++i)
        QVERIFY(sourceFrame(i).save(path(QStringLiteral("frame%1.png").arg(i, 2, 10, QLatin1Char('0')))));
    const QStringList frames = {QStringLiteral("-framerate"), QStringLiteral("12"), QStringLiteral("-i"),
                                path(QStringLiteral("frame%02d.png"))};
    const QStringList tone = {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("sine=frequency=440:duration=1.25:sample_rate=48000")};
    const QStringList h264 = {QStringLiteral("-c:v"),    QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                              QStringLiteral("yuv420p"), QStringLiteral("-crf"),    QStringLiteral("12")};
    // The clip, with its index first, so that a cut copy still starts.
    QVERIFY(ffmpeg(frames + tone + h264
                   + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-movflags"),
                                 QStringLiteral("+faststart"), path(QStringLiteral("clip.mp4"))}));
    QVERIFY(ffmpeg(tone + QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"), path(QStringLiteral("tone.ogg"))}));
    QVERIFY(ffmpeg(tone + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac"), path(QStringLiteral("tone.m4a"))}));
}

void TestVideoFile::probesTheClip()
{
    const Expected<VideoInfo> info = probeVideo(path(QStringLiteral("clip.mp4")));
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->size, kSize);
    QCOMPARE(info->rotation, 0);
    QCOMPARE(info->frameRate, (FrameRate{12, 1}));
    QCOMPARE(info->frameCount, qint64(kFrames));
    QVERIFY(!info->frameCountEstimated);
    QVERIFY(info->hasAudio);
    QCOMPARE(info->codecName, QStringLiteral("h264"));
    QVERIFY2(std::abs(info->durationSeconds - double(kFrames) / 12.0) < 0.01, qPrintable(QString::number(info->durationSeconds)));
    QVERIFY(looksLikeVideo(path(QStringLiteral("clip.mp4"))));
    QVERIFY(!looksLikeVideo(path(QStringLiteral("frame00.png"))));
    QVERIFY(!looksLikeVideo(path(QStringLiteral("tone.m4a"))));
}

void TestVideoFile::readsEveryFrame()
{
    const Expected<std::vector<QImage>> frames = readAll(path(QStringLiteral("clip.mp4")));
    QVERIFY2(frames.ok(), qPrintable(frames.error()));
    QCOMPARE(int(frames->size()), kFrames);
    for (int i = 0; i < kFrames; ++i) {
        const QImage &frame = frames->at(size_t(i));
        QCOMPARE(frame.size(), kSize);
        QCOMPARE(frame.format(), QImage::Format_RGB32);
        const double difference = meanDifference(frame, sourceFrame(i));
        QVERIFY2(difference < 8.0, qPrintable(QStringLiteral("frame %1 differs by %2").arg(i).arg(difference)));
        if (i > 0)
            QCOMPARE(measuredShift(frames->at(size_t(i - 1)), frame), kShift);
    }
}

void TestVideoFile::checkOutput(const QString &file, const QString &codec)
{
    const Expected<VideoInfo> info = probeVideo(file);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->size, kSize);
    QCOMPARE(info->frameRate, (FrameRate{12, 1}));
    QCOMPARE(info->codecName, codec);
    QCOMPARE(info->rotation, 0);
    const Expected<std::vector<QImage>> frames = readAll(file);
    QVERIFY2(frames.ok(), qPrintable(frames.error()));
    QCOMPARE(int(frames->size()), kFrames);
    for (int i = 0; i < kFrames; ++i)
        QVERIFY(meanDifference(frames->at(size_t(i)), sourceFrame(i)) < 8.0);
    // Only the finished file is in the folder: no temporary left beside it.
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestVideoFile::writesMp4WithTheSameSound()
{
    const QString out = path(QStringLiteral("copy.mp4"));
    const Expected<std::vector<QImage>> frames = readAll(path(QStringLiteral("clip.mp4")));
    QVERIFY2(frames.ok(), qPrintable(frames.error()));
    Expected<std::unique_ptr<VideoWriter>> writer =
        VideoWriter::open(out, kSize, FrameRate{12, 1}, path(QStringLiteral("clip.mp4")));
    QVERIFY2(writer.ok(), qPrintable(writer.error()));
    for (const QImage &frame : frames.value()) {
        const Status written = writer.value()->writeFrame(frame);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(!QFile::exists(out)); // nothing at the name until finish()
    }
    const Status finished = writer.value()->finish();
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    checkOutput(out, QStringLiteral("h264"));
    QVERIFY(probeVideo(out)->hasAudio);
    const QByteArray sound = soundPackets(path(QStringLiteral("clip.mp4")));
    QVERIFY(sound.size() > 1000);
    QVERIFY(soundPackets(out) == sound);
}

void TestVideoFile::writesWebmWithTheSameSound()
{
    const QString out = path(QStringLiteral("copy.webm"));
    Expected<std::unique_ptr<VideoWriter>> writer =
        VideoWriter::open(out, kSize, FrameRate{12, 1}, path(QStringLiteral("tone.ogg")));
    QVERIFY2(writer.ok(), qPrintable(writer.error()));
    for (int i = 0; i < kFrames; ++i)
        QVERIFY(writer.value()->writeFrame(sourceFrame(i)).ok());
    const Status finished = writer.value()->finish();
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    checkOutput(out, QStringLiteral("vp9"));
    const QByteArray sound = soundPackets(path(QStringLiteral("tone.ogg")));
    QVERIFY(sound.size() > 1000);
    QVERIFY(soundPackets(out) == sound);
}

void TestVideoFile::refusesSoundTheContainerCannotHold()
{
    const QString out = path(QStringLiteral("aac.webm"));
    const Expected<std::unique_ptr<VideoWriter>> writer =
        VideoWriter::open(out, kSize, FrameRate{12, 1}, path(QStringLiteral("tone.m4a")));
    QVERIFY(!writer.ok());
    QVERIFY2(writer.error().contains(QStringLiteral("aac")) && writer.error().contains(QStringLiteral("WEBM")),
             qPrintable(writer.error()));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*aac.webm*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestVideoFile::readsRotatedClipsUpright()
{
    const QString rotated = path(QStringLiteral("rotated.mp4"));
    QVERIFY(ffmpeg({QStringLiteral("-i"), path(QStringLiteral("clip.mp4")), QStringLiteral("-c"), QStringLiteral("copy"),
                    QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"), rotated}));
    const Expected<VideoInfo> info = probeVideo(rotated);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    // The tag's direction changed between FFmpeg versions (5.1 stores rotate=90 as a quarter turn
    // counter-clockwise): the reference is the picture the ffmpeg program shows, which it turns upright.
    QVERIFY2(info->rotation == 90 || info->rotation == 270, qPrintable(QString::number(info->rotation)));
    QCOMPARE(info->size, kSize.transposed());
    const Expected<std::vector<QImage>> frames = readAll(rotated);
    QVERIFY2(frames.ok(), qPrintable(frames.error()));
    QCOMPARE(int(frames->size()), kFrames);
    const QString shown = path(QStringLiteral("rotated5.png"));
    QVERIFY(ffmpeg({QStringLiteral("-i"), rotated, QStringLiteral("-vf"), QStringLiteral("select=eq(n\\,5)"),
                    QStringLiteral("-frames:v"), QStringLiteral("1"), shown}));
    const QImage upright = QImage(shown).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(upright.size(), kSize.transposed());
    QCOMPARE(frames->at(5).size(), upright.size());
    const double fromCli = meanDifference(frames->at(5), upright);
    QVERIFY2(fromCli < 8.0, qPrintable(QString::number(fromCli))); // chroma upsampled differently
    const QImage wrongWay = sourceFrame(5).transformed(QTransform().rotate(info->rotation + 180));
    QVERIFY(meanDifference(frames->at(5), wrongWay) > 20.0);
    const QImage turned = sourceFrame(5).transformed(QTransform().rotate(info->rotation)); // clockwise
    QVERIFY(meanDifference(frames->at(5), turned) < 8.0);
}

void TestVideoFile::padsOddSizes()
{
    const QString out = path(QStringLiteral("odd.mkv"));
    Expected<std::unique_ptr<VideoWriter>> writer = VideoWriter::open(out, QSize(15, 9), FrameRate{30000, 1001});
    QVERIFY2(writer.ok(), qPrintable(writer.error()));
    QCOMPARE(writer.value()->encodedSize(), QSize(16, 10));
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.value()->writeFrame(sourceFrame(i).copy(0, 0, 15, 9)).ok());
    QVERIFY(writer.value()->finish().ok());
    const Expected<VideoInfo> info = probeVideo(out);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->size, QSize(16, 10));
    QCOMPARE(info->frameRate, (FrameRate{30000, 1001}));
    QVERIFY(!info->hasAudio);
}

// A resumed job writes the same video as an unbroken one only if the encoder's output depends on
// the frames alone. x264's AVX-512 code read memory it never wrote (glibc's M_PERTURB fills it).
void TestVideoFile::theSameFramesGiveTheSameBits()
{
#ifndef __GLIBC__
    QSKIP("Only glibc can fill new memory with a chosen byte.");
#else
    QByteArray videos[2];
    for (const int i : {0, 1}) {
        mallopt(M_PERTURB, i == 0 ? 0x3a : 0xc5);
        const QString out = path(QStringLiteral("same%1.mp4").arg(i));
        Expected<std::unique_ptr<VideoWriter>> writer = VideoWriter::open(out, kSize, FrameRate{12, 1});
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        for (int frame = 0; frame < kFrames; ++frame)
            QVERIFY(writer.value()->writeFrame(sourceFrame(frame)).ok());
        QVERIFY(writer.value()->finish().ok());
        videos[i] = fileBytes(out);
    }
    mallopt(M_PERTURB, 0);
    QVERIFY(videos[0].size() > 1000);
    QVERIFY(videos[0] == videos[1]);
#endif
}

void TestVideoFile::badInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    if (m_ffmpeg.isEmpty())
        return;
    const QByteArray clip = fileBytes(path(QStringLiteral("clip.mp4")));
    QVERIFY(!clip.isEmpty());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.mp4")));
    writeBytes(path(QStringLiteral("empty.mp4")), {});
    writeBytes(path(QStringLiteral("notes.txt")), "Not a video, but FFmpeg opens .txt files as ANSI art.\n");
    writeBytes(path(QStringLiteral("notes.mp4")), "Not a video either.\n");
    writeBytes(path(QStringLiteral("cut.mp4")), clip.left(clip.size() * 6 / 10));
    QByteArray corrupt = clip;
    QRandomGenerator random(7);
    for (qsizetype i = corrupt.size() / 3; i < corrupt.size() * 2 / 3; ++i)
        corrupt[i] = char(random.bounded(256));
    writeBytes(path(QStringLiteral("corrupt.mp4")), corrupt);
    // 31000 pixels wide: past kMaxImageSide, announced by a raw video header.
    writeBytes(path(QStringLiteral("huge.y4m")),
               QByteArray("YUV4MPEG2 W31000 H16 F12:1 Ip A1:1 C420jpeg\nFRAME\n") + QByteArray(4096, '\x80'));
    // A raw video header with no frame after it (FFmpeg writes no valid MP4 or MKV of zero frames).
    writeBytes(path(QStringLiteral("zero.y4m")), "YUV4MPEG2 W160 H96 F12:1 Ip A1:1 C420jpeg\n");

    QTest::newRow("missing") << QStringLiteral("missing.mp4") << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder.mp4") << QStringLiteral("is a folder");
    QTest::newRow("empty") << QStringLiteral("empty.mp4") << QStringLiteral("is empty");
    QTest::newRow("text named .txt") << QStringLiteral("notes.txt") << QStringLiteral("could not be read as a video");
    QTest::newRow("text named .mp4") << QStringLiteral("notes.mp4") << QStringLiteral("could not be read as a video");
    QTest::newRow("picture") << QStringLiteral("frame00.png") << QStringLiteral("is a picture, not a video");
    QTest::newRow("sound only") << QStringLiteral("tone.m4a") << QStringLiteral("has no video stream");
    QTest::newRow("truncated") << QStringLiteral("cut.mp4") << QStringLiteral("ends early");
    QTest::newRow("corrupt") << QStringLiteral("corrupt.mp4") << QStringLiteral("damaged");
    QTest::newRow("huge") << QStringLiteral("huge.y4m") << QStringLiteral("31000 x 16 pixels");
    QTest::newRow("zero frames") << QStringLiteral("zero.y4m") << QStringLiteral("has no video frames");
}

void TestVideoFile::badInputs()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const Expected<std::vector<QImage>> frames = readAll(path(file));
    QVERIFY2(!frames.ok(), qPrintable(QStringLiteral("%1 read as %2 frames").arg(file).arg(frames.ok() ? frames->size() : 0)));
    QVERIFY2(frames.error().contains(problem), qPrintable(frames.error()));
    QVERIFY2(frames.error().contains(QFileInfo(file).fileName()), qPrintable(frames.error()));
    const bool readable = probeVideo(path(file)).ok(); // a damaged file may still have a good header
    QCOMPARE(looksLikeVideo(path(file)), readable);
    if (!readable)
        QCOMPARE(probeVideo(path(file)).error().isEmpty(), false);
}

void TestVideoFile::unreadableFile()
{
    if (geteuid() == 0)
        QSKIP("Root reads every file: permissions cannot make one unreadable.");
    const QString file = path(QStringLiteral("locked.mp4"));
    QVERIFY(QFile::copy(path(QStringLiteral("clip.mp4")), file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
    const Expected<VideoInfo> info = probeVideo(file);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QStringLiteral("cannot be read")) && info.error().contains(QStringLiteral("locked.mp4")),
             qPrintable(info.error()));
}

void TestVideoFile::writerFailuresLeaveNothing()
{
    const QDir folder(m_dir.path());
    const auto leftovers = [&] { return folder.entryList({QStringLiteral("*w-*")}, QDir::Files | QDir::Hidden); };
    const Expected<std::unique_ptr<VideoWriter>> avi =
        VideoWriter::open(path(QStringLiteral("w-a.avi")), kSize, FrameRate{12, 1});
    QVERIFY(!avi.ok() && avi.error().contains(QStringLiteral(".webm")));
    const Expected<std::unique_ptr<VideoWriter>> nowhere =
        VideoWriter::open(path(QStringLiteral("none/w.mp4")), kSize, FrameRate{12, 1});
    QVERIFY(!nowhere.ok() && nowhere.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!VideoWriter::open(path(QStringLiteral("w-b.mp4")), QSize(0, 10), FrameRate{12, 1}).ok());
    QVERIFY(!VideoWriter::open(path(QStringLiteral("w-b.mp4")), kSize, FrameRate{12, 0}).ok());
    const Expected<std::unique_ptr<VideoWriter>> noSound =
        VideoWriter::open(path(QStringLiteral("w-c.mp4")), kSize, FrameRate{12, 1}, path(QStringLiteral("missing.m4a")));
    QVERIFY(!noSound.ok() && noSound.error().contains(QStringLiteral("does not exist")));
    {
        // Abandoned: destroyed without finish().
        Expected<std::unique_ptr<VideoWriter>> writer =
            VideoWriter::open(path(QStringLiteral("w-d.mp4")), kSize, FrameRate{12, 1});
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->writeFrame(sourceFrame(0)).ok());
        const Status wrongSize = writer.value()->writeFrame(QImage(10, 10, QImage::Format_RGB32));
        QVERIFY(!wrongSize.ok() && wrongSize.error().contains(QStringLiteral("10 x 10")));
        QCOMPARE(leftovers().size(), 1); // the hidden file in progress
    }
    {
        Expected<std::unique_ptr<VideoWriter>> writer =
            VideoWriter::open(path(QStringLiteral("w-e.mp4")), kSize, FrameRate{12, 1});
        QVERIFY(writer.ok());
        const Status empty = writer.value()->finish();
        QVERIFY(!empty.ok() && empty.error().contains(QStringLiteral("no frames")));
    }
    QCOMPARE(leftovers(), QStringList());
}

void TestVideoFile::fullDiskLeavesNothing()
{
    const QString out = path(QStringLiteral("full.mp4"));
    writeBytes(out, "the previous video");
    QImage noise(320, 192, QImage::Format_RGB32);
    QRandomGenerator random(3);
    Status result = succeeded();
    {
        Expected<std::unique_ptr<VideoWriter>> writer = VideoWriter::open(out, noise.size(), FrameRate{12, 1});
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        const FileSizeLimit full(64 * 1024); // the disk fills after 64 KiB
        for (int i = 0; i < 12 && result.ok(); ++i) {
            for (int y = 0; y < noise.height(); ++y)
                for (int x = 0; x < noise.width(); ++x)
                    noise.setPixel(x, y, random.generate() | 0xff000000u);
            result = writer.value()->writeFrame(noise);
        }
        if (result.ok())
            result = writer.value()->finish();
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("disk full")) && result.error().contains(QStringLiteral("full.mp4")),
             qPrintable(result.error()));
    QCOMPARE(fileBytes(out), QByteArray("the previous video"));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".full.mp4*")}, QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestVideoFile)
#include "tst_videofile.moc"
