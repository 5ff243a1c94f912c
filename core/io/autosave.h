// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// What an autosave brings back after a crash, an error or a Stop.
struct AutosaveData
{
    StyleSettings settings;
    QImage lastFrame; // null when only the settings were saved (no frame yet)
    int step = 0; // the step lastFrame was taken at
    QDateTime savedAt;
};

// Crash recovery: the project and the last good frame kept in the cache folder while a run goes,
// so nothing is lost when the app stops unexpectedly. The GUI calls save() on frames (throttled),
// clear() once the work is safe (exported, project saved, or the user declined to restore), and
// at start offers to restore when exists(). Every file is written atomically: a crash during a
// save leaves the previous autosave whole. Not synchronised: call save/restore/clear from one
// thread at a time (a worker thread is fine).
class Autosave
{
public:
    // <cacheFolder()>/autosave (base/cachefolder.h)
    static QString defaultFolder();

    explicit Autosave(QString folder = defaultFolder());

    QString folder() const { return m_folder; }
    QString projectPath() const; // <folder>/autosave.nssproj
    QString framePath() const; // <folder>/last-frame.png, with the settings embedded
    // <folder>/run.nsscheckpoint: where the window's stopped run stands (io/runcheckpoint.h), so
    // that Start, or the next session after a crash, goes on from there. clear() leaves it: it
    // continues only the same settings and pictures, and the run's end deletes it.
    QString checkpointPath() const;

    // Creates the folder when needed. A null frame saves the settings alone. Costs a PNG encode of
    // the frame (tens of ms at 512 px): throttle it, or call it from a worker thread.
    Status save(const StyleSettings &settings, const QImage &lastFrame = {}, int step = 0);
    bool exists() const;
    // Images that moved since do not prevent a restore: their stored paths are kept.
    Expected<AutosaveData> restore() const;
    Status clear();

private:
    QString m_folder;
};

} // namespace nss
