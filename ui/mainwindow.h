// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "appsettings.h"
#include "base/stylesettings.h"
#include "engine/stylecontroller.h"
#include "io/runhistory.h"

class QAction;
class QDockWidget;
class QMenu;

namespace nss {

class AutosaveGuard;
class ExportActions;
class HistoryStrip;
class ImagePane;
class LossChart;
class MaskEditor;
class MemoryCheck;
class PictureLoads;
class PreviewView;
class ProjectActions;
class QueuePanel;
class QueueRunner;
class RunProgress;
class LayersPanel;
class SampleGallery;
class SettingsPanel;
class StyleListPanel;

// The studio window. It only wires: panes, controls and the preview talk to the engine
// (StyleController, which runs in its own thread) through queued signals; nothing here waits on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ImagePane *contentPane() const { return m_contentPane; }
    ImagePane *stylePane() const;
    StyleListPanel *styleList() const { return m_styles; }
    SettingsPanel *settingsPanel() const { return m_settingsPanel; }
    LayersPanel *layersPanel() const { return m_layersPanel; }
    PreviewView *preview() const { return m_preview; }
    LossChart *lossChart() const { return m_chart; }
    RunProgress *progress() const { return m_progress; }
    StyleController *controller() const { return m_controller; }
    ExportActions *exportActions() const { return m_export; }
    MemoryCheck *memoryCheck() const { return m_memory; }
    HistoryStrip *history() const { return m_history; }
    ProjectActions *projectActions() const { return m_projects; }
    AutosaveGuard *autosaveGuard() const { return m_autosave; }
    SampleGallery *sampleGallery() const { return m_gallery; }
    QueueRunner *queueRunner() const { return m_queueRunner; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    QDockWidget *queueDock() const { return m_queueDock; }
    MaskEditor *maskEditor() const { return m_maskEditor; }

    // Everything the window would run with now: images' paths and every control. Its thread
    // count is 0: that is the machine's (runThreads()), never kept in projects or the last settings.
    StyleSettings currentSettings() const;
    void loadSettings(const StyleSettings &settings); // controls only; images load separately
    // The network file runs use: the Preferences choice (or --weights), else NSS_VGG19_WEIGHTS,
    // the shared data folder or PyTorch's hub cache (locateWeights); empty when none is found.
    QString networkFile() const { return m_networkFile; }
    // Makes `path` the Preferences choice (remembered), then finds the file again.
    void setNetworkFile(const QString &path);
    // --threads: this session only; it is neither saved nor put into projects.
    void setSessionThreads(int threads);
    // The thread count a run gets: --threads, else Preferences, else 0 (all cores).
    int runThreads() const;
    // The newest frame of the last run, or a null image before any.
    QImage currentImage() const;
    // The video the last run wrote (issue 23), in the app's data folder until exported; empty
    // when the last run painted a picture or stopped early.
    QString lastVideo() const { return m_lastVideo; }

public Q_SLOTS:
    void start();
    void togglePause();
    void stop();
    // The current content, styles and settings (what Start would run) as a job at the queue's end.
    void addToQueue();
    // Several photos and paintings: every combination added to the queue (BatchDialog).
    void openBatchDialog();
    // Run > Paint Masks…: where each style goes and what stays the photo (MaskEditor).
    void openMaskEditor();
    // For a project saved at `projectPath`: the current settings with the painted masks written as
    // PNG files into the project's ".masks" folder and named in the settings.
    Expected<StyleSettings> settingsWithMasks(const QString &projectPath) const;
    // The masks a project names, painted back into the mask editor (which is emptied first); the
    // photo must be in the content pane. Returns the masks that could not be read.
    QStringList restoreMasks(const StyleSettings &settings);
    // Loads a project file's images and settings; false (with the reason in the status bar) on error.
    bool openProject(const QString &path);
    bool saveProject(const QString &path);
    // Starts loading the settings' content and style pictures into the panes, in the background;
    // the returned loads report, once all have ended, the messages of those that could not be read.
    PictureLoads *loadPictures(const StyleSettings &settings);
    // Every pane's load in progress now, as one: finished() comes when the pictures are in (at
    // once, from the event loop, when nothing is loading).
    PictureLoads *pendingPictures();
    bool picturesLoading() const;
    // Blocks until no pane is loading, for tests and scripts; false when `ms` passed first.
    bool waitForPictures(int ms = 120000);
    // After a crash: offers the autosaved settings and last frame back (non-blocking question).
    void offerRecovery();
    void restoreRecovery();
    // At every start, before anything can overwrite it: a crashed session's autosaved picture goes
    // into the history (once), whether or not the user is asked about restoring it.
    void rescueAutosave();
    // Asks for the weights (first-run dialog) when none is configured or the file is gone.
    void checkWeights();

Q_SIGNALS:
    void weightsMissing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void buildLayout();
    void connectEngine();
    void connectPanels();
    void onFrame(const StyleFrame &frame);
    void onPreview(const StyleFrame &preview);
    void showEngineStatus(const QString &message);
    void onFinished(const StyleFrame &last, bool cancelled);
    void onFailed(quint64 jobId, const QString &message);
    void keepResult(HistoryItem::Outcome outcome);
    void onLossWeightsChanged(double contentWeight, double styleWeight, double tvWeight);
    void connectHistory();
    void showHistoryItem(const HistoryItem &item, const QImage &picture);
    void restoreHistoryItem(const HistoryItem &item);
    void showError(const QString &title, const QString &message);
    void askBeforeQuittingDuringARun();
    void onStateChanged(StyleController::State state);
    void paste();
    void openPreferences();
    void restoreState();
    void saveState() const;
    void updateMemoryEstimate();
    void findNetworkFile();
    void connectGallery();
    void createQueue();
    void connectQueue();
    void createMasks();
    Expected<StyleSettings> queueableSettings() const;
    QString queueMasksFolder() const;
    void pruneQueueMasks();
    // `settings` naming the painted masks, written as grey PNGs into `folder` (as they are).
    Expected<StyleSettings> withMasksIn(StyleSettings settings, const QString &folder) const;

    AppSettings m_app;
    QString m_networkFile; // the one found (networkFile())
    int m_sessionThreads = 0; // --threads
    StyleController *m_controller = nullptr;
    ImagePane *m_contentPane = nullptr;
    StyleListPanel *m_styles = nullptr;
    SettingsPanel *m_settingsPanel = nullptr;
    LayersPanel *m_layersPanel = nullptr;
    PreviewView *m_preview = nullptr;
    LossChart *m_chart = nullptr;
    RunProgress *m_progress = nullptr;
    ExportActions *m_export = nullptr;
    ProjectActions *m_projects = nullptr;
    AutosaveGuard *m_autosave = nullptr;
    MemoryCheck *m_memory = nullptr;
    HistoryStrip *m_history = nullptr;
    SampleGallery *m_gallery = nullptr;
    QueueRunner *m_queueRunner = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    QDockWidget *m_queueDock = nullptr;
    MaskEditor *m_maskEditor = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_stopAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    StyleSettings m_base; // layers and other settings without a control, kept from projects
    quint64 m_jobId = 0;
    StyleFrame m_lastFrame;
    QString m_engineStatus; // what the engine does now: shown again after a pause
    QSize m_runOutputSize; // the run's output size: previews stand for pictures of this size
    QString m_runVideo; // the video the run in progress writes; empty for a picture
    QString m_lastVideo; // lastVideo()
    StyleSettings m_runSettings; // the run in progress (or the last one) as it started
    bool m_startWhenLoaded = false; // Start was pressed while a picture loads
    bool m_runKept = true; // its result is in the history (or there was none)
    // Closing while a run goes: the user is asked; "stop and keep" closes once the picture is kept.
    enum class Quit { Ask, AfterKeeping, Now } m_quit = Quit::Ask;
};

} // namespace nss
