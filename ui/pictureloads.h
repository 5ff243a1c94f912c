// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace nss {

class ImagePane;

// Several panes' background loads seen as one (a project's pictures, a restored result's, those
// of the command line): finished() comes once every watched load has ended, with the messages of
// the pictures that could not be read, and the object deletes itself after.
class PictureLoads : public QObject
{
    Q_OBJECT

public:
    explicit PictureLoads(QObject *parent = nullptr);

    // Watches the load `pane` is running now; an idle pane adds nothing.
    void watch(ImagePane *pane);
    // No more watch(): finished() follows when the loads end, from the event loop when none is
    // left, so a caller always has time to connect.
    void seal();

Q_SIGNALS:
    void finished(const QStringList &problems);

private:
    struct Load
    {
        QPointer<ImagePane> pane;
        quint64 generation = 0;
    };
    void ended(ImagePane *pane, quint64 generation, const QString &error);
    void check();

    QList<Load> m_loads;
    QStringList m_problems;
    bool m_sealed = false;
    bool m_done = false;
};

} // namespace nss
