// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuerunner.h"

#include <utility>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/runpreparation.h"
#include "memorycheck.h"
#include "video/videofile.h"
#include "video/videojob.h"

namespace nss {

QueueRunner::QueueRunner(JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_controller(new StyleController(this))
{
    if (!m_queue->parent())
        m_queue->setParent(this); // the window hands it over
    m_controller->setObjectName(QStringLiteral("queueController"));
    connect(m_controller, &StyleController::frameReady, this, &QueueRunner::onFrame);
    connect(m_controller, &StyleController::finished, this, &QueueRunner::onFinished);
    connect(m_controller, &StyleController::failed, this, &QueueRunner::onFailed);
    connect(m_controller, &StyleController::progressed, this,
            [this](const StyleProgress &progress) { Q_EMIT progressed(m_jobId, progress); });
    connect(m_controller, &StyleController::stateChanged, this, &QueueRunner::statusChanged);
    // Any change may let a job start (added, released, resumed) or hold the running one (paused).
    connect(m_queue, &JobQueue::changed, this, [this] {
        applyHold();
        QTimer::singleShot(0, this, &QueueRunner::schedule); // after the change's other listeners
    });
    QTimer::singleShot(0, this, &QueueRunner::schedule); // a queue left by the last session goes on
}

QueueRunner::~QueueRunner()
{
    m_pool.waitForDone();
    disconnect(m_queue, nullptr, this, nullptr); // nothing more to schedule
    if (!m_jobId.isEmpty()) // closing the window: the job starts again next time
        m_queue->setWaiting(m_jobId, tr("Interrupted; starts again from the beginning."));
    // The controller (a child) cancels the engine's step and joins its thread.
}

void QueueRunner::setNetworkFile(const QString &path)
{
    m_networkFile = path;
    m_controller->setNetworkFile(path);
    QTimer::singleShot(0, this, &QueueRunner::schedule);
}

void QueueRunner::setWindowRunBusy(bool busy)
{
    if (std::exchange(m_windowBusy, busy) == busy)
        return;
    applyHold();
    if (!busy)
        QTimer::singleShot(0, this, &QueueRunner::schedule);
    Q_EMIT statusChanged();
}

bool QueueRunner::mayRun() const
{
    return !m_windowBusy && !m_queue->isPaused() && !m_networkFile.isEmpty();
}

// The running job follows the queue's pause and the window's run: paused at its next step, resumed
// where it was.
void QueueRunner::applyHold()
{
    if (m_engineJob == 0)
        return;
    if (mayRun())
        m_controller->resume();
    else
        m_controller->pause();
}

QString QueueRunner::statusText() const
{
    const int waiting = m_queue->count(QueueJob::State::Waiting);
    if (m_queue->jobs().isEmpty())
        return tr("The queue is empty. Add the current pictures with Run ▸ Add to Queue, or many with Run ▸ Batch…");
    if (m_queue->isPaused())
        return tr("The queue is paused (%n job(s) waiting).", nullptr, waiting + (m_jobId.isEmpty() ? 0 : 1));
    if (m_networkFile.isEmpty())
        return tr("The queue waits for the VGG-19 weights file (Edit ▸ Preferences).");
    if (m_windowBusy && (waiting > 0 || !m_jobId.isEmpty()))
        return tr("Your run in the window goes first; the queue continues when it ends.");
    if (!m_jobId.isEmpty()) {
        const auto job = m_queue->job(m_jobId);
        return tr("Running job %1 of %2: %3")
            .arg(m_queue->indexOf(m_jobId) + 1)
            .arg(m_queue->jobs().size())
            .arg(job ? job->title() : QString());
    }
    if (waiting == 0)
        return tr("Every job has run: %n done.", nullptr, m_queue->count(QueueJob::State::Done));
    return tr("%n job(s) waiting.", nullptr, waiting);
}

void QueueRunner::schedule()
{
    Q_EMIT statusChanged();
    if (!m_jobId.isEmpty() || !mayRun())
        return;
    const QString next = m_queue->nextWaiting();
    if (next.isEmpty())
        return;
    m_jobId = next;
    m_settings = m_queue->job(next)->settings;
    m_settings.threads = m_threads;
    m_lastFrame = StyleFrame();
    const quint64 attempt = ++m_attempt;
    m_queue->setRunning(next);
    // Decoded off the GUI thread: a folder's photos can be large.
    auto *watcher = new QFutureWatcher<Expected<RunPictures>>(this);
    connect(watcher, &QFutureWatcher<Expected<RunPictures>>::finished, this, [this, watcher, next, attempt] {
        watcher->deleteLater();
        if (attempt != m_attempt || next != m_jobId)
            return; // removed while its pictures loaded
        const Expected<RunPictures> pictures = watcher->result();
        if (!pictures)
            return failJob(pictures.error());
        startLoaded(next, pictures.value());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [settings = m_settings]() -> Expected<RunPictures> {
        if (!looksLikeVideo(settings.contentPath))
            return loadRunPictures(settings);
        // A video job (issue 23): the clip is read frame by frame by the job; here its first
        // frame's size stands in for the content, for the checks, and the paintings are loaded.
        const auto info = probeVideo(settings.contentPath);
        if (!info)
            return fail(info.error());
        RunPictures given;
        given.content = QImage(info->size, QImage::Format_RGB888);
        given.content.fill(Qt::black);
        StyleSettings stylesOnly = settings;
        stylesOnly.init = InitMode::Content; // a video's frames start from themselves
        return loadRunPictures(stylesOnly, given);
    }));
    Q_EMIT statusChanged();
}

void QueueRunner::startLoaded(const QString &jobId, const RunPictures &pictures)
{
    if (const QString problem = m_settings.validate(); !problem.isEmpty())
        return failJob(problem);
    if (const QString problem = pictureSizeProblem(m_settings, pictures.content.size()); !problem.isEmpty())
        return failJob(problem);
    const MemoryFit fit = checkMemoryFit(m_settings, pictures.content.size(), pictures.styleSizes(),
                                         m_available ? m_available() : std::nullopt, MemoryCheck::keptFrames(m_settings));
    if (!fit.fits())
        return failJob(memoryFitProblem(m_settings, fit));
    m_video.clear();
    m_controller->setMasks(pictures.masks); // the job's own (none: none), from its first step
    if (looksLikeVideo(m_settings.contentPath)) { // as the window's Start: frame by frame, resumable
        VideoOptions options;
        options.clipPath = m_settings.contentPath;
        // Its own output and frames: the window may paint the same clip meanwhile.
        options.outputPath = m_video = videoOutputFor(m_settings.contentPath, QStringLiteral("queue-") + jobId);
        m_engineJob = m_controller->startVideo(m_settings, pictures.styles, options);
    } else {
        m_engineJob = m_controller->start(m_settings, pictures.content, pictures.styles, pictures.start);
    }
    Q_EMIT jobStarted(jobId, m_settings.steps);
    applyHold(); // the window's run may have begun while the pictures loaded
}

void QueueRunner::onFrame(const StyleFrame &frame)
{
    if (frame.jobId == m_engineJob)
        m_lastFrame = frame;
}

void QueueRunner::onFinished(const StyleFrame &last, bool cancelled)
{
    if (last.jobId != m_engineJob || m_engineJob == 0)
        return;
    if (!last.image.isNull() && last.step >= m_lastFrame.step)
        m_lastFrame = last;
    if (cancelled) { // not asked by the queue (it drops a removed job first): keep what there is
        keep(HistoryItem::Outcome::Stopped);
        m_queue->setWaiting(m_jobId, tr("Stopped; starts again from the beginning."));
    } else if (m_lastFrame.image.isNull()) {
        m_queue->setFailed(m_jobId, tr("The run ended without a picture."));
    } else {
        keep(HistoryItem::Outcome::Finished); // done once the history has it
    }
    endJob();
}

void QueueRunner::onFailed(quint64 engineJob, const QString &message)
{
    if (engineJob != m_engineJob || m_engineJob == 0)
        return;
    keep(HistoryItem::Outcome::Failed); // the picture up to the error, if any, is still kept
    failJob(message);
}

void QueueRunner::keep(HistoryItem::Outcome outcome)
{
    if (m_lastFrame.image.isNull())
        return;
    HistoryItem item = historyItemFor(m_settings, m_lastFrame, outcome);
    if (outcome == HistoryItem::Outcome::Finished && !m_video.isEmpty() && QFileInfo::exists(m_video))
        item.video = m_video; // the history keeps a copy of the painted video
    item.createdAt = QDateTime::currentDateTimeUtc();
    // Named here, so the history's report can be matched with this job.
    item.id = item.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QStringLiteral("-queue") + m_jobId;
    m_keeping.insert(item.id, m_jobId);
    Q_EMIT resultReady(item, m_lastFrame.image);
}

void QueueRunner::historyItemKept(const QString &historyId)
{
    const QString jobId = m_keeping.take(historyId);
    const auto job = m_queue->job(jobId);
    if (!job)
        return; // not the queue's, or removed since
    if (job->state == QueueJob::State::Running && jobId != m_jobId)
        m_queue->setDone(jobId, historyId);
    else
        m_queue->setHistoryId(jobId, historyId); // failed after some steps: its picture so far
}

void QueueRunner::historyFailed(const QString &message)
{
    // The history writes in order: the oldest result still being written is the one that failed.
    if (m_keeping.isEmpty())
        return;
    QString oldest = m_keeping.keys().first();
    for (const QString &id : m_keeping.keys())
        oldest = qMin(oldest, id);
    const QString jobId = m_keeping.take(oldest);
    if (const auto job = m_queue->job(jobId); job && job->state == QueueJob::State::Running && jobId != m_jobId)
        m_queue->setFailed(jobId, tr("The result could not be kept: %1").arg(message));
}

void QueueRunner::failJob(const QString &message)
{
    m_queue->setFailed(m_jobId, message);
    endJob();
}

// The engine is free for the next job; the one that ended stays "running" until the history has
// its picture (then done), so a crash before that runs it again rather than losing it.
void QueueRunner::endJob()
{
    m_jobId.clear();
    m_engineJob = 0;
    ++m_attempt;
    m_lastFrame = StyleFrame();
    QTimer::singleShot(0, this, &QueueRunner::schedule);
}

void QueueRunner::removeJob(const QString &id)
{
    if (id == m_jobId) {
        m_engineJob = 0; // its finished() is ignored: nothing of it is kept
        m_controller->cancel();
        m_jobId.clear();
        ++m_attempt;
    }
    m_queue->remove(id);
}

} // namespace nss
