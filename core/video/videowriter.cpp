// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/videowriter.h"
#include "video/audiocopy_p.h"
#include "video/ffmpegutil_p.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "io/imageloader.h" // kMaxImageSide, kMaxImagePixels: header-only constants

namespace nss {

using namespace video;

namespace {

struct Target
{
    const char *muxer;
    const char *encoder;
};

std::optional<Target> targetFor(const QString &suffix)
{
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v"))
        return Target{"mp4", "libx264"};
    if (suffix == QLatin1String("mov"))
        return Target{"mov", "libx264"};
    if (suffix == QLatin1String("mkv"))
        return Target{"matroska", "libx264"};
    if (suffix == QLatin1String("webm"))
        return Target{"webm", "libvpx-vp9"};
    return std::nullopt;
}

// A hidden, new file beside `path` for the video in progress; empty and `error` set on failure.
QString createTemporaryFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate =
            info.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                            .arg(info.fileName())
                                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate;
        if (!QFileInfo::exists(candidate)) {
            *error = file.errorString();
            return {};
        }
    }
    *error = QStringLiteral("too many temporary files");
    return {};
}

// 4:2:0 needs even sizes: the last column and row repeated where `image` is one pixel short.
QImage padded(const QImage &image, QSize size)
{
    QImage result(size, QImage::Format_RGB32);
    const int width = image.width();
    for (int y = 0; y < size.height(); ++y) {
        const auto *source = reinterpret_cast<const QRgb *>(image.constScanLine(std::min(y, image.height() - 1)));
        auto *target = reinterpret_cast<QRgb *>(result.scanLine(y));
        std::memcpy(target, source, size_t(width) * sizeof(QRgb));
        for (int x = width; x < size.width(); ++x)
            target[x] = source[width - 1];
    }
    return result;
}

} // namespace

struct VideoWriter::Private
{
    QString path;
    QString temporaryPath;
    QSize size;
    QSize encodedSize;
    FrameRate rate;
    AVFormatContext *output = nullptr;
    CodecPtr encoder;
    AVStream *stream = nullptr;
    FramePtr picture;
    PacketPtr packet;
    ScalerPtr scaler;
    AudioCopy audio;
    qint64 frames = 0;
    bool finished = false;
    QString failure;

    ~Private() { discard(); }
    void closeOutput();
    void discard();
    Status failWith(QString message);
    Status encode(const AVFrame *frame);
};

void VideoWriter::Private::closeOutput()
{
    if (!output)
        return;
    if (output->pb)
        avio_closep(&output->pb);
    avformat_free_context(output);
    output = nullptr;
}

void VideoWriter::Private::discard()
{
    closeOutput();
    if (!temporaryPath.isEmpty())
        QFile::remove(temporaryPath);
    temporaryPath.clear();
}

Status VideoWriter::Private::failWith(QString message)
{
    failure = std::move(message);
    discard();
    return fail(failure);
}

Status VideoWriter::Private::encode(const AVFrame *frame)
{
    int result = avcodec_send_frame(encoder.get(), frame);
    while (result >= 0) {
        result = avcodec_receive_packet(encoder.get(), packet.get());
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return succeeded();
        if (result < 0)
            break;
        av_packet_rescale_ts(packet.get(), encoder->time_base, stream->time_base);
        packet->stream_index = stream->index;
        if (const int written = av_interleaved_write_frame(output, packet.get()); written < 0)
            return failWith(writeFailedMessage(path, written));
    }
    return failWith(QCoreApplication::translate("VideoFile", "Could not encode frame %1 of %2 (%3). Nothing was saved.")
                        .arg(frames + 1)
                        .arg(quotedName(path), ffmpegError(result)));
}

QStringList VideoWriter::supportedExtensions()
{
    return {QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("m4v"), QStringLiteral("mkv"), QStringLiteral("webm")};
}

VideoWriter::VideoWriter()
    : d(std::make_unique<Private>())
{ }

VideoWriter::~VideoWriter() = default;

