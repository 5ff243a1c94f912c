// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include "base/styleframe.h"
#include "base/stylesettings.h"
#include "io/autosave.h"

namespace nss {

// Crash recovery for the window: keeps the run's settings and its newest frame in the autosave
// folder while a run goes (at most every kIntervalMs), forgets them once the work is safe, and
// offers them back at the next start. Saves encode a PNG and fsync two files, so they run on a
// private one-thread pool (in order) and the GUI thread never waits for the disk.
class AutosaveGuard : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveGuard(QObject *parent = nullptr, const QString &folder = Autosave::defaultFolder());
    ~AutosaveGuard() override; // waits for a save in progress

    void runStarted(const StyleSettings &settings);
    void frameArrived(const StyleFrame &frame);
    void runEnded(const StyleFrame &last);
    void workIsSafe(); // exported or saved: nothing to recover any more

    bool hasRecovery() const { return m_autosave.exists(); }
    // Where the window's run keeps its checkpoint (Autosave::checkpointPath), for StyleController.
    QString checkpointPath() const { return m_autosave.checkpointPath(); }
    // Later saves go there (the cache folder preference changed); saves under way finish first.
    void setFolder(const QString &folder);
    Expected<AutosaveData> recover() const { return m_autosave.restore(); }

    static constexpr int kIntervalMs = 10000;

Q_SIGNALS:
    // An autosave could not be written (disk full, folder gone): said once, until one succeeds again.
    void failed(const QString &message);

private:
    void save(const StyleFrame &frame);
    void saved(const Status &status); // on the GUI thread, after each save
    bool m_failing = false;

    Autosave m_autosave;
    StyleSettings m_settings;
    QElapsedTimer m_sinceSave;
    QThreadPool m_pool;
};

} // namespace nss
