// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/outputcheck.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

namespace nss {

namespace {

// The last bytes of a whole file of the formats whose end can be told.
bool endsWhole(const QByteArray &format, QFile &file)
{
    const qint64 size = file.size();
    if (format == "png") {
        static const QByteArray iend = QByteArray::fromHex("0000000049454e44ae426082");
        return size >= iend.size() && file.seek(size - iend.size()) && file.read(iend.size()) == iend;
    }
    if (format == "jpeg" || format == "jpg")
        return size >= 2 && file.seek(size - 2) && file.read(2) == QByteArray::fromHex("ffd9");
    if (format == "webp") { // RIFF's length field counts the bytes after its first 8
        const QByteArray header = file.read(8);
        return header.size() == 8 && header.startsWith("RIFF")
               && qFromLittleEndian<quint32>(header.constData() + 4) + 8 == quint64(size);
    }
    return true;
}

} // namespace

bool isCompleteOutput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    QImageReader reader(&file);
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return false;
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    file.seek(0);
    return endsWhole(format, file);
}

} // namespace nss
