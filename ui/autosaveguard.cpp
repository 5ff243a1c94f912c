// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaveguard.h"

namespace nss {

AutosaveGuard::AutosaveGuard(QObject *parent, const QString &folder)
    : QObject(parent)
    , m_autosave(folder)
{
    m_pool.setMaxThreadCount(1); // saves and clears happen in the order they were asked for
}

AutosaveGuard::~AutosaveGuard()
{
    m_pool.waitForDone();
}

void AutosaveGuard::setFolder(const QString &folder)
{
    m_autosave = Autosave(folder);
}

void AutosaveGuard::runStarted(const StyleSettings &settings)
{
    m_settings = settings;
    m_sinceSave.invalidate();
    m_pool.start([this, autosave = m_autosave, settings]() mutable { // settings alone until a frame
        const Status status = autosave.save(settings);
        QMetaObject::invokeMethod(
            this, [this, status] { saved(status); }, Qt::QueuedConnection);
    });
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
    m_pool.start([autosave = m_autosave]() mutable { autosave.clear(); });
}

void AutosaveGuard::saved(const Status &status)
{
    if (status.ok()) {
        m_failing = false;
        return;
    }
    if (m_failing)
        return;
    m_failing = true;
    Q_EMIT failed(tr("Crash recovery is not working: %1").arg(status.error()));
}

void AutosaveGuard::save(const StyleFrame &frame)
{
    // A failed autosave must not interrupt painting; the next frame tries again, and the user is told once.
    m_pool.start([this, autosave = m_autosave, settings = m_settings, image = frame.image, step = frame.step]() mutable {
        const Status status = autosave.save(settings, image, step);
        QMetaObject::invokeMethod(
            this, [this, status] { saved(status); }, Qt::QueuedConnection);
    });
    m_sinceSave.start();
}

} // namespace nss