Expected<std::unique_ptr<VideoWriter>> VideoWriter::open(const QString &outPath, QSize size, FrameRate frameRate,
                                                         const QString &audioSourcePath)
{
    routeFfmpegLog();
    const QString name = quotedName(outPath);
    const QFileInfo info(outPath);
    const std::optional<Target> target = targetFor(info.suffix().toLower());
    if (outPath.isEmpty())
        return fail(QCoreApplication::translate("VideoFile", "No file name was given to save the video to."));
    if (!target) {
        return fail(
            QCoreApplication::translate("VideoFile", "Cannot save %1: videos are saved as .mp4, .mov, .m4v, .mkv or .webm.")
                .arg(name));
    }
    if (size.isEmpty() || size.width() > kMaxImageSide || size.height() > kMaxImageSide
        || qint64(size.width()) * size.height() > kMaxImagePixels) {
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: a video of %2 x %3 pixels is not possible.")
                        .arg(name)
                        .arg(size.width())
                        .arg(size.height()));
    }
    if (!frameRate.isValid() || frameRate.value() > 1000.0) {
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: %2/%3 frames per second is not a frame rate.")
                        .arg(name)
                        .arg(frameRate.num)
                        .arg(frameRate.den));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: the folder %2 does not exist.")
                        .arg(name, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: it is a folder.").arg(name));
    const AVCodec *codec = avcodec_find_encoder_by_name(target->encoder);
    if (!codec) {
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: this FFmpeg has no %2 encoder.")
                        .arg(name, QString::fromLatin1(target->encoder)));
    }

    std::unique_ptr<VideoWriter> writer(new VideoWriter);
    Private &p = *writer->d;
    p.path = outPath;
    p.size = size;
    p.encodedSize = QSize(size.width() + size.width() % 2, size.height() + size.height() % 2);
    p.rate = frameRate;
    QString why;
    p.temporaryPath = createTemporaryFile(outPath, &why);
    if (p.temporaryPath.isEmpty()) {
        return fail(QCoreApplication::translate("VideoFile", "Cannot save %1: cannot create a file in the folder %2 (%3).")
                        .arg(name, QDir::toNativeSeparators(info.absolutePath()), why));
    }
    const QByteArray url = ffmpegUrl(p.temporaryPath);
    avformat_alloc_output_context2(&p.output, av_guess_format(target->muxer, nullptr, nullptr), nullptr, url.constData());
    p.stream = p.output ? avformat_new_stream(p.output, nullptr) : nullptr;
    p.encoder.reset(avcodec_alloc_context3(codec));
    p.picture.reset(av_frame_alloc());
    p.packet.reset(av_packet_alloc());
    if (!p.stream || !p.encoder || !p.picture || !p.packet)
        return fail(p.failWith(QCoreApplication::translate("VideoFile", "Out of memory while opening %1.").arg(name)).error());

    AVCodecContext *encoder = p.encoder.get();
    encoder->width = p.encodedSize.width();
    encoder->height = p.encodedSize.height();
    encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    encoder->sample_aspect_ratio = AVRational{1, 1};
    encoder->time_base = AVRational{frameRate.den, frameRate.num};
    encoder->framerate = AVRational{frameRate.num, frameRate.den};
    encoder->colorspace = AVCOL_SPC_SMPTE170M; // what swscale's default RGB to YUV matrix is
    encoder->color_primaries = AVCOL_PRI_SMPTE170M;
    encoder->color_trc = AVCOL_TRC_SMPTE170M;
    encoder->color_range = AVCOL_RANGE_MPEG;
    if (p.output->oformat->flags & AVFMT_GLOBALHEADER)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    if (codec->id == AV_CODEC_ID_H264) {
        av_dict_set(&options, "preset", "medium", 0);
        av_dict_set(&options, "crf", "18", 0);
        if (const QByteArray sets = x264InstructionSets(); !sets.isEmpty())
            av_dict_set(&options, "x264-params", QByteArray("asm=" + sets).constData(), 0); // the same frames, the same bits
    } else {
        encoder->bit_rate = 0; // constant quality
        av_dict_set(&options, "crf", "31", 0);
        av_dict_set(&options, "deadline", "good", 0);
        av_dict_set(&options, "cpu-used", "2", 0);
        av_dict_set(&options, "row-mt", "1", 0);
    }
    int result = avcodec_open2(encoder, codec, &options);
    av_dict_free(&options);
    if (result < 0) {
        return fail(p.failWith(QCoreApplication::translate("VideoFile", "Cannot save %1: the %2 encoder could not start (%3).")
                                   .arg(name, QString::fromLatin1(target->encoder), ffmpegError(result)))
                        .error());
    }
    avcodec_parameters_from_context(p.stream->codecpar, encoder);
    p.stream->time_base = encoder->time_base;
    p.stream->avg_frame_rate = encoder->framerate;
    p.stream->r_frame_rate = encoder->framerate;

    if (Status added = p.audio.addStreams(audioSourcePath, p.output, outPath); !added)
        return fail(p.failWith(added.error()).error());
    result = avio_open(&p.output->pb, url.constData(), AVIO_FLAG_WRITE);
    if (result < 0)
        return fail(p.failWith(writeFailedMessage(outPath, result)).error());
    AVDictionary *muxerOptions = nullptr;
    if (qstrcmp(target->muxer, "matroska") != 0 && qstrcmp(target->muxer, "webm") != 0)
        av_dict_set(&muxerOptions, "movflags", "+faststart", 0); // the index first: plays while loading
    result = avformat_write_header(p.output, &muxerOptions);
    av_dict_free(&muxerOptions);
    if (result < 0) {
        return fail(p.failWith(QCoreApplication::translate("VideoFile", "Cannot save %1: the video could not be started (%2).")
                                   .arg(name, ffmpegError(result)))
                        .error());
    }
    p.picture->format = AV_PIX_FMT_YUV420P;
    p.picture->width = encoder->width;
    p.picture->height = encoder->height;
    if (av_frame_get_buffer(p.picture.get(), 0) < 0)
        return fail(p.failWith(QCoreApplication::translate("VideoFile", "Out of memory while opening %1.").arg(name)).error());
    return writer;
}

