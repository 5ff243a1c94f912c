// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <utility>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "autosaveguard.h"
#include "engine/memorymodel.h"
#include "engine/runpreparation.h"
#include "exportactions.h"
#include "historystrip.h"
#include "imagepane.h"
#include "layerspanel.h"
#include "losschart.h"
#include "memorycheck.h"
#include "pictureloads.h"
#include "preferencesdialog.h"
#include "previewview.h"
#include "projectactions.h"
#include "queuerunner.h"
#include "runprogress.h"
#include "logslider.h"
#include "settingspanel.h"
#include "stylelistpanel.h"
#include "weightsdialog.h"

namespace nss {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_app([] {
        AppSettings app = AppSettings::load();
        app.apply(); // before the autosave guard looks for its folder
        return app;
    }())
    , m_controller(new StyleController(this))
    , m_contentPane(new ImagePane(tr("Content"), tr("Drop a photo here")))
    , m_styles(new StyleListPanel)
    , m_settingsPanel(new SettingsPanel)
    , m_layersPanel(new LayersPanel)
    , m_preview(new PreviewView)
    , m_chart(new LossChart)
    , m_progress(new RunProgress)
    , m_export(new ExportActions(this))
    , m_autosave(new AutosaveGuard(this))
    , m_memory(new MemoryCheck(this))
    , m_history(new HistoryStrip)
{
    m_projects = new ProjectActions(this, &m_app, m_autosave);
    m_controller->setCheckpointFile(m_autosave->checkpointPath()); // Stop, then Start, goes on
    setWindowTitle(tr("Neural Style Studio"));
    setObjectName(QStringLiteral("mainWindow"));
    m_contentPane->setObjectName(QStringLiteral("contentPane"));
    m_contentPane->setAcceptsVideo(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_chart->setObjectName(QStringLiteral("lossChart"));

    createQueue();
    createActions();
    buildLayout();
    connectEngine();
    connectPanels();
    connectHistory();
    connectGallery();
    connectQueue();
    createMasks();
    m_history->setSizeLimit(m_app.historyLimitBytes());
    rescueAutosave();
    findNetworkFile();
    statusBar()->showMessage(tr("Drop a photo and a painting to begin."));
    resize(1200, 760);
    restoreState();
    updateMemoryEstimate();
}

MainWindow::~MainWindow()
{
    // A result still being written is finished and reported, so the autosave it replaces is
    // cleared before the autosave guard goes (else the next start would rescue it a second time).
    m_history->waitForIdle();
}

ImagePane *MainWindow::stylePane() const
{
    return m_styles->firstPane();
}

StyleSettings MainWindow::currentSettings() const
{
    StyleSettings s = m_base;
    s.contentPath = m_contentPane->filePath();
    s.styles = m_styles->sources();
    s.keepMaskPath.clear(); // the masks are the mask editor's pictures, not files (settingsWithMasks)
    s.styleScale = m_styles->styleScale();
    m_settingsPanel->apply(s);
    m_layersPanel->apply(s);
    // The thread count is the machine's, not the picture's: projects and the last settings carry
    // none (0), so neither a --threads of this session nor another machine's count comes back.
    s.threads = 0;
    return s;
}

void MainWindow::loadSettings(const StyleSettings &settings)
{
    m_base = settings;
    m_settingsPanel->load(settings);
    m_layersPanel->load(settings);
    m_styles->setStyleScale(settings.styleScale);
}

bool MainWindow::openProject(const QString &path)
{
    return m_projects->open(path);
}

bool MainWindow::saveProject(const QString &path)
{
    return m_projects->save(path);
}

void MainWindow::updateMemoryEstimate()
{
    const RunPictures pictures{m_contentPane->image(), m_styles->images(), QImage(), {}};
    const StyleSettings settings = currentSettings();
    const TilingChoice plan = m_memory->plan(settings, pictures.content.size(), pictures.styleSizes());
    m_settingsPanel->showMemoryEstimate(plan.predictedBytes, m_memory->available(), plan.tileSide);
    m_styles->showOutputSize(outputSizeFor(settings, pictures.content.size()));
}

void MainWindow::setNetworkFile(const QString &path)
{
    m_app.networkFile = path;
    m_app.save();
    findNetworkFile();
}

void MainWindow::findNetworkFile()
{
    const Expected<QString> found = m_app.locateNetworkFile();
    m_networkFile = found ? found.value() : QString();
    m_controller->setNetworkFile(m_networkFile);
    m_queueRunner->setNetworkFile(m_networkFile);
}

void MainWindow::setSessionThreads(int threads)
{
    m_sessionThreads = threads;
    m_queueRunner->setThreads(runThreads());
}

int MainWindow::runThreads() const
{
    return m_sessionThreads > 0 ? m_sessionThreads : m_app.threads;
}

QImage MainWindow::currentImage() const
{
    return m_lastFrame.image;
}

void MainWindow::start()
{
    if (picturesLoading()) { // Start pressed while a picture decodes: run as soon as it is in
        statusBar()->showMessage(tr("Starting once the pictures are loaded…"));
        if (!std::exchange(m_startWhenLoaded, true)) // pressed twice: still one run
            connect(pendingPictures(), &PictureLoads::finished, this, [this](const QStringList &problems) {
                // Disarmed when other pictures were asked for since (a project, a restored result).
                if (std::exchange(m_startWhenLoaded, false) && problems.isEmpty())
                    start();
            });
        return;
    }
    if (!m_contentPane->hasImage()) {
        statusBar()->showMessage(tr("Drop a photo into the Content pane first."));
        return;
    }
    const QList<QImage> styles = m_styles->images();
    if (styles.isEmpty()) {
        statusBar()->showMessage(tr("Drop a painting into the Style pane first."));
        return;
    }
    if (m_networkFile.isEmpty() || !QFileInfo::exists(m_networkFile)) {
        checkWeights(); // finds the file in another known place, or asks for it
        if (m_networkFile.isEmpty() || !QFileInfo::exists(m_networkFile))
            return;
    }
    StyleSettings settings = currentSettings();
    settings.threads = runThreads();
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return;
    }
    // Content and styles come from the panes (a pasted picture has no file); the start image from its file.
    const auto pictures = loadRunPictures(settings, RunPictures{m_contentPane->image(), styles, QImage(), {}});
    if (!pictures) {
        const QString message = tr("Cannot start from the chosen image: %1").arg(pictures.error());
        statusBar()->showMessage(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Start from image"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("initImageProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (const QString problem = pictureSizeProblem(settings, pictures->content.size()); !problem.isEmpty()) {
        showError(tr("Cannot start"), problem);
        return;
    }
    if (!m_memory->confirmStart(settings, pictures->content.size(), pictures->styleSizes())) {
        statusBar()->showMessage(tr("Not started: a run at %1 px needs more memory than is free.").arg(settings.outputSize));
        return;
    }
    // Nothing is lost here: the previous result went into the history when its run ended.
    m_progress->reset(settings.steps);
    m_chart->clear();
    m_lastFrame = StyleFrame();
    m_engineStatus = tr("Starting…");
    m_runOutputSize = outputSizeFor(settings, pictures->content.size());
    m_runSettings = settings;
    m_runKept = false;
    m_history->select({}); // the preview follows the new run until an earlier result is picked
    m_export->beginRun(settings);
    m_autosave->runStarted(settings);
    m_preview->setBeforeImage(m_contentPane->image());
    m_runVideo.clear();
    m_lastVideo.clear();
    m_export->setVideo({});
    if (m_contentPane->isVideo()) { // frame by frame; the same video again resumes where it stopped
        VideoOptions options;
        options.clipPath = settings.contentPath;
        options.outputPath = m_runVideo = videoOutputFor(settings.contentPath);
        options.temporalWeight = m_settingsPanel->temporalWeight()->value();
        m_jobId = m_controller->startVideo(settings, pictures->styles, options);
        return;
    }
    m_jobId = m_controller->start(settings, pictures->content, pictures->styles, pictures->start);
}

void MainWindow::togglePause()
{
    if (m_controller->state() == StyleController::State::Paused)
        m_controller->resume();
    else if (m_controller->isBusy())
        m_controller->pause();
}

void MainWindow::stop()
{
    m_controller->cancel();
}

void MainWindow::checkWeights()
{
    findNetworkFile(); // the file may have arrived since (a download, the environment, PyTorch's cache)
    if (!m_networkFile.isEmpty())
        return;
    statusBar()->showMessage(tr("Download or choose the VGG-19 weights file to start."));
    if (findChild<WeightsDialog *>())
        return; // already asking
    auto *dialog = new WeightsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setNetworkFile(dialog->chosenFile());
        statusBar()->showMessage(tr("Weights: %1").arg(QDir::toNativeSeparators(dialog->chosenFile())));
    });
    dialog->open(); // window-modal, and the GUI thread goes on
    Q_EMIT weightsMissing();
}

void MainWindow::paste()
{
    // The focused pane takes it; otherwise the first empty one, content first.
    QList<ImagePane *> panes = m_styles->panes();
    panes.append(m_contentPane);
    for (ImagePane *pane : std::as_const(panes))
        if (pane->hasFocus())
            return pane->pasteFromClipboard();
    if (!m_contentPane->hasImage())
        return m_contentPane->pasteFromClipboard();
    stylePane()->pasteFromClipboard();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_app = dialog->settings();
        m_app.save();
        m_app.apply();
        m_autosave->setFolder(Autosave::defaultFolder());
        m_controller->setCheckpointFile(m_autosave->checkpointPath());
        m_history->setSizeLimit(m_app.historyLimitBytes());
        m_queueRunner->setThreads(runThreads());
        findNetworkFile();
    });
    dialog->open();
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1StringView(SettingsKey::kWindowGeometry)).toByteArray());
    QMainWindow::restoreState(settings.value(QLatin1StringView(SettingsKey::kWindowState)).toByteArray());
    const QByteArray last = settings.value(QLatin1StringView(SettingsKey::kLastSettings)).toByteArray();
    if (!last.isEmpty()) {
        const auto parsed = StyleSettings::fromJson(QJsonDocument::fromJson(last).object());
        if (parsed)
            loadSettings(parsed.value());
    }
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QLatin1StringView(SettingsKey::kWindowGeometry), saveGeometry());
    settings.setValue(QLatin1StringView(SettingsKey::kWindowState), QMainWindow::saveState());
    settings.setValue(QLatin1StringView(SettingsKey::kLastSettings),
                      QJsonDocument(currentSettings().toJson()).toJson(QJsonDocument::Compact));
    m_app.save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quit == Quit::Ask && m_controller->isBusy()) {
        askBeforeQuittingDuringARun();
        event->ignore();
        return;
    }
    if (m_quit == Quit::AfterKeeping && (!m_runKept || m_history->isBusy())) {
        event->ignore(); // connectHistory() closes the window once the history is idle
        return;
    }
    if (m_history->isBusy()) {
        // A result being written is the artist's work: it is finished first (a second or so).
        statusBar()->showMessage(tr("Keeping the last result…"));
        m_history->waitForIdle();
    }
    if (m_export->isBusy()) {
        // Closing now would cut the file short: close as soon as the export is written.
        statusBar()->showMessage(tr("Closing when the export is finished…"));
        connect(m_export, &ExportActions::busyChanged, this, &QWidget::close,
                Qt::ConnectionType(Qt::SingleShotConnection | Qt::UniqueConnection));
        event->ignore();
        return;
    }
    saveState();
    m_controller->cancel(); // the controller's destructor joins its thread once the step ends
    QMainWindow::closeEvent(event);
}

} // namespace nss
