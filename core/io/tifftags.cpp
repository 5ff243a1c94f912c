// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tifftags.h"

#include <algorithm>
#include <map>

namespace nss {

namespace {

constexpr quint16 kAscii = 2;
constexpr int kEntrySize = 12;

// Reads and writes integers in the file's byte order ("II" little, "MM" big endian).
class TiffBytes
{
public:
    explicit TiffBytes(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        m_valid = bytes.size() >= 8 && (bytes.startsWith("II") || bytes.startsWith("MM"));
        m_little = bytes.startsWith("II");
        m_valid = m_valid && read16(2) == 42;
    }

    bool valid() const { return m_valid; }
    bool little() const { return m_little; }
    bool inRange(qint64 offset, qint64 length) const { return offset >= 0 && length >= 0 && offset + length <= m_bytes.size(); }

    quint32 read(qint64 offset, int width) const
    {
        if (!inRange(offset, width))
            return 0;
        quint32 value = 0;
        for (int i = 0; i < width; ++i) {
            const quint32 byte = static_cast<uchar>(m_bytes[offset + (m_little ? width - 1 - i : i)]);
            value = (value << 8) | byte;
        }
        return value;
    }
    quint16 read16(qint64 offset) const { return static_cast<quint16>(read(offset, 2)); }
    quint32 read32(qint64 offset) const { return read(offset, 4); }

    void append(QByteArray &out, quint32 value, int width) const
    {
        for (int i = 0; i < width; ++i) {
            const int shift = 8 * (m_little ? i : width - 1 - i);
            out.append(static_cast<char>((value >> shift) & 0xFF));
        }
    }

private:
    const QByteArray &m_bytes;
    bool m_valid = false;
    bool m_little = true;
};

// The first IFD's entries by tag, each its 12 raw bytes; nullopt when it does not fit the file.
std::optional<std::map<quint16, QByteArray>> firstIfd(const QByteArray &tiff, const TiffBytes &io, quint32 *next)
{
    const quint32 ifd = io.read32(4);
    if (!io.inRange(ifd, 2))
        return std::nullopt;
    const quint16 count = io.read16(ifd);
    if (!io.inRange(ifd + 2, qint64(count) * kEntrySize + 4))
        return std::nullopt;
    std::map<quint16, QByteArray> entries;
    for (int i = 0; i < count; ++i) {
        const qint64 at = ifd + 2 + qint64(i) * kEntrySize;
        entries[io.read16(at)] = tiff.mid(at, kEntrySize);
    }
    if (next)
        *next = io.read32(ifd + 2 + qint64(count) * kEntrySize);
    return entries;
}

} // namespace

std::optional<QByteArray> withTiffAsciiTags(const QByteArray &tiff, const QList<TiffAsciiTag> &tags)
{
    const TiffBytes io(tiff);
    if (!io.valid())
        return std::nullopt;
    quint32 next = 0;
    auto entries = firstIfd(tiff, io, &next);
    if (!entries)
        return std::nullopt;

    QByteArray out = tiff;
    for (const TiffAsciiTag &tag : tags) {
        const QByteArray text = tag.text + '\0';
        QByteArray entry;
        io.append(entry, tag.tag, 2);
        io.append(entry, kAscii, 2);
        io.append(entry, static_cast<quint32>(text.size()), 4);
        if (text.size() <= 4) {
            entry.append(text.leftJustified(4, '\0'));
        } else {
            if (out.size() % 2)
                out.append('\0'); // values start on a word boundary
            io.append(entry, static_cast<quint32>(out.size()), 4);
            out.append(text);
        }
        (*entries)[tag.tag] = entry;
    }
    if (out.size() % 2)
        out.append('\0');
    if (out.size() + qint64(entries->size()) * kEntrySize + 6 > 0xFFFFFFFFLL)
        return std::nullopt;
    const quint32 newIfd = static_cast<quint32>(out.size());
    io.append(out, static_cast<quint32>(entries->size()), 2);
    for (const auto &[tag, entry] : *entries) // std::map: ascending tag order, as TIFF requires
        out.append(entry);
    io.append(out, next, 4);

    QByteArray header;
    io.append(header, newIfd, 4);
    out.replace(4, 4, header);
    return out;
}

std::optional<QByteArray> tiffAsciiTag(const QByteArray &tiff, quint16 tag)
{
    const TiffBytes io(tiff);
    if (!io.valid())
        return std::nullopt;
    const auto entries = firstIfd(tiff, io, nullptr);
    if (!entries)
        return std::nullopt;
    const auto it = entries->find(tag);
    if (it == entries->end())
        return std::nullopt;
    const QByteArray &raw = it->second; // the entry's 12 bytes, in the file's byte order
    const auto field = [&](int offset, int width) {
        quint32 value = 0;
        for (int i = 0; i < width; ++i) {
            const quint32 byte = static_cast<uchar>(raw[offset + (io.little() ? width - 1 - i : i)]);
            value = (value << 8) | byte;
        }
        return value;
    };
    if (field(2, 2) != kAscii)
        return std::nullopt;
    const quint32 count = field(4, 4);
    QByteArray text;
    if (count <= 4) {
        text = raw.mid(8, count);
    } else {
        const quint32 offset = field(8, 4);
        if (!io.inRange(offset, count))
            return std::nullopt;
        text = tiff.mid(offset, count);
    }
    const qsizetype nul = text.indexOf('\0');
    return nul >= 0 ? text.left(nul) : text;
}

} // namespace nss
