// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/videoreader.h"
#include "video/ffmpegutil_p.h"

#include <QCoreApplication>
#include <QTransform>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace nss {

using namespace video;

namespace {

// The YUV matrix of a frame that does not name one: BT.709 for HD, BT.601 below, as players do.
int colourMatrix(const AVFrame *frame)
{
    switch (frame->colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    case AVCOL_SPC_UNSPECIFIED:
        return frame->height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    default:
        return SWS_CS_ITU601;
    }
}

} // namespace

struct VideoReader::Private
{
    QString path;
    VideoInfo info;
    InputPtr input;
    CodecPtr decoder;
    FramePtr frame;
    PacketPtr packet;
    ScalerPtr scaler;
    int streamIndex = -1;
    QSize storedSize; // before rotation
    qint64 packetsRead = 0;
    qint64 framesDecoded = 0;
    qint64 framesReturned = 0;
    bool draining = false;
    bool cutPacket = false;
    int readError = 0;
    std::optional<QImage> pending; // the first picture, decoded by open()
    bool ended = false;
    QString endError;

    Expected<std::optional<QImage>> decodeNext();
    Expected<std::optional<QImage>> end(QString error);
    Expected<std::optional<QImage>> endOfStream();
    QImage convert(const AVFrame *picture);
};

Expected<std::optional<QImage>> VideoReader::Private::end(QString error)
{
    ended = true;
    endError = std::move(error);
    if (endError.isEmpty())
        return std::optional<QImage>();
    return fail(endError);
}

Expected<std::optional<QImage>> VideoReader::Private::endOfStream()
{
    const QString name = quotedName(path);
    const AVStream *stream = input->streams[streamIndex];
    if (readError != 0) {
        return end(QCoreApplication::translate("VideoFile", "%1 could not be read after frame %2: %3.")
                       .arg(name)
                       .arg(framesDecoded)
                       .arg(ffmpegError(readError)));
    }
    if (cutPacket || (stream->nb_frames > 0 && packetsRead < stream->nb_frames)) {
        const QString total = stream->nb_frames > 0 ? QString::number(stream->nb_frames) : QStringLiteral("?");
        return end(QCoreApplication::translate("VideoFile",
                                               "%1 ends early: it stops after frame %2 of %3. The file is incomplete, "
                                               "perhaps cut off while it was copied or recorded.")
                       .arg(name)
                       .arg(framesDecoded)
                       .arg(total));
    }
    if (framesDecoded == 0)
        return end(QCoreApplication::translate("VideoFile", "%1 has no video frames.").arg(name));
    return end({});
}