Status VideoWriter::writeFrame(const QImage &frame)
{
    Private &p = *d;
    if (!p.failure.isEmpty())
        return fail(p.failure);
    if (p.finished)
        return fail(QCoreApplication::translate("VideoFile", "%1 is already complete.").arg(quotedName(p.path)));
    if (frame.size() != p.size) {
        return fail(QCoreApplication::translate("VideoFile", "A frame of %1 x %2 pixels cannot go into %3, which is %4 x %5.")
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(quotedName(p.path))
                        .arg(p.size.width())
                        .arg(p.size.height()));
    }
    QImage rgb = frame.convertToFormat(QImage::Format_RGB32);
    if (p.encodedSize != p.size)
        rgb = padded(rgb, p.encodedSize);
    SwsContext *scaler =
        sws_getCachedContext(p.scaler.release(), rgb.width(), rgb.height(), AV_PIX_FMT_RGB32, rgb.width(), rgb.height(),
                             AV_PIX_FMT_YUV420P, SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP, nullptr, nullptr, nullptr);
    p.scaler.reset(scaler);
    if (rgb.isNull() || !scaler || av_frame_make_writable(p.picture.get()) < 0)
        return p.failWith(QCoreApplication::translate("VideoFile", "Out of memory while writing %1.").arg(quotedName(p.path)));
    const uint8_t *const planes[4] = {rgb.constBits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(rgb.bytesPerLine()), 0, 0, 0};
    sws_scale(scaler, planes, strides, 0, rgb.height(), p.picture->data, p.picture->linesize);
    p.picture->pts = p.frames;
    if (Status encoded = p.encode(p.picture.get()); !encoded)
        return encoded;
    ++p.frames;
    if (Status copied = p.audio.writeUntil(double(p.frames) / p.rate.value()); !copied)
        return p.failWith(copied.error());
    return succeeded();
}

Status VideoWriter::finish()
{
    Private &p = *d;
    if (!p.failure.isEmpty())
        return fail(p.failure);
    if (p.finished)
        return fail(QCoreApplication::translate("VideoFile", "%1 is already complete.").arg(quotedName(p.path)));
    if (p.frames == 0)
        return p.failWith(QCoreApplication::translate("VideoFile", "Nothing was saved to %1: the video has no frames.")
                              .arg(quotedName(p.path)));
    if (Status flushed = p.encode(nullptr); !flushed)
        return flushed;
    if (Status copied = p.audio.writeUntil(std::numeric_limits<double>::infinity()); !copied)
        return p.failWith(copied.error());
    int result = av_write_trailer(p.output);
    if (result >= 0 && p.output->pb->error < 0)
        result = p.output->pb->error;
    if (result >= 0)
        result = avio_closep(&p.output->pb);
    if (result < 0)
        return p.failWith(writeFailedMessage(p.path, result));
    p.closeOutput();
    if (std::rename(QFile::encodeName(p.temporaryPath).constData(), QFile::encodeName(p.path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        return p.failWith(
            QCoreApplication::translate("VideoFile", "Could not save %1: %2. Nothing was saved.").arg(quotedName(p.path), why));
    }
    p.temporaryPath.clear();
    p.finished = true;
    return succeeded();
}

QSize VideoWriter::encodedSize() const
{
    return d->encodedSize;
}

qint64 VideoWriter::framesWritten() const
{
    return d->frames;
}

} // namespace nss
