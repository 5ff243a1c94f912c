// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/ffmpegutil_p.h"

#include <array>
#include <cmath>
#include <cstdarg>
#include <mutex>
#include <utility>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "io/imageloader.h" // kMaxImageSide, kMaxImagePixels: header-only constants

extern "C" {
#include <libavutil/cpu.h>
#include <libavutil/display.h>
}

namespace nss::video {

Q_LOGGING_CATEGORY(lcVideo, "nss.video", QtWarningMsg)

namespace {

void logLine(void *object, int level, const char *format, va_list args)
{
    if (level > AV_LOG_WARNING)
        return;
    thread_local int printPrefix = 1;
    std::array<char, 1024> line{};
    av_log_format_line2(object, level, format, args, line.data(), int(line.size()), &printPrefix);
    qCDebug(lcVideo, "ffmpeg: %s", QByteArray(line.data()).trimmed().constData());
}

// Demuxers that read single pictures (and animations the image loader reads): never a video.
bool isPictureFormat(const char *name)
{
    const QByteArray format(name);
    return format.endsWith("_pipe") || format == "image2" || format == "gif" || format == "apng" || format == "ico"
           || format == "webp";
}

// Containers and raw streams that carry moving pictures. A list, not "anything FFmpeg opens":
// FFmpeg also opens text files (the tty demuxer, by extension) as "video".
bool isVideoFormat(const char *names)
{
    static const QList<QByteArray> known = {
        "mov",          "mp4",       "m4a",       "3gp", "3g2", "mj2",  "matroska", "webm", "avi",  "flv",       "mpeg",
        "mpegts",       "mpegtsraw", "mpegvideo", "ogg", "asf", "h264", "hevc",     "m4v",  "mxf",  "nut",       "ivf",
        "yuv4mpegpipe", "dv",        "rm",        "wtv", "obu", "av1",  "vc1",      "h261", "h263", "cavsvideo", "dirac"};
    const QList<QByteArray> parts = QByteArray(names).split(',');
    for (const QByteArray &part : parts) {
        if (known.contains(part))
            return true;
    }
    return false;
}

} // namespace

void routeFfmpegLog()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(logLine); });
}

QString quotedName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return QStringLiteral("\"%1\"").arg(name.isEmpty() ? QDir::toNativeSeparators(path) : name);
}

QString ffmpegError(int code)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
    av_strerror(code, text.data(), text.size());
    return QString::fromUtf8(text.data());
}

QByteArray ffmpegUrl(const QString &path)
{
    return QByteArrayLiteral("file:") + QFile::encodeName(QFileInfo(path).absoluteFilePath());
}

QString writeFailedMessage(const QString &outPath, int code)
{
    return QCoreApplication::translate("VideoFile", "Could not write %1: %2. Is the disk full? Nothing was saved.")
        .arg(quotedName(outPath), ffmpegError(code));
}

Expected<InputPtr> openInput(const QString &path)
{
    routeFfmpegLog();
    if (path.isEmpty())
        return fail(QCoreApplication::translate("VideoFile", "No video file was given."));
    const QString name = quotedName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("VideoFile", "%1 does not exist.").arg(name));
    if (info.isDir())
        return fail(QCoreApplication::translate("VideoFile", "%1 is a folder, not a video file.").arg(name));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("VideoFile", "%1 cannot be read: %2.").arg(name, probe.errorString()));
    if (info.isFile() && probe.size() == 0)
        return fail(QCoreApplication::translate("VideoFile", "%1 is empty.").arg(name));
    probe.close();

    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    AVFormatContext *raw = nullptr;
    const int opened = avformat_open_input(&raw, ffmpegUrl(path).constData(), nullptr, &options);
    av_dict_free(&options);
    if (opened < 0) {
        return fail(QCoreApplication::translate("VideoFile", "%1 could not be read as a video: it is not in a video format this "
                                                             "program knows, or the file is damaged or incomplete (%2).")
                        .arg(name, ffmpegError(opened)));
    }
    InputPtr input(raw);
    if (const int found = avformat_find_stream_info(input.get(), nullptr); found < 0) {
        return fail(QCoreApplication::translate("VideoFile", "%1 is damaged: its streams could not be read (%2).")
                        .arg(name, ffmpegError(found)));
    }
    return input;
}

int findVideoStream(const AVFormatContext *input)
{
    int found = -1;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *stream = input->streams[i];
        if (stream->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        if (found < 0 || (stream->disposition & AV_DISPOSITION_DEFAULT))
            found = int(i);
        if (stream->disposition & AV_DISPOSITION_DEFAULT)
            break;
    }
    return found;
}

int streamRotation(const AVStream *stream)
{
    double clockwise = 0.0;
    if (const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr))
        clockwise = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    else if (const AVDictionaryEntry *tag = av_dict_get(stream->metadata, "rotate", nullptr, 0))
        clockwise = QByteArray(tag->value).toDouble();
    if (!std::isfinite(clockwise))
        return 0;
    const int quarterTurns = int(std::lround(clockwise / 90.0)) % 4;
    return (quarterTurns + 4) % 4 * 90;
}

