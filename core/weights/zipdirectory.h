// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include "base/expected.h"

namespace nss {

// The central directory of a zip archive, as much as PyTorch's zip format needs: stored
// (uncompressed) entries, zip64 sizes and offsets. Every offset is checked against the file size.
class ZipDirectory
{
    Q_DECLARE_TR_FUNCTIONS(nss::ZipDirectory)

public:
    struct Entry
    {
        QString name;
        qint64 size = 0; // uncompressed == compressed: only stored entries are accepted
        qint64 localHeaderOffset = 0;
    };

    static Expected<ZipDirectory> read(QIODevice &device, const QString &what);

    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // Where the entry's bytes start (after its local header), checked to end inside the file.
    Expected<qint64> dataOffset(QIODevice &device, const Entry &entry) const;

private:
    std::vector<Entry> m_entries;
    QString m_what;
};

} // namespace nss
