#pragma once

#include <QString>
#include <QStringList>

namespace nss {

// The application's remembered preferences, in one place so every widget reads the same QSettings
// keys: threads, cache folder, weights file, language, recent files.
struct AppSettings
{
    int threads = 0; // 0: all cores
    QString cacheFolder; // empty: the platform's cache location
    QString networkFile; // the VGG-19 network file; empty: not chosen yet (the first-run dialog asks)
    QString language; // empty: the system's
    QStringList recentFiles;

    static AppSettings load();
    void save() const;
    void addRecentFile(const QString &path);
    QString effectiveCacheFolder() const;

    static constexpr int kMaxRecentFiles = 10;
};

} // namespace nss