Expected<VideoInfo> describeVideo(const AVFormatContext *input, const QString &path)
{
    const QString name = quotedName(path);
    if (isPictureFormat(input->iformat->name))
        return fail(QCoreApplication::translate("VideoFile", "%1 is a picture, not a video.").arg(name));
    const int index = findVideoStream(input);
    if (index < 0) {
        bool hasAudio = false;
        for (unsigned i = 0; i < input->nb_streams; ++i)
            hasAudio = hasAudio || input->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
        return fail(hasAudio ? QCoreApplication::translate("VideoFile", "%1 has no video stream: it holds only sound.").arg(name)
                             : QCoreApplication::translate("VideoFile", "%1 has no video stream.").arg(name));
    }
    if (!isVideoFormat(input->iformat->name))
        return fail(QCoreApplication::translate("VideoFile", "%1 is not a video file.").arg(name));

    const AVStream *stream = input->streams[index];
    const AVCodecParameters *parameters = stream->codecpar;
    if (!avcodec_find_decoder(parameters->codec_id)) {
        return fail(QCoreApplication::translate("VideoFile", "%1 uses the video codec \"%2\", which this program cannot decode.")
                        .arg(name, QString::fromUtf8(avcodec_get_name(parameters->codec_id))));
    }
    const int width = parameters->width;
    const int height = parameters->height;
    if (width <= 0 || height <= 0)
        return fail(QCoreApplication::translate("VideoFile", "%1 does not say how large its pictures are: the file is damaged.")
                        .arg(name));
    if (width > kMaxImageSide || height > kMaxImageSide || qint64(width) * height > kMaxImagePixels) {
        return fail(QCoreApplication::translate(
                        "VideoFile", "%1 is %2 x %3 pixels, larger than this program accepts (at most %4 pixels on a side "
                                     "and %5 megapixels).")
                        .arg(name)
                        .arg(width)
                        .arg(height)
                        .arg(kMaxImageSide)
                        .arg(kMaxImagePixels / 1000000));
    }

    VideoInfo info;
    info.rotation = streamRotation(stream);
    info.size = info.rotation % 180 == 0 ? QSize(width, height) : QSize(height, width);
    AVRational rate = stream->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = stream->r_frame_rate;
    if (rate.num <= 0 || rate.den <= 0) {
        qCDebug(lcVideo, "%s: no frame rate, assuming 25", qUtf8Printable(path));
        rate = AVRational{25, 1};
    }
    av_reduce(&rate.num, &rate.den, rate.num, rate.den, INT_MAX);
    info.frameRate = FrameRate{rate.num, rate.den};
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        info.durationSeconds = double(stream->duration) * av_q2d(stream->time_base);
    else if (input->duration != AV_NOPTS_VALUE && input->duration > 0)
        info.durationSeconds = double(input->duration) / AV_TIME_BASE;
    if (stream->nb_frames > 0) {
        info.frameCount = stream->nb_frames;
        if (info.durationSeconds <= 0.0)
            info.durationSeconds = double(info.frameCount) / info.frameRate.value();
    } else {
        info.frameCount = std::llround(info.durationSeconds * info.frameRate.value());
        info.frameCountEstimated = true;
    }
    for (unsigned i = 0; i < input->nb_streams; ++i)
        info.hasAudio = info.hasAudio || input->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO;
    info.codecName = QString::fromUtf8(avcodec_get_name(parameters->codec_id));
    return info;
}

QByteArray x264InstructionSets(int cpuFlags)
{
    const auto has = [cpuFlags](int wanted) { return (cpuFlags & wanted) == wanted; };
    // Each of x264's names also switches on the sets below it, so a name is given only where the
    // CPU has all of them: a Pentium with BMI2 but no AVX must not be told "BMI2".
    constexpr int sse2 = AV_CPU_FLAG_MMX | AV_CPU_FLAG_MMXEXT | AV_CPU_FLAG_SSE | AV_CPU_FLAG_SSE2;
    constexpr int sse42 = sse2 | AV_CPU_FLAG_SSE3 | AV_CPU_FLAG_SSSE3 | AV_CPU_FLAG_SSE4 | AV_CPU_FLAG_SSE42;
    constexpr int avx = sse42 | AV_CPU_FLAG_AVX;
    constexpr int bmi2 = avx | AV_CPU_FLAG_BMI1 | AV_CPU_FLAG_BMI2;
    const std::pair<int, const char *> sets[] = {
        {AV_CPU_FLAG_MMX | AV_CPU_FLAG_MMXEXT, "MMX2"},
        {sse2, has(AV_CPU_FLAG_SSE2SLOW) ? "SSE2Slow" : "SSE2"},
        {sse2 | AV_CPU_FLAG_SSE3, "SSE3"},
        {sse2 | AV_CPU_FLAG_SSE3 | AV_CPU_FLAG_SSSE3, "SSSE3"},
        {sse42 & ~AV_CPU_FLAG_SSE42, "SSE4"},
        {sse42, "SSE4.2"},
        {avx, "AVX"},
        {avx | AV_CPU_FLAG_FMA3, "FMA3"},
        {avx | AV_CPU_FLAG_BMI1, "BMI1"},
        {bmi2, "BMI2"},
        {bmi2 | AV_CPU_FLAG_FMA3 | AV_CPU_FLAG_AVX2, "AVX2"},
    };
    QByteArrayList names;
    for (const auto &[needed, name] : sets) {
        if (has(needed))
            names.append(name);
    }
    return names.isEmpty() ? QByteArray("0") : names.join(',');
}

QByteArray x264InstructionSets()
{
#if defined(__x86_64__) || defined(__i386__)
    return x264InstructionSets(av_get_cpu_flags());
#else
    return {};
#endif
}

} // namespace nss::video
