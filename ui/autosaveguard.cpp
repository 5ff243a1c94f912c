#include "autosaveguard.h"

namespace nss {

AutosaveGuard::AutosaveGuard(QObject *parent, const QString &folder)
    : QObject(parent)
    , m_autosave(folder)
{
}

void AutosaveGuard::runStarted(const StyleSettings &settings)
{
    m_settings = settings;
    m_sinceSave.invalidate();
    m_autosave.save(settings); // the settings alone until the first frame
}

void AutosaveGuard::frameArrived(const StyleFrame &frame)
{
    if (!m_sinceSave.isValid() || m_sinceSave.elapsed() >= kIntervalMs)
        save(frame);
}

void AutosaveGuard::runEnded(const StyleFrame &last)
{
    if (!last.image.isNull())
        save(last); // the result itself, until it is exported
}

void AutosaveGuard::workIsSafe()
{
    m_autosave.clear();
}

void AutosaveGuard::save(const StyleFrame &frame)
{
    // A failed autosave must not interrupt painting; the next frame tries again.
    m_autosave.save(m_settings, frame.image, frame.step);
    m_sinceSave.start();
}

} // namespace nss
