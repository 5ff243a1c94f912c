// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/cachefolder.h"

#include <QMutex>
#include <QStandardPaths>

namespace nss {

namespace {

QMutex &folderLock()
{
    static QMutex lock;
    return lock;
}

QString &chosenFolder()
{
    static QString folder;
    return folder;
}

} // namespace

QString defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString cacheFolder()
{
    {
        const QMutexLocker locker(&folderLock());
        if (!chosenFolder().isEmpty())
            return chosenFolder();
    }
    return defaultCacheFolder();
}

void setCacheFolder(const QString &folder)
{
    const QMutexLocker locker(&folderLock());
    chosenFolder() = folder;
}

} // namespace nss
