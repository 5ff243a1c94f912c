// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "base/atomicfile.h"
#include "io/frameexport.h"
#include "io/imageexport.h"
#include "themedicon.h"

namespace nss {

namespace {

// Runs on the export worker, with its own copies: nothing here touches the window's state.
QString runExport(ExportActions::Kind kind, const QList<StyleFrame> &frames, const ExportMetadata &metadata,
                  const QString &target)
{
    Status status = succeeded();
    switch (kind) {
    case ExportActions::Kind::Image:
        status = exportImage(frames.constLast().exported(), target, metadata);
        break;
    case ExportActions::Kind::Frames:
        status = exportFrames(frames, target, metadata);
        break;
    case ExportActions::Kind::TimeLapse:
        status = exportTimeLapse(frames, target, metadata);
        break;
    }
    return status ? QString() : status.error();
}

} // namespace

ExportActions::ExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_busy(new QProgressBar(window))
{
    m_busy->setObjectName(QStringLiteral("exportBusy"));
    m_busy->setRange(0, 0); // indeterminate: the encoders report no progress
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportActions::onExportDone);
}

ExportActions::~ExportActions()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void ExportActions::populate(QMenu *menu)
{
    auto add = [this, menu](const QString &icon, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(themedIcon(icon), text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    add(QStringLiteral("export"), tr("&Image…"), QKeySequence(QStringLiteral("Ctrl+E")), [this] {
        if (refuseWhileBusy())
            return;
        const QString path = askForImagePath(QStringLiteral("styled.png"));
        if (!path.isEmpty())
            startExport(Kind::Image, path);
    });
    add(QStringLiteral("export-frames"), tr("All &Frames…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")), [this] {
        if (refuseWhileBusy())
            return;
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export all frames to"));
        if (!folder.isEmpty())
            startExport(Kind::Frames, folder);
    });
    add(QStringLiteral("timelapse"), tr("&Time-lapse (animated WebP)…"), QKeySequence(QStringLiteral("Ctrl+Alt+E")), [this] {
        if (refuseWhileBusy())
            return;
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export time-lapse"), QStringLiteral("timelapse.webp"),
                                                          tr("Animated WebP (*.webp)"));
        if (!path.isEmpty())
            startExport(Kind::TimeLapse, path);
    });
    m_videoAction = menu->addAction(themedIcon(QStringLiteral("export")), tr("&Video…"));
    m_videoAction->setObjectName(QStringLiteral("exportVideo"));
    m_videoAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+E")));
    connect(m_videoAction, &QAction::triggered, this, [this] { exportVideoWithDialog(m_video, QStringLiteral("styled")); });
    updateEnabled();
}

void ExportActions::setVideo(const QString &path)
{
    m_video = path;
    updateEnabled();
}

void ExportActions::exportVideoWithDialog(const QString &video, const QString &suggestedBase)
{
    const QString suffix = QFileInfo(video).suffix();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export video"), QDir(base).filePath(suggestedBase + QLatin1Char('.') + suffix),
                                                      tr("Video (*.%1)").arg(suffix));
    if (!path.isEmpty())
        startVideoExport(path, video);
}

bool ExportActions::startVideoExport(const QString &target, const QString &video)
{
    if (refuseWhileBusy())
        return false;
    const QString source = video.isEmpty() ? m_video : video;
    if (source.isEmpty() || !QFileInfo::exists(source)) {
        report(fail(tr("There is no finished video to export: start a run on a video first.")), QString());
        return false;
    }
    const QString shown = QDir::toNativeSeparators(target);
    m_running = tr("Exporting %1…").arg(shown);
    m_doneText = tr("Saved %1.").arg(shown);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [source, target] {
        const Status copied = copyFileAtomically(source, target);
        return copied ? QString() : copied.error();
    }));
    m_busy->show();
    Q_EMIT message(m_running);
    Q_EMIT busyChanged(true);
    return true;
}

QString ExportActions::askForImagePath(const QString &suggestedName) const
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileDialog::getSaveFileName(m_window, tr("Export image"), QDir(base).filePath(suggestedName), exportFileFilter());
}

void ExportActions::beginRun(const StyleSettings &settings)
{
    m_settings = settings;
    m_runStarted = QDateTime::currentDateTime();
    m_weightChanges.clear();
    m_frames.clear();
    updateEnabled();
}

void ExportActions::addFrame(const StyleFrame &frame)
{
    if (!m_frames.isEmpty() && m_frames.constLast().step == frame.step)
        m_frames.removeLast(); // the final frame repeats the step of the last preview
    m_frames.append(frame);
    if (m_frames.size() > kMaxFrames) {
        QList<StyleFrame> thinned;
        for (qsizetype i = 0; i < m_frames.size(); ++i)
            if (i % 2 == 0 || i == m_frames.size() - 1)
                thinned.append(m_frames[i]);
        m_frames = thinned;
    }
    updateEnabled();
}

void ExportActions::lossWeightsChanged(int step, double contentWeight, double styleWeight, double tvWeight)
{
    if (!m_weightChanges.isEmpty() && m_weightChanges.constLast().step == step)
        m_weightChanges.removeLast(); // one slider drag: many moves before the next step
    m_weightChanges.append({step, contentWeight, styleWeight, tvWeight});
}

