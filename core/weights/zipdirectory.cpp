// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/zipdirectory.h"

#include <QCoreApplication>

namespace nss {

namespace {

constexpr qint64 kMaxDirectoryBytes = 64LL << 20;

bool readAt(QIODevice &device, qint64 offset, qint64 n, QByteArray &out)
{
    if (offset < 0 || n < 0 || offset > device.size() || n > device.size() - offset || !device.seek(offset))
        return false;
    out = device.read(n);
    return out.size() == n;
}

quint64 le(const QByteArray &bytes, qint64 at, int width)
{
    quint64 v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = (v << 8) | static_cast<uchar>(bytes[at + i]);
    return v;
}

} // namespace

Expected<ZipDirectory> ZipDirectory::read(QIODevice &device, const QString &what)
{
    auto bad = [&](const QString &problem) {
        return fail(tr("%1 is not a weights file this app can read: %2").arg(what, problem));
    };
    const qint64 size = device.size();
    // End of central directory: 22 bytes plus a comment of up to 64 KiB, at the very end.
    const qint64 tailSize = std::min<qint64>(size, 22 + 65535);
    QByteArray tail;
    if (!readAt(device, size - tailSize, tailSize, tail))
        return bad(tr("its zip directory cannot be read."));
    const qint64 eocd = tail.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (eocd < 0 || eocd + 22 > tail.size())
        return bad(tr("it is a truncated zip archive (its directory at the end is missing)."));
    quint64 count = le(tail, eocd + 10, 2);
    quint64 dirSize = le(tail, eocd + 12, 4);
    quint64 dirOffset = le(tail, eocd + 16, 4);
    if (count == 0xFFFF || dirSize == 0xFFFFFFFF || dirOffset == 0xFFFFFFFF) {
        // zip64: a locator just before the classic record points at the 64-bit record.
        const qint64 locator = size - tailSize + eocd - 20;
        QByteArray loc, rec;
        if (!readAt(device, locator, 20, loc) || !loc.startsWith("PK\x06\x07"))
            return bad(tr("its zip64 directory locator is missing."));
        const quint64 recordOffset = le(loc, 8, 8);
        if (recordOffset > quint64(size) || !readAt(device, qint64(recordOffset), 56, rec) || !rec.startsWith("PK\x06\x06"))
            return bad(tr("its zip64 directory record is missing."));
        count = le(rec, 32, 8);
        dirSize = le(rec, 40, 8);
        dirOffset = le(rec, 48, 8);
    }
    if (dirOffset > quint64(size) || dirSize > quint64(size) - dirOffset || dirSize > quint64(kMaxDirectoryBytes)
        || count > dirSize / 46)
        return bad(tr("its zip directory lies outside the file (truncated?)."));
    QByteArray dir;
    if (!readAt(device, qint64(dirOffset), qint64(dirSize), dir))
        return bad(tr("its zip directory cannot be read."));

    ZipDirectory result;
    result.m_what = what;
    qint64 at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || le(dir, at, 4) != 0x02014b50)
            return bad(tr("its zip directory is garbled (entry %1).").arg(i + 1));
        const quint64 method = le(dir, at + 10, 2);
        quint64 compressed = le(dir, at + 20, 4);
        quint64 uncompressed = le(dir, at + 24, 4);
        const qint64 nameLen = qint64(le(dir, at + 28, 2));
        const qint64 extraLen = qint64(le(dir, at + 30, 2));
        const qint64 commentLen = qint64(le(dir, at + 32, 2));
        quint64 local = le(dir, at + 42, 4);
        if (at + 46 + nameLen + extraLen + commentLen > dir.size())
            return bad(tr("its zip directory is garbled (entry %1).").arg(i + 1));
        Entry entry;
        entry.name = QString::fromUtf8(dir.mid(at + 46, nameLen));
        // zip64 extra field: the 64-bit values follow in this order, each only if its 32-bit one is full.
        for (qint64 x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen;) {
            const quint64 id = le(dir, x, 2), len = le(dir, x + 2, 2);
            if (x + 4 + qint64(len) > at + 46 + nameLen + extraLen)
                break;
            if (id == 0x0001) {
                qint64 field = x + 4;
                for (quint64 *value : {&uncompressed, &compressed, &local}) {
                    if (*value == 0xFFFFFFFF && field + 8 <= x + 4 + qint64(len)) {
                        *value = le(dir, field, 8);
                        field += 8;
                    }
                }
            }
            x += 4 + qint64(len);
        }
        if (method != 0 && !entry.name.endsWith(QLatin1String("/version")))
            return bad(tr("its zip entry %1 is compressed; PyTorch writes them uncompressed.").arg(entry.name));
        if (compressed != uncompressed || uncompressed > quint64(size) || local > quint64(size))
            return bad(tr("its zip entry %1 has impossible sizes.").arg(entry.name));
        entry.size = qint64(uncompressed);
        entry.localHeaderOffset = qint64(local);
        result.m_entries.push_back(std::move(entry));
        at += 46 + nameLen + extraLen + commentLen;
    }
    return result;
}

const ZipDirectory::Entry *ZipDirectory::find(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Expected<qint64> ZipDirectory::dataOffset(QIODevice &device, const Entry &entry) const
{
    QByteArray header;
    if (!readAt(device, entry.localHeaderOffset, 30, header) || le(header, 0, 4) != 0x04034b50)
        return fail(tr("%1 is not a weights file this app can read: the zip entry %2 is garbled.").arg(m_what, entry.name));
    const qint64 start = entry.localHeaderOffset + 30 + qint64(le(header, 26, 2)) + qint64(le(header, 28, 2));
    if (start > device.size() || entry.size > device.size() - start)
        return fail(tr("%1 is truncated: the zip entry %2 reaches past the end of the file.").arg(m_what, entry.name));
    return start;
}

} // namespace nss
