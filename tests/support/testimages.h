// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

// Small pictures and encoded files for tests, made in memory.
namespace testimages {

// A two-colour check pattern of 5 x 3 pixel cells: enough texture for a style to act on.
inline QImage pattern(int w, int h, QRgb a, QRgb b)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, ((x / 5 + y / 3) % 2) ? a : b);
    return image;
}

// `image` encoded by Qt's writer for `format` ("PNG", "JPEG", ...).
inline QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// The CRC-32 of PNG chunks (ISO 3309), to forge a chunk a reader accepts.
inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= static_cast<uchar>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

} // namespace testimages