ExportMetadata ExportActions::metadataAt(int step) const
{
    return metadataAtStep(m_settings, m_weightChanges, step);
}

Status ExportActions::exportCurrentImage(const QString &path) const
{
    if (m_frames.isEmpty())
        return fail(tr("There is no picture to export yet: press Start first."));
    const StyleFrame &last = m_frames.constLast();
    return exportImage(last.exported(), path, metadataAt(last.step));
}

Status ExportActions::exportAllFrames(const QString &folder) const
{
    if (m_frames.isEmpty())
        return fail(tr("There are no frames to export yet: press Start first."));
    return exportFrames(m_frames, framesFolderForRun(folder, m_runStarted), metadataAt(m_frames.constLast().step));
}

Status ExportActions::exportTimeLapseTo(const QString &path) const
{
    if (m_frames.isEmpty())
        return fail(tr("There are no frames for a time-lapse yet: press Start first."));
    return exportTimeLapse(m_frames, path, metadataAt(m_frames.constLast().step));
}

bool ExportActions::startExport(Kind kind, const QString &target)
{
    if (refuseWhileBusy())
        return false;
    if (m_frames.isEmpty()) {
        report(kind == Kind::Image    ? exportCurrentImage(target)
               : kind == Kind::Frames ? exportAllFrames(target)
                                      : exportTimeLapseTo(target),
               QString());
        return false;
    }
    // The worker gets its own copies. The image being saved is copied deeply (a few MB); the frames
    // list is implicitly shared, which Qt makes safe across threads (atomic reference counts, and
    // the GUI thread only appends, which detaches its list), so hundreds of frames are not copied
    // on the GUI thread.
    QList<StyleFrame> frames = kind == Kind::Image ? QList<StyleFrame>{m_frames.constLast()} : m_frames;
    if (kind == Kind::Image)
        frames.first().image = frames.first().image.copy();
    // Frames never mix with an earlier run's: a folder holding frames gets a new subfolder.
    launch(kind, frames, metadataAt(m_frames.constLast().step),
           kind == Kind::Frames ? framesFolderForRun(target, m_runStarted) : target);
    return true;
}

bool ExportActions::startExportOf(const QImage &image, const ExportMetadata &metadata, const QString &target)
{
    if (refuseWhileBusy())
        return false;
    if (image.isNull()) {
        report(fail(tr("There is no picture to export.")), QString());
        return false;
    }
    StyleFrame frame;
    frame.image = image.copy();
    frame.step = metadata.step;
    launch(Kind::Image, {frame}, metadata, target);
    return true;
}

void ExportActions::exportPictureWithDialog(const QImage &image, const ExportMetadata &metadata, const QString &suggestedName)
{
    if (refuseWhileBusy())
        return;
    const QString path = askForImagePath(suggestedName);
    if (!path.isEmpty())
        startExportOf(image, metadata, path);
}

void ExportActions::launch(Kind kind, const QList<StyleFrame> &frames, const ExportMetadata &metadata, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    m_running = kind == Kind::Image    ? tr("Exporting %1…").arg(shown)
                : kind == Kind::Frames ? tr("Exporting %n frame(s) to %1…", nullptr, int(frames.size())).arg(shown)
                                       : tr("Exporting the time-lapse %1…").arg(shown);
    m_doneText = kind == Kind::Frames ? tr("Saved %n frame(s) to %1.", nullptr, int(frames.size())).arg(shown)
                                      : tr("Saved %1.").arg(shown);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, runExport, kind, frames, metadata, target));
    m_busy->show();
    Q_EMIT message(m_running);
    Q_EMIT busyChanged(true);
}

void ExportActions::waitForIdle()
{
    if (!isBusy())
        return;
    m_watcher.waitForFinished();
    onExportDone(); // delivered now; the watcher's queued signal then finds nothing to do
}

bool ExportActions::refuseWhileBusy()
{
    if (!isBusy())
        return false;
    Q_EMIT message(tr("%1 Another export can start when it is done.").arg(m_running));
    return true;
}

void ExportActions::onExportDone()
{
    if (m_running.isEmpty() || !m_watcher.isFinished())
        return; // already delivered by waitForIdle()
    const QString error = m_watcher.future().resultCount() > 0 ? m_watcher.result() : tr("The export stopped unexpectedly.");
    m_running.clear();
    m_busy->hide();
    report(error.isEmpty() ? Status(succeeded()) : Status(fail(error)), m_doneText);
    Q_EMIT finished(error.isEmpty(), error.isEmpty() ? m_doneText : error);
    Q_EMIT busyChanged(false);
}

void ExportActions::updateEnabled()
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(!m_frames.isEmpty());
    if (m_videoAction)
        m_videoAction->setEnabled(!m_video.isEmpty());
}

void ExportActions::report(const Status &status, const QString &done)
{
    if (status) {
        Q_EMIT message(done);
        Q_EMIT exported();
        return;
    }
    Q_EMIT message(status.error());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), status.error(), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace nss
