#pragma once

#include <QElapsedTimer>
#include <QObject>

#include "autosave.h"
#include "styleframe.h"
#include "stylesettings.h"

namespace nss {

// Crash recovery for the window: keeps the run's settings and its newest frame in the autosave
// folder while a run goes (at most every kIntervalMs, since each save encodes a PNG on the GUI
// thread), forgets them once the work is safe, and offers them back at the next start.
class AutosaveGuard : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveGuard(QObject *parent = nullptr, const QString &folder = Autosave::defaultFolder());

    void runStarted(const StyleSettings &settings);
    void frameArrived(const StyleFrame &frame);
    void runEnded(const StyleFrame &last);
    void workIsSafe(); // exported or saved: nothing to recover any more

    bool hasRecovery() const { return m_autosave.exists(); }
    Expected<AutosaveData> recover() const { return m_autosave.restore(); }

    static constexpr int kIntervalMs = 10000;

private:
    void save(const StyleFrame &frame);

    Autosave m_autosave;
    StyleSettings m_settings;
    QElapsedTimer m_sinceSave;
};

} // namespace nss
