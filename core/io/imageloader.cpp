// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/imageloader.h"

#include <limits>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

// Qt's BMP handler refuses a header over 16384 x 16384 pixels without reporting its size, so the
// size check below could not name it: read the size from the header itself. BITMAPINFOHEADER and
// its successors hold signed 32-bit width and height at byte 18 (a negative height is top-down),
// the old BITMAPCOREHEADER 16-bit ones. An invalid size when the header is not one of these.
QSize bmpHeaderSize(QIODevice *device)
{
    if (!device || device->pos() != 0)
        return {};
    const QByteArray h = device->peek(26);
    if (h.size() < 26 || !h.startsWith("BM"))
        return {};
    const auto le = [&h](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint32(uchar(h[at + i])) << (8 * i);
        return v;
    };
    const quint32 infoSize = le(14, 4);
    if (infoSize == 12)
        return QSize(int(le(18, 2)), int(le(20, 2)));
    if (infoSize < 40)
        return {};
    const auto side = [](quint32 raw) { return int(qMin<qint64>(qAbs(qint64(qint32(raw))), std::numeric_limits<int>::max())); };
    return QSize(side(le(18, 4)), side(le(22, 4)));
}

Expected<QImage> readFrom(QImageReader &reader, const QString &what)
{
    reader.setAutoTransform(true);
    // 8 bytes a pixel: 16-bit PNG and TIFF are read at 16 bits a channel.
    reader.setAllocationLimit(static_cast<int>((kMaxImagePixels * 8) / (1024 * 1024)) + 1);
    if (!reader.canRead())
        return fail(tr("%1 is not an image in a format this app can read (PNG, JPEG, TIFF, WebP, BMP, ...).").arg(what));
    // Before size(): the BMP handler reads (and moves past) the header when asked for the size.
    const QSize bmpSize = reader.format() == "bmp" ? bmpHeaderSize(reader.device()) : QSize();
    QSize size = reader.size();
    if (!size.isValid())
        size = bmpSize;
    if (size.isValid()
        && (size.width() > kMaxImageSide || size.height() > kMaxImageSide
            || qint64(size.width()) * size.height() > kMaxImagePixels)) {
        return fail(tr("%1 is too large (%2 x %3 pixels); the limit is %4 megapixels and %5 pixels a side.")
                        .arg(what)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kMaxImagePixels / 1000000)
                        .arg(kMaxImageSide));
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return fail(tr("%1 could not be decoded: %2.").arg(what, reader.errorString()));
    if (image.width() > kMaxImageSide || image.height() > kMaxImageSide
        || qint64(image.width()) * image.height() > kMaxImagePixels)
        return fail(tr("%1 is too large (%2 x %3 pixels).").arg(what).arg(image.width()).arg(image.height()));
    return image;
}

} // namespace

Expected<QImage> loadImage(const QString &path)
{
    const QFileInfo info(path);
    const QString what = QStringLiteral("\"%1\"").arg(info.fileName().isEmpty() ? path : info.fileName());
    if (path.isEmpty())
        return fail(tr("No image file was given."));
    if (!info.exists())
        return fail(tr("%1 does not exist (%2).").arg(what, QDir::toNativeSeparators(info.absoluteFilePath())));
    if (info.isDir())
        return fail(tr("%1 is a folder, not an image file.").arg(what));
    if (!info.isReadable())
        return fail(tr("%1 cannot be read: permission denied.").arg(what));
    if (info.size() == 0)
        return fail(tr("%1 is empty (0 bytes).").arg(what));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return readFrom(reader, what);
}

Expected<QImage> loadImageData(const QByteArray &data, const QString &what)
{
    if (data.isEmpty())
        return fail(tr("%1 is empty (0 bytes).").arg(what));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    return readFrom(reader, what);
}

} // namespace nss
