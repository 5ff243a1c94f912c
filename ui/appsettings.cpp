// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>

#include <QFileInfo>
#include <QSettings>

#include "base/cachefolder.h"
#include "weights/weightsfile.h"

namespace nss {

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings s;
    s.threads = settings.value(QLatin1StringView(SettingsKey::kThreads), 0).toInt();
    s.cacheFolder = settings.value(QLatin1StringView(SettingsKey::kCacheFolder)).toString();
    s.networkFile = settings.value(QLatin1StringView(SettingsKey::kNetworkFile)).toString();
    s.language = settings.value(QLatin1StringView(SettingsKey::kLanguage)).toString();
    s.recentFiles = settings.value(QLatin1StringView(SettingsKey::kRecentFiles)).toStringList();
    s.historyLimitMiB =
        std::max(1, settings.value(QLatin1StringView(SettingsKey::kHistoryLimitMiB), kDefaultHistoryLimitMiB).toInt());
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1StringView(SettingsKey::kThreads), threads);
    settings.setValue(QLatin1StringView(SettingsKey::kCacheFolder), cacheFolder);
    settings.setValue(QLatin1StringView(SettingsKey::kNetworkFile), networkFile);
    settings.setValue(QLatin1StringView(SettingsKey::kLanguage), language);
    settings.setValue(QLatin1StringView(SettingsKey::kRecentFiles), recentFiles);
    settings.setValue(QLatin1StringView(SettingsKey::kHistoryLimitMiB), historyLimitMiB);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentFiles.removeAll(absolute);
    recentFiles.prepend(absolute);
    while (recentFiles.size() > kMaxRecentFiles)
        recentFiles.removeLast();
}

void AppSettings::apply() const
{
    setCacheFolder(cacheFolder);
}

Expected<QString> AppSettings::locateNetworkFile() const
{
    return locateWeights({}, networkFile);
}

QString AppSettings::effectiveCacheFolder() const
{
    return cacheFolder.isEmpty() ? defaultCacheFolder() : cacheFolder;
}

} // namespace nss
