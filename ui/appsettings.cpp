#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "base/translations.h"

namespace nss {

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings s;
    s.threads = settings.value(QStringLiteral("preferences/threads"), 0).toInt();
    s.cacheFolder = settings.value(QStringLiteral("preferences/cacheFolder")).toString();
    s.networkFile = settings.value(QStringLiteral("preferences/weightsFile")).toString();
    s.language = settings.value(QLatin1StringView(kLanguageSettingKey)).toString();
    s.recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/threads"), threads);
    settings.setValue(QStringLiteral("preferences/cacheFolder"), cacheFolder);
    settings.setValue(QStringLiteral("preferences/weightsFile"), networkFile);
    settings.setValue(QLatin1StringView(kLanguageSettingKey), language);
    settings.setValue(QStringLiteral("recentFiles"), recentFiles);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentFiles.removeAll(absolute);
    recentFiles.prepend(absolute);
    while (recentFiles.size() > kMaxRecentFiles)
        recentFiles.removeLast();
}

QString AppSettings::effectiveCacheFolder() const
{
    return cacheFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : cacheFolder;
}

} // namespace nss
