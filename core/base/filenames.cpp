// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/filenames.h"

#include <QDir>
#include <QFileInfo>

namespace nss {

QString quotedFileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return QStringLiteral("\"%1\"").arg(name.isEmpty() ? QDir::toNativeSeparators(path) : name);
}

} // namespace nss
