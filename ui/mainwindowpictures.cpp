// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's pictures going in: loading a project's or a result's pictures into the panes in the
// background and knowing when they are in (the panes decode on worker threads).
#include "mainwindow.h"

#include <algorithm>

#include <QDeadlineTimer>

#include "imagepane.h"
#include "pictureloads.h"
#include "stylelistpanel.h"

namespace nss {

PictureLoads *MainWindow::loadPictures(const StyleSettings &settings)
{
    m_startWhenLoaded = false; // a Start pressed for the pictures these replace

    if (!settings.contentPath.isEmpty())
        m_contentPane->loadFileAsync(settings.contentPath);
    m_styles->loadSources(settings.styles);
    return pendingPictures();
}

PictureLoads *MainWindow::pendingPictures()
{
    auto *loads = new PictureLoads(this);
    loads->watch(m_contentPane);
    for (ImagePane *pane : m_styles->panes())
        loads->watch(pane);
    loads->seal();
    return loads;
}

bool MainWindow::picturesLoading() const
{
    if (m_contentPane->isLoading())
        return true;
    const QList<ImagePane *> panes = m_styles->panes();
    return std::any_of(panes.cbegin(), panes.cend(), [](const ImagePane *pane) { return pane->isLoading(); });
}

bool MainWindow::waitForPictures(int ms)
{
    const QDeadlineTimer deadline(ms);
    bool done = m_contentPane->waitForLoaded(int(deadline.remainingTime()));
    for (ImagePane *pane : m_styles->panes())
        done = pane->waitForLoaded(int(deadline.remainingTime())) && done;
    return done;
}

} // namespace nss
