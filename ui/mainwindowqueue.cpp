// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the queue: Add to Queue, the Batch dialog, the queue panel's dock, and the
// queue's results kept in the run history like the window's own runs.
#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

#include "batchdialog.h"
#include "historystrip.h"
#include "imagepane.h"
#include "maskcanvas.h"
#include "maskeditor.h"
#include "memorycheck.h"
#include "queuepanel.h"
#include "queuerunner.h"

namespace nss {

// Before the menus: the View menu toggles the dock.
void MainWindow::createQueue()
{
    m_queueRunner = new QueueRunner(new JobQueue(JobQueue::defaultFile()), this);
    m_queuePanel = new QueuePanel(m_queueRunner);
    m_queueDock = new QDockWidget(tr("Queue"), this);
    m_queueDock->setObjectName(QStringLiteral("queueDock"));
    m_queueDock->setWidget(m_queuePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_queueDock);
    m_queueDock->setVisible(!m_queueRunner->queue()->jobs().isEmpty()); // until the window's state says otherwise
}

void MainWindow::connectQueue()
{
    // The artist's own run goes first: the queue's job waits at its next step until it ends.
    connect(m_controller, &StyleController::stateChanged, m_queueRunner,
            [this](StyleController::State state) { m_queueRunner->setWindowRunBusy(state != StyleController::State::Idle); });
    connect(m_queueRunner, &QueueRunner::resultReady, this,
            [this](const HistoryItem &item, const QImage &picture) { m_history->keep(item, picture, false); });
    connect(m_history, &HistoryStrip::itemKept, m_queueRunner, &QueueRunner::historyItemKept);
    connect(m_history, &HistoryStrip::failed, m_queueRunner, &QueueRunner::historyFailed);
    connect(m_queueRunner->queue(), &JobQueue::saveFailed, this, [this](const QString &message) { showError(tr("Queue"), message); });
    pruneQueueMasks();
    m_queueRunner->setAvailableMemory([this] { return m_memory->available(); });
    m_queueRunner->setThreads(runThreads());
    if (const QString problem = m_queueRunner->queue()->loadProblem(); !problem.isEmpty())
        QTimer::singleShot(0, this, [this, problem] { showError(tr("Queue"), problem); });
}

// The queue reads each picture from its file when the job's turn comes: a pasted picture,
// which has none, cannot be queued.
Expected<StyleSettings> MainWindow::queueableSettings() const
{
    StyleSettings settings = currentSettings();
    if (!m_contentPane->hasImage() || settings.contentPath.isEmpty())
        return fail(tr("Open a photo from a file first: the queue reads each picture from its file when its turn comes."));
    if (settings.styles.isEmpty())
        return fail(tr("Drop a painting into the Style pane first."));
    for (const StyleSource &style : std::as_const(settings.styles))
        if (style.path.isEmpty())
            return fail(tr("A pasted painting has no file: save it and open the file to queue it."));
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return fail(problem);
    return settings;
}

// The painted masks travel with a queued job as grey PNGs in a folder of their own beside the
// queue's file: its engine reads them when the job's turn comes, and the history copies them into
// the result. Later strokes do not change a job already queued.
QString MainWindow::queueMasksFolder() const
{
    return QFileInfo(m_queueRunner->queue()->file()).absoluteDir().filePath(QStringLiteral("queue-masks"));
}

// The mask folders that no job in the queue names any more (removed jobs) go at start.
void MainWindow::pruneQueueMasks()
{
    const QDir folder(queueMasksFolder());
    QStringList named;
    for (const QueueJob &job : m_queueRunner->queue()->jobs()) {
        for (const StyleSource &style : job.settings.styles)
            named << style.maskPath;
        named << job.settings.keepMaskPath;
    }
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString prefix = folder.filePath(name) + QLatin1Char('/');
        if (std::none_of(named.begin(), named.end(), [&prefix](const QString &path) { return path.startsWith(prefix); }))
            QDir(folder.filePath(name)).removeRecursively();
    }
}

void MainWindow::addToQueue()
{
    Expected<StyleSettings> settings = queueableSettings();
    if (settings && m_maskEditor->canvas()->hasMasks())
        settings = withMasksIn(settings.value(), QDir(queueMasksFolder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!settings) {
        statusBar()->showMessage(settings.error());
        return;
    }
    m_queueRunner->queue()->add({settings.value()});
    m_queueDock->show();
    statusBar()->showMessage(tr("Added to the queue: %1 (%n job(s) in the queue).", nullptr,
                                int(m_queueRunner->queue()->jobs().size()))
                                 .arg(m_queueRunner->queue()->jobs().constLast().title()));
}

void MainWindow::openBatchDialog()
{
    const StyleSettings settings = currentSettings();
    auto *dialog = new BatchDialog(settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The window's own pictures to start from, when they are files (not pasted or bundled).
    auto isFile = [](const QString &path) { return !path.isEmpty() && !path.startsWith(QLatin1Char(':')) && QFileInfo(path).isFile(); };
    if (isFile(settings.contentPath))
        dialog->setContents({settings.contentPath});
    QStringList styles;
    for (const StyleSource &style : settings.styles)
        if (isFile(style.path))
            styles << style.path;
    dialog->setStyles(styles);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<StyleSettings> jobs = dialog->jobs();
        m_queueRunner->queue()->add(jobs);
        m_queueDock->show();
        statusBar()->showMessage(tr("Added %n job(s) to the queue.", nullptr, int(jobs.size())));
    });
    dialog->open();
}

} // namespace nss
