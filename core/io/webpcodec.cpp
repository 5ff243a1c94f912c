// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/webpcodec.h"

#include <algorithm>

#include <QColorSpace>
#include <QCoreApplication>

#include <webp/demux.h>
#include <webp/encode.h>
#include <webp/mux.h>

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

constexpr int kMaxWebpSide = WEBP_MAX_DIMENSION;

QString encodeError(const WebPPicture &picture)
{
    return picture.error_code == VP8_ENC_ERROR_OUT_OF_MEMORY
               ? tr("WebP encoding ran out of memory")
               : tr("WebP encoding failed (libwebp error %1)").arg(int(picture.error_code));
}

// Fills `picture` from the image as RGBA; the picture must be freed by the caller.
bool importPicture(const QImage &image, WebPPicture &picture)
{
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    picture.use_argb = 1;
    picture.width = rgba.width();
    picture.height = rgba.height();
    return WebPPictureImportRGBA(&picture, rgba.constBits(), static_cast<int>(rgba.bytesPerLine())) != 0;
}

void configure(WebPConfig &config, int quality)
{
    WebPConfigPreset(&config, WEBP_PRESET_PICTURE, float(std::clamp(quality, 0, 100)));
    if (quality >= 100) {
        config.lossless = 1;
        config.quality = 70; // effort, for lossless: a good size without being slow
        config.method = 4;
    }
}

// Adds the XMP chunk, and the ICC profile when there is one, to a WebP bitstream (still or
// animated) through the mux API.
Expected<QByteArray> withXmp(const uint8_t *bytes, size_t size, const QByteArray &xmp, const QByteArray &icc = {})
{
    if (xmp.isEmpty() && icc.isEmpty())
        return QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    const WebPData input{bytes, size};
    WebPMux *mux = WebPMuxCreate(&input, 0);
    if (!mux)
        return fail(tr("WebP metadata could not be added: the encoded image was not readable"));
    const WebPData chunk{reinterpret_cast<const uint8_t *>(xmp.constData()), size_t(xmp.size())};
    WebPData assembled;
    WebPDataInit(&assembled);
    const WebPData profile{reinterpret_cast<const uint8_t *>(icc.constData()), size_t(icc.size())};
    const bool ok = (xmp.isEmpty() || WebPMuxSetChunk(mux, "XMP ", &chunk, 1) == WEBP_MUX_OK)
                    && (icc.isEmpty() || WebPMuxSetChunk(mux, "ICCP", &profile, 1) == WEBP_MUX_OK)
                    && WebPMuxAssemble(mux, &assembled) == WEBP_MUX_OK;
    WebPMuxDelete(mux);
    if (!ok)
        return fail(tr("WebP metadata could not be added"));
    QByteArray out(reinterpret_cast<const char *>(assembled.bytes), static_cast<qsizetype>(assembled.size));
    WebPDataClear(&assembled);
    return out;
}

QString tooLarge(QSize size)
{
    return tr("WebP cannot store %1 x %2 pixels; its limit is %3 pixels a side")
        .arg(size.width())
        .arg(size.height())
        .arg(kMaxWebpSide);
}

} // namespace

bool looksLikeWebp(const QByteArray &head)
{
    return head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
}

Expected<QByteArray> encodeWebp(const QImage &image, int quality, const QByteArray &xmp)
{
    if (image.isNull())
        return fail(tr("There is no image to encode"));
    if (image.width() > kMaxWebpSide || image.height() > kMaxWebpSide)
        return fail(tooLarge(image.size()));
    WebPConfig config;
    WebPPicture picture;
    if (!WebPConfigInit(&config) || !WebPPictureInit(&picture))
        return fail(tr("This libwebp is not the version the app was built with"));
    configure(config, quality);
    if (!importPicture(image, picture)) {
        WebPPictureFree(&picture);
        return fail(encodeError(picture));
    }
    WebPMemoryWriter writer;
    WebPMemoryWriterInit(&writer);
    picture.writer = WebPMemoryWrite;
    picture.custom_ptr = &writer;
    const bool encoded = WebPEncode(&config, &picture) != 0;
    const QString error = encoded ? QString() : encodeError(picture);
    WebPPictureFree(&picture);
    // A picture in another colour space than sRGB (a Display P3 photo's result) carries its profile.
    const QColorSpace space = image.colorSpace();
    const QByteArray icc = space.isValid() && space != QColorSpace(QColorSpace::SRgb) ? space.iccProfile() : QByteArray();
    Expected<QByteArray> result = encoded ? withXmp(writer.mem, writer.size, xmp, icc) : Expected<QByteArray>(fail(error));
    WebPMemoryWriterClear(&writer);
    return result;
}

