// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include "base/expected.h"

namespace nss {

// The members of a tar archive, as much as PyTorch 0.1.x's tar layout needs: regular files with
// their data offset and size (ustar and GNU headers, pax and GNU long names). Every offset is
// checked against the file size; nothing is extracted.
class TarDirectory
{
    Q_DECLARE_TR_FUNCTIONS(nss::TarDirectory)

public:
    struct Member
    {
        QString name;
        qint64 offset = 0; // of the member's data
        qint64 size = 0;
    };

    // A tar header at offset 0: its checksum is right (the test Python's tarfile makes).
    static bool looksLikeTar(QIODevice &device);
    static Expected<TarDirectory> read(QIODevice &device, const QString &what);

    const std::vector<Member> &members() const { return m_members; }
    const Member *find(const QString &name) const;
    QStringList names() const;

private:
    std::vector<Member> m_members;
};

} // namespace nss
