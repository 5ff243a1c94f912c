// MainWindow's menus and shortcuts, apart from its wiring so each file stays readable.
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

#include "autosaveguard.h"
#include "exportactions.h"
#include "imagepane.h"
#include "nss_version.h"
#include "previewview.h"
#include "io/projectfile.h"
#include "engine/runtime.h"
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
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                          shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    make(file, tr("Open &Content Image…"), QKeySequence::Open, [this] { m_contentPane->openFileDialog(); }, QStringLiteral("open"));
    make(file, tr("Open &Style Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), [this] { stylePane()->openFileDialog(); }, QStringLiteral("image"));
    make(file, tr("&Add Style Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+A")),
         [this] { m_styles->addStyle()->openFileDialog(); }, QStringLiteral("add"));
    make(file, tr("Open &Project…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), projectFileFilter());
        if (!path.isEmpty())
            openProject(path);
    }, QStringLiteral("open"));
    make(file, tr("&Save Project…"), QKeySequence::Save, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save project"), QStringLiteral("untitled.nssproj"),
                                                    projectFileFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".nssproj");
        saveProject(path);
    }, QStringLiteral("save"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_exportMenu = file->addMenu(themedIcon(QStringLiteral("export")), tr("&Export"));
    m_export->populate(m_exportMenu);
    file->addSeparator();
    make(file, tr("&Quit"), QKeySequence(QStringLiteral("Ctrl+Q")), [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    make(edit, tr("&Paste Image"), QKeySequence::Paste, [this] { paste(); }, QStringLiteral("paste"));
    make(edit, tr("Pr&eferences…"), QKeySequence(QStringLiteral("Ctrl+,")), [this] { openPreferences(); }, QStringLiteral("preferences"));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_startAction = make(run, tr("&Start"), QKeySequence(QStringLiteral("Ctrl+Return")), [this] { start(); });
    m_pauseAction = make(run, tr("&Pause"), QKeySequence(QStringLiteral("Ctrl+P")), [this] { togglePause(); });
    m_stopAction = make(run, tr("S&top"), QKeySequence(QStringLiteral("Ctrl+.")), [this] { stop(); });
    m_startAction->setIcon(themedIcon(QStringLiteral("start")));
    m_pauseAction->setIcon(themedIcon(QStringLiteral("pause")));
    m_stopAction->setIcon(themedIcon(QStringLiteral("stop")));
    m_pauseAction->setEnabled(false);
    m_stopAction->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    make(view, tr("&Fit to Window"), QKeySequence(QStringLiteral("Ctrl+0")), [this] { m_preview->fitToWindow(); }, QStringLiteral("zoom-fit"));
    make(view, tr("&Actual Size (100%)"), QKeySequence(QStringLiteral("Ctrl+1")), [this] { m_preview->actualSize(); }, QStringLiteral("zoom-original"));
    make(view, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); }, QStringLiteral("zoom-in"));
    make(view, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); }, QStringLiteral("zoom-out"));
    QAction *split = make(view, tr("&Before/After Split"), QKeySequence(QStringLiteral("Ctrl+B")),
                          [this](bool on) { m_preview->setSplitView(on); }, QStringLiteral("split"));
    split->setCheckable(true);

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

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_app.recentFiles)) {
        QAction *action = m_recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (path.endsWith(QLatin1String(".nssproj"), Qt::CaseInsensitive))
                openProject(path);
            else
                m_contentPane->loadFile(path);
        });
    }
    m_recentMenu->setEnabled(!m_app.recentFiles.isEmpty());
}

bool MainWindow::openProject(const QString &path)
{
    const auto project = nss::openProject(path, MissingImages::Keep);
    if (!project) {
        statusBar()->showMessage(project.error());
        return false;
    }
    const StyleSettings &s = project.value();
    loadSettings(s);
    QStringList problems;
    if (!s.contentPath.isEmpty() && !m_contentPane->loadFile(s.contentPath))
        problems << m_contentPane->errorText();
    while (m_styles->count() > std::max<qsizetype>(1, s.styles.size()))
        m_styles->removeStyle(m_styles->count() - 1);
    for (qsizetype i = 0; i < s.styles.size(); ++i) {
        ImagePane *pane = i < m_styles->count() ? m_styles->panes().at(i) : m_styles->addStyle();
        if (!pane->loadFile(s.styles[i].path))
            problems << pane->errorText();
        m_styles->setBlend(int(i), s.styles[i].blend);
    }
    m_app.addRecentFile(path);
    statusBar()->showMessage(problems.isEmpty() ? tr("Opened %1.").arg(QDir::toNativeSeparators(path)) : problems.join(QLatin1Char(' ')));
    return true;
}

bool MainWindow::saveProject(const QString &path)
{
    const Status saved = nss::saveProject(path, currentSettings());
    if (!saved) {
        statusBar()->showMessage(saved.error());
        return false;
    }
    m_app.addRecentFile(path);
    m_autosave->workIsSafe();
    statusBar()->showMessage(m_contentPane->hasImage() && m_contentPane->filePath().isEmpty()
                                 ? tr("Saved %1 (a pasted picture has no file: save it first to keep it in the project).")
                                       .arg(QDir::toNativeSeparators(path))
                                 : tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace nss