std::optional<QByteArray> webpXmp(const QByteArray &webp)
{
    if (!looksLikeWebp(webp))
        return std::nullopt;
    const WebPData data{reinterpret_cast<const uint8_t *>(webp.constData()), size_t(webp.size())};
    WebPDemuxer *demux = WebPDemux(&data);
    if (!demux)
        return std::nullopt;
    std::optional<QByteArray> xmp;
    WebPChunkIterator chunk;
    if (WebPDemuxGetChunk(demux, "XMP ", 1, &chunk)) {
        xmp = QByteArray(reinterpret_cast<const char *>(chunk.chunk.bytes), static_cast<qsizetype>(chunk.chunk.size));
        WebPDemuxReleaseChunkIterator(&chunk);
    }
    WebPDemuxDelete(demux);
    return xmp;
}

struct WebpAnimation::Private
{
    QSize size;
    WebPConfig config;
    WebPAnimEncoder *encoder = nullptr;
    QString error;
};

WebpAnimation::WebpAnimation(QSize size, int quality, int loopCount)
    : d(std::make_unique<Private>())
{
    d->size = size;
    if (size.width() > kMaxWebpSide || size.height() > kMaxWebpSide || size.isEmpty()) {
        d->error = tooLarge(size);
        return;
    }
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options) || !WebPConfigInit(&d->config)) {
        d->error = tr("This libwebp is not the version the app was built with");
        return;
    }
    configure(d->config, quality);
    options.anim_params.loop_count = loopCount;
    d->encoder = WebPAnimEncoderNew(size.width(), size.height(), &options);
    if (!d->encoder)
        d->error = tr("WebP animation encoder could not be created (out of memory?)");
}

WebpAnimation::~WebpAnimation()
{
    if (d->encoder)
        WebPAnimEncoderDelete(d->encoder);
}

Status WebpAnimation::add(const QImage &frame, int timestampMs)
{
    if (!d->encoder)
        return fail(d->error);
    if (frame.size() != d->size)
        return fail(tr("A time-lapse frame is %1 x %2 pixels, not %3 x %4")
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(d->size.width())
                        .arg(d->size.height()));
    WebPPicture picture;
    if (!WebPPictureInit(&picture))
        return fail(tr("This libwebp is not the version the app was built with"));
    bool ok = importPicture(frame, picture);
    ok = ok && WebPAnimEncoderAdd(d->encoder, &picture, timestampMs, &d->config);
    WebPPictureFree(&picture);
    if (!ok)
        return fail(tr("WebP animation encoding failed: %1").arg(QString::fromUtf8(WebPAnimEncoderGetError(d->encoder))));
    return succeeded();
}

Expected<QByteArray> WebpAnimation::finish(int endMs, const QByteArray &xmp)
{
    if (!d->encoder)
        return fail(d->error);
    WebPData assembled;
    WebPDataInit(&assembled);
    const bool ok = WebPAnimEncoderAdd(d->encoder, nullptr, endMs, nullptr) && WebPAnimEncoderAssemble(d->encoder, &assembled);
    if (!ok) {
        const QString why = QString::fromUtf8(WebPAnimEncoderGetError(d->encoder));
        WebPDataClear(&assembled);
        return fail(tr("WebP animation encoding failed: %1").arg(why));
    }
    Expected<QByteArray> result = withXmp(assembled.bytes, assembled.size, xmp);
    WebPDataClear(&assembled);
    WebPAnimEncoderDelete(d->encoder);
    d->encoder = nullptr;
    d->error = tr("The time-lapse was already finished");
    return result;
}

} // namespace nss
