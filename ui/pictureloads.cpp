// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureloads.h"

#include "imagepane.h"

namespace nss {

PictureLoads::PictureLoads(QObject *parent)
    : QObject(parent)
{ }

void PictureLoads::watch(ImagePane *pane)
{
    const quint64 generation = pane->pendingLoad();
    if (generation == 0)
        return;
    m_loads.append({pane, generation});
    connect(pane, &ImagePane::loadEnded, this,
            [this, pane](quint64 ended, const QString &error) { this->ended(pane, ended, error); });
    connect(pane, &QObject::destroyed, this, [this, pane] { this->ended(pane, 0, QString()); });
}

void PictureLoads::seal()
{
    m_sealed = true;
    QMetaObject::invokeMethod(this, &PictureLoads::check, Qt::QueuedConnection);
}

void PictureLoads::ended(ImagePane *pane, quint64 generation, const QString &error)
{
    for (qsizetype i = 0; i < m_loads.size(); ++i) {
        // A pane that went away (generation 0) ends its load without a message.
        if (m_loads[i].pane.data() != pane && !(generation == 0 && m_loads[i].pane.isNull()))
            continue;
        if (generation != 0 && m_loads[i].generation != generation)
            continue;
        if (!error.isEmpty())
            m_problems.append(error);
        m_loads.removeAt(i);
        break;
    }
    if (m_sealed)
        check();
}

void PictureLoads::check()
{
    if (m_done || !m_sealed || !m_loads.isEmpty())
        return;
    m_done = true;
    Q_EMIT finished(m_problems);
    deleteLater();
}

} // namespace nss
