// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and shortcuts, apart from its wiring so each file stays readable.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

#include "engine/runtime.h"
#include "exportactions.h"
#include "imagepane.h"
#include "nss_version.h"
#include "previewview.h"
#include "projectactions.h"
#include "stylelistpanel.h"
#include "themedicon.h"

namespace nss {

void MainWindow::createActions()
{
    auto make = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut, auto slot,
                       const QString &icon = QString()) {
        auto *action = menu->addAction(text);
        if (!icon.isEmpty())
            action->setIcon(themedIcon(icon));
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    make(
        file, tr("Open &Content Image…"), QKeySequence::Open, [this] { m_contentPane->openFileDialog(); },
        QStringLiteral("open"));
    make(
        file, tr("Open &Style Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), [this] { stylePane()->openFileDialog(); },
        QStringLiteral("image"));
    make(
        file, tr("&Add Style Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+A")),
        [this] { m_styles->addStyle()->openFileDialog(); }, QStringLiteral("add"));
    m_projects->populate(file);
    file->addSeparator();
    m_exportMenu = file->addMenu(themedIcon(QStringLiteral("export")), tr("&Export"));
    m_export->populate(m_exportMenu);
    file->addSeparator();
    make(file, tr("&Quit"), QKeySequence(QStringLiteral("Ctrl+Q")), [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    make(
        edit, tr("&Paste Image"), QKeySequence::Paste, [this] { paste(); }, QStringLiteral("paste"));
    make(
        edit, tr("Pr&eferences…"), QKeySequence(QStringLiteral("Ctrl+,")), [this] { openPreferences(); },
        QStringLiteral("preferences"));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_startAction = make(run, tr("&Start"), QKeySequence(QStringLiteral("Ctrl+Return")), [this] { start(); });
    m_pauseAction = make(run, tr("&Pause"), QKeySequence(QStringLiteral("Ctrl+P")), [this] { togglePause(); });
    m_stopAction = make(run, tr("S&top"), QKeySequence(QStringLiteral("Ctrl+.")), [this] { stop(); });
    m_startAction->setIcon(themedIcon(QStringLiteral("start")));
    m_pauseAction->setIcon(themedIcon(QStringLiteral("pause")));
    m_stopAction->setIcon(themedIcon(QStringLiteral("stop")));
    m_pauseAction->setEnabled(false);
    m_stopAction->setEnabled(false);
    run->addSeparator();
    make(
        run, tr("Add to &Queue"), QKeySequence(QStringLiteral("Ctrl+Shift+Return")), [this] { addToQueue(); },
        QStringLiteral("add"));
    make(run, tr("&Batch…"), QKeySequence(QStringLiteral("Ctrl+Shift+B")), [this] { openBatchDialog(); });
    run->addSeparator();
    make(run, tr("Paint &Masks…"), QKeySequence(QStringLiteral("Ctrl+M")), [this] { openMaskEditor(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    make(
        view, tr("&Fit to Window"), QKeySequence(QStringLiteral("Ctrl+0")), [this] { m_preview->fitToWindow(); },
        QStringLiteral("zoom-fit"));
    make(
        view, tr("&Actual Size (100%)"), QKeySequence(QStringLiteral("Ctrl+1")), [this] { m_preview->actualSize(); },
        QStringLiteral("zoom-original"));
    make(
        view, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); }, QStringLiteral("zoom-in"));
    make(
        view, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); }, QStringLiteral("zoom-out"));
    QAction *split = make(
        view, tr("&Before/After Split"), QKeySequence(QStringLiteral("Ctrl+B")), [this](bool on) { m_preview->setSplitView(on); },
        QStringLiteral("split"));
    split->setCheckable(true);
    view->addSeparator();
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("&Queue"));
    queue->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    view->addAction(queue);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    make(help, tr("&About Neural Style Studio"), QKeySequence::HelpContents, [this] {
        QMessageBox::about(this, tr("About Neural Style Studio"),
                           tr("<b>%1</b> %2<br>Neural style transfer (Gatys et al. 2016) over %3.")
                               .arg(QStringLiteral(NSS_PRODUCT_NAME), QStringLiteral(NSS_VERSION), torchDescription()));
    });

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolBar"));
    toolbar->addActions({m_startAction, m_pauseAction, m_stopAction});
    toolbar->addSeparator();
    toolbar->addAction(split);
}

} // namespace nss
