// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "base/expected.h"

namespace nss {

// Every QSettings key the programs use, spelled once.
namespace SettingsKey {
inline constexpr char kThreads[] = "preferences/threads";
inline constexpr char kCacheFolder[] = "preferences/cacheFolder";
inline constexpr char kNetworkFile[] = "preferences/weightsFile"; // the old name: kept preferences keep working
// A code from availableLanguages() (base/translations.h), or empty to follow the system. Read once
// at start, so a change applies on the next start.
inline constexpr char kLanguage[] = "ui/language";
inline constexpr char kHistoryLimitMiB[] = "preferences/historyLimitMiB";
inline constexpr char kRecentFiles[] = "recentFiles";
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kWindowState[] = "window/state";
inline constexpr char kLastSettings[] = "lastSettings"; // the run settings of the last session, JSON
} // namespace SettingsKey

// The application's remembered preferences: threads, cache folder, network file, language, recent
// files.
struct AppSettings
{
    int threads = 0; // 0: all cores
    QString cacheFolder; // empty: the platform's cache location
    QString networkFile; // the VGG-19 network file; empty: not chosen yet (the first-run dialog asks)
    QString language; // empty: the system's
    int historyLimitMiB = kDefaultHistoryLimitMiB; // the run history's disk use
    QStringList recentFiles;

    static AppSettings load();
    void save() const;
    void addRecentFile(const QString &path);
    QString effectiveCacheFolder() const;
    // Puts the preferences that take effect in core (the cache folder) into force.
    void apply() const;
    // The network file to use, found as the CLI finds it, with the Preferences choice second
    // (after --weights, which the window makes the Preferences choice): networkFile when it is
    // there, else NSS_VGG19_WEIGHTS, the shared data folder, PyTorch's hub cache.
    Expected<QString> locateNetworkFile() const;

    static constexpr int kMaxRecentFiles = 10;
    static constexpr int kDefaultHistoryLimitMiB = 2048;
    qint64 historyLimitBytes() const { return qint64(historyLimitMiB) * 1024 * 1024; }
};

} // namespace nss
