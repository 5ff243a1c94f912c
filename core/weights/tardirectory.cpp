// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/tardirectory.h"

#include <QCoreApplication>

namespace nss {

namespace {

constexpr int kBlock = 512;
constexpr int kMaxMembers = 10000;

bool readBlock(QIODevice &device, qint64 offset, QByteArray &out)
{
    if (offset < 0 || offset > device.size() - kBlock || !device.seek(offset))
        return false;
    out = device.read(kBlock);
    return out.size() == kBlock;
}

bool checksumMatches(const QByteArray &header)
{
    quint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? uchar(' ') : static_cast<uchar>(header[i]);
    const QByteArray field = header.mid(148, 8).trimmed();
    bool ok = false;
    const quint64 stored =
        QByteArray(field.constData(), int(qstrnlen(field.constData(), field.size()))).trimmed().toULongLong(&ok, 8);
    return ok && stored == sum;
}

// Octal digits, or (GNU, for members over 8 GB) big-endian base-256 with the top bit set.
qint64 sizeField(const QByteArray &header)
{
    if (static_cast<uchar>(header[124]) & 0x80) {
        quint64 v = 0;
        for (int i = 125; i < 136; ++i)
            v = (v << 8) | static_cast<uchar>(header[i]);
        return v > quint64(1) << 50 ? -1 : qint64(v);
    }
    QByteArray digits = header.mid(124, 12);
    digits.truncate(int(qstrnlen(digits.constData(), digits.size())));
    bool ok = false;
    const qint64 v = digits.trimmed().toLongLong(&ok, 8);
    return ok ? v : -1;
}

QString cString(const QByteArray &bytes, int at, int width)
{
    const QByteArray field = bytes.mid(at, width);
    return QString::fromUtf8(field.constData(), int(qstrnlen(field.constData(), field.size())));
}

// A pax extended header's "path" record ("LEN path=VALUE\n"), if it has one.
QString paxPath(const QByteArray &data)
{
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype space = data.indexOf(' ', at);
        bool ok = false;
        const qsizetype length = space < 0 ? 0 : data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= 0 || at + length > data.size())
            break;
        const QByteArray record = data.mid(space + 1, at + length - space - 2);
        if (record.startsWith("path="))
            return QString::fromUtf8(record.mid(5));
        at += length;
    }
    return {};
}

} // namespace

bool TarDirectory::looksLikeTar(QIODevice &device)
{
    QByteArray header;
    return readBlock(device, 0, header) && checksumMatches(header);
}

Expected<TarDirectory> TarDirectory::read(QIODevice &device, const QString &what)
{
    auto bad = [&](const QString &problem) {
        return fail(tr("%1 is not a weights file this app can read: %2").arg(what, problem));
    };
    TarDirectory result;
    QString longName;
    for (qint64 at = 0;;) {
        QByteArray header;
        if (at == device.size() && !result.m_members.empty())
            return result; // no end marker: Python's tarfile accepts that too
        if (!readBlock(device, at, header))
            return bad(tr("it is a truncated tar archive (its end marker is missing)."));
        if (header.count('\0') == kBlock)
            return result;
        const qint64 size = sizeField(header);
        if (!checksumMatches(header) || size < 0 || size > device.size() - at - kBlock)
            return bad(tr("it is a tar archive with a garbled or truncated member at byte %1.").arg(at));
        const char type = header[156];
        const qint64 data = at + kBlock;
        if (type == 'x' || type == 'L') {
            if (!device.seek(data) || size > (1 << 20))
                return bad(tr("it is a tar archive with a garbled or truncated member at byte %1.").arg(at));
            const QByteArray extended = device.read(size);
            longName = type == 'x'
                           ? paxPath(extended)
                           : QString::fromUtf8(extended.constData(), int(qstrnlen(extended.constData(), extended.size())));
        } else if (type == '0' || type == '\0' || type == '7') {
            QString name = cString(header, 0, 100);
            if (header.mid(257, 5) == "ustar" && header[345] != '\0')
                name = cString(header, 345, 155) + QLatin1Char('/') + name;
            result.m_members.push_back(Member{longName.isEmpty() ? name : longName, data, size});
            longName.clear();
            if (result.m_members.size() > size_t(kMaxMembers))
                return bad(tr("it is a tar archive with more than %1 members.").arg(kMaxMembers));
        } else if (type != 'g') {
            longName.clear(); // folders, links: nothing PyTorch wrote
        }
        at = data + (size + kBlock - 1) / kBlock * kBlock;
    }
}

const TarDirectory::Member *TarDirectory::find(const QString &name) const
{
    for (const Member &m : m_members) {
        if (m.name == name || m.name == QLatin1String("./") + name)
            return &m;
    }
    return nullptr;
}

QStringList TarDirectory::names() const
{
    QStringList result;
    for (const Member &m : m_members)
        result << m.name;
    return result;
}

} // namespace nss
