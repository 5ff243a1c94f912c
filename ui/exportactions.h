// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include "base/expected.h"
#include "base/styleframe.h"
#include "base/stylesettings.h"
#include "io/imageexport.h"

class QAction;
class QMenu;
class QProgressBar;
class QWidget;

namespace nss {

// The Export menu: the current image (PNG/JPEG/TIFF/WebP with the settings embedded), every frame
// of the run to a folder, and a time-lapse animated WebP. Keeps the run's frames for that.
// Exports from the menu run on a worker thread, one at a time, so encoding never stalls the window.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Image, Frames, TimeLapse };

    explicit ExportActions(QWidget *window);
    ~ExportActions() override; // waits for a running export: nothing half-written is left behind

    void populate(QMenu *menu);
    void beginRun(const StyleSettings &settings);
    void addFrame(const StyleFrame &frame);
    // The sliders moved during the run: frames from `step` on used these weights, and exports say so.
    void lossWeightsChanged(int step, double contentWeight, double styleWeight, double tvWeight);
    const QList<LossWeightsChange> &weightChanges() const { return m_weightChanges; }
    // What an export of the frame at `step` embeds: the settings in force there and the changes.
    ExportMetadata metadataAt(int step) const;

    const QList<StyleFrame> &frames() const { return m_frames; }
    bool hasImage() const { return !m_frames.isEmpty(); }
    // The video the last run wrote (issue 23): Export ▸ Video… copies it; empty: none.
    void setVideo(const QString &path);
    // Copies `video` (empty: the last run's) to `target` in the background (the same container),
    // atomically.
    bool startVideoExport(const QString &target, const QString &video = {});
    // Asks where, then startVideoExport: Export ▸ Video…, and a video result in the history.
    void exportVideoWithDialog(const QString &video, const QString &suggestedBase);

    // The same work as the menu's actions, without the dialogs, on the calling thread.
    Status exportCurrentImage(const QString &path) const;
    Status exportAllFrames(const QString &folder) const;
    Status exportTimeLapseTo(const QString &path) const;

    // What the menu does after its file dialog: the export runs on a worker with a snapshot of the
    // frames and ends with finished(). While one runs, another is refused: false, and message()
    // says which export is still running.
    bool startExport(Kind kind, const QString &target);
    // The same for one picture that is not this run's (a history item), with its own metadata.
    bool startExportOf(const QImage &image, const ExportMetadata &metadata, const QString &target);
    // Asks for a file name, then startExportOf(); `suggestedName` is the dialog's default.
    void exportPictureWithDialog(const QImage &image, const ExportMetadata &metadata, const QString &suggestedName);
    bool isBusy() const { return m_watcher.isRunning() || !m_running.isEmpty(); }
    void waitForIdle();
    // Shown (indeterminate) while an export runs; the window puts it in its status bar.
    QProgressBar *busyIndicator() const { return m_busy; }

    // A run of many frames keeps at most this many (every other one is dropped when full), so a
    // preview interval of 1 cannot eat the memory.
    static constexpr int kMaxFrames = 600;

Q_SIGNALS:
    void message(const QString &text);
    void exported(); // a file was written: the work is safe
    void busyChanged(bool busy);
    void finished(bool ok, const QString &message);

private:
    bool refuseWhileBusy();
    QString askForImagePath(const QString &suggestedName) const;
    void launch(Kind kind, const QList<StyleFrame> &frames, const ExportMetadata &metadata, const QString &target);
    void onExportDone();
    void updateEnabled();
    void report(const Status &status, const QString &done);

    QWidget *m_window = nullptr;
    StyleSettings m_settings;
    QString m_video;
    QAction *m_videoAction = nullptr;
    QList<LossWeightsChange> m_weightChanges;
    QDateTime m_runStarted;
    QList<StyleFrame> m_frames;
    QList<QAction *> m_actions;
    QProgressBar *m_busy = nullptr;
    QThreadPool m_pool;
    QFutureWatcher<QString> m_watcher; // the error message, empty on success
    QString m_running; // "Exporting …" while an export runs
    QString m_doneText;
};

} // namespace nss