Expected<std::optional<QImage>> VideoReader::Private::decodeNext()
{
    if (ended)
        return endError.isEmpty() ? Expected<std::optional<QImage>>(std::optional<QImage>()) : fail(endError);
    for (;;) {
        const int received = avcodec_receive_frame(decoder.get(), frame.get());
        if (received == 0) {
            ++framesDecoded;
            QImage picture = convert(frame.get());
            av_frame_unref(frame.get());
            if (picture.isNull()) {
                return end(QCoreApplication::translate("VideoFile", "%1: frame %2 could not be converted to a picture.")
                               .arg(quotedName(path))
                               .arg(framesDecoded));
            }
            return std::optional<QImage>(std::move(picture));
        }
        if (received == AVERROR_EOF || (received == AVERROR(EAGAIN) && draining))
            return endOfStream();
        if (received != AVERROR(EAGAIN)) {
            return end(QCoreApplication::translate("VideoFile", "%1 is damaged: frame %2 could not be decoded (%3).")
                           .arg(quotedName(path))
                           .arg(framesDecoded + 1)
                           .arg(ffmpegError(received)));
        }
        const int read = av_read_frame(input.get(), packet.get());
        if (read < 0) {
            if (read != AVERROR_EOF)
                readError = read;
            draining = true;
            avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        if (packet->stream_index != streamIndex) {
            av_packet_unref(packet.get());
            continue;
        }
        ++packetsRead;
        cutPacket = cutPacket || (packet->flags & AV_PKT_FLAG_CORRUPT);
        const int sent = avcodec_send_packet(decoder.get(), packet.get());
        av_packet_unref(packet.get());
        if (sent < 0 && sent != AVERROR(EAGAIN)) {
            return end(QCoreApplication::translate("VideoFile", "%1 is damaged: frame %2 could not be decoded (%3).")
                           .arg(quotedName(path))
                           .arg(framesDecoded + 1)
                           .arg(ffmpegError(sent)));
        }
    }
}

QImage VideoReader::Private::convert(const AVFrame *picture)
{
    const auto format = AVPixelFormat(picture->format);
    SwsContext *context =
        sws_getCachedContext(scaler.release(), picture->width, picture->height, format, storedSize.width(), storedSize.height(),
                             AV_PIX_FMT_RGB32, SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr);
    scaler.reset(context);
    if (!context)
        return {};
    const AVPixFmtDescriptor *descriptor = av_pix_fmt_desc_get(format);
    if (descriptor && !(descriptor->flags & AV_PIX_FMT_FLAG_RGB)) {
        int *inverse = nullptr;
        int *table = nullptr;
        int sourceFull = 0;
        int targetFull = 0;
        int brightness = 0;
        int contrast = 0;
        int saturation = 0;
        sws_getColorspaceDetails(context, &inverse, &sourceFull, &table, &targetFull, &brightness, &contrast, &saturation);
        if (picture->color_range != AVCOL_RANGE_UNSPECIFIED)
            sourceFull = picture->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
        sws_setColorspaceDetails(context, sws_getCoefficients(colourMatrix(picture)), sourceFull,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, brightness, contrast, saturation);
    }
    QImage image(storedSize, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    uint8_t *const planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    if (sws_scale(context, picture->data, picture->linesize, 0, picture->height, planes, strides) <= 0)
        return {};
    if (info.rotation == 0)
        return image;
    return image.transformed(QTransform().rotate(info.rotation));
}

VideoReader::VideoReader()
    : d(std::make_unique<Private>())
{ }

VideoReader::~VideoReader() = default;

Expected<std::unique_ptr<VideoReader>> VideoReader::open(const QString &path)
{
    Expected<InputPtr> input = openInput(path);
    if (!input)
        return fail(input.error());
    Expected<VideoInfo> info = describeVideo(input.value().get(), path);
    if (!info)
        return fail(info.error());

    std::unique_ptr<VideoReader> reader(new VideoReader);
    Private &p = *reader->d;
    p.path = path;
    p.info = info.value();
    p.input = std::move(input.value());
    p.streamIndex = findVideoStream(p.input.get());
    for (unsigned i = 0; i < p.input->nb_streams; ++i) {
        if (int(i) != p.streamIndex)
            p.input->streams[i]->discard = AVDISCARD_ALL;
    }
    const AVStream *stream = p.input->streams[p.streamIndex];
    p.storedSize = QSize(stream->codecpar->width, stream->codecpar->height);
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    p.decoder.reset(avcodec_alloc_context3(codec));
    p.frame.reset(av_frame_alloc());
    p.packet.reset(av_packet_alloc());
    if (!p.decoder || !p.frame || !p.packet)
        return fail(QCoreApplication::translate("VideoFile", "Out of memory while opening %1.").arg(quotedName(path)));
    int started = avcodec_parameters_to_context(p.decoder.get(), stream->codecpar);
    p.decoder->pkt_timebase = stream->time_base;
    p.decoder->thread_count = 0; // as many as the machine has
    if (started >= 0)
        started = avcodec_open2(p.decoder.get(), codec, nullptr);
    if (started < 0) {
        return fail(QCoreApplication::translate("VideoFile", "%1: the %2 decoder could not start (%3).")
                        .arg(quotedName(path), p.info.codecName, ffmpegError(started)));
    }
    Expected<std::optional<QImage>> first = p.decodeNext();
    if (!first)
        return fail(first.error());
    p.pending = std::move(first.value());
    return reader;
}

const VideoInfo &VideoReader::info() const
{
    return d->info;
}

Expected<std::optional<QImage>> VideoReader::nextFrame()
{
    if (d->pending) {
        std::optional<QImage> first = std::move(d->pending);
        d->pending.reset();
        ++d->framesReturned;
        return first;
    }
    Expected<std::optional<QImage>> next = d->decodeNext();
    if (next && next.value())
        ++d->framesReturned;
    return next;
}

qint64 VideoReader::framesRead() const
{
    return d->framesReturned;
}

} // namespace nss
