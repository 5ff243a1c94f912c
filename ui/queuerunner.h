// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include "base/styleframe.h"
#include "base/styleprogress.h"
#include "engine/runpreparation.h"
#include "engine/stylecontroller.h"
#include "io/jobqueue.h"

namespace nss {

// Runs a JobQueue's jobs one at a time with a StyleController of its own, beside the window's
// interactive one, so the artist keeps working while the queue goes.
//
// Sharing the CPU: the artist's own run comes first. While the window's run goes (or is paused),
// the queue's job is paused at its next step and no new job starts; it resumes where it was when
// the window's run ends. Pausing the whole queue pauses the running job the same way.
//
// Each job's pictures are decoded on a worker thread; a job whose pictures cannot be read, are too
// small or need more memory than is free is marked failed with the reason, and the next one runs.
// A finished job's result goes out through resultReady() (the window keeps it in the run history,
// as it keeps its own runs); the job is done once the history says the item is written
// (historyItemKept). Ending the runner puts its running job back to waiting.
class QueueRunner : public QObject
{
    Q_OBJECT

public:
    // Takes `queue` as a child when it has no parent.
    explicit QueueRunner(JobQueue *queue, QObject *parent = nullptr);
    ~QueueRunner() override;

    JobQueue *queue() const { return m_queue; }
    StyleController *controller() const { return m_controller; }

    void setNetworkFile(const QString &path);
    void setThreads(int threads) { m_threads = threads; } // 0: all cores
    // Free memory, as the window's memory check reads it; unknown (nullopt) lets every job run.
    void setAvailableMemory(std::function<std::optional<qint64>()> available) { m_available = std::move(available); }
    // The window's own run is going (or paused): the queue waits for it.
    void setWindowRunBusy(bool busy);
    bool windowRunBusy() const { return m_windowBusy; }

    QString runningJobId() const { return m_jobId; }
    // A result of the queue's that the history is still writing.
    bool isKeeping(const QString &historyId) const { return m_keeping.contains(historyId); }
    // The running job is held back (the window's run, a paused queue, no network file).
    bool isWaiting() const { return !m_jobId.isEmpty() && m_controller->state() == StyleController::State::Paused; }
    // One line for the panel: what the queue does now and why it waits.
    QString statusText() const;

    // Removes a job; the running one is stopped first and its picture so far dropped.
    void removeJob(const QString &id);

public Q_SLOTS:
    // Starts the next waiting job when nothing runs and the queue may run; idempotent.
    void schedule();
    void historyItemKept(const QString &historyId);
    void historyFailed(const QString &message);

Q_SIGNALS:
    void resultReady(const nss::HistoryItem &item, const QImage &picture);
    void progressed(const QString &jobId, const nss::StyleProgress &progress);
    void jobStarted(const QString &jobId, int totalSteps);
    void statusChanged();

private:
    void startLoaded(const QString &jobId, const RunPictures &pictures);
    void onFrame(const StyleFrame &frame);
    void onFinished(const StyleFrame &last, bool cancelled);
    void onFailed(quint64 engineJob, const QString &message);
    void keep(HistoryItem::Outcome outcome);
    void endJob();
    void failJob(const QString &message);
    void applyHold();
    bool mayRun() const;

    JobQueue *m_queue = nullptr;
    StyleController *m_controller = nullptr;
    QString m_networkFile;
    int m_threads = 0;
    std::function<std::optional<qint64>()> m_available;
    bool m_windowBusy = false;
    QString m_jobId; // the job running (its pictures loading or the engine going); empty when none
    StyleSettings m_settings; // its settings as started (threads filled in)
    quint64 m_engineJob = 0; // the controller's job id; 0 while the pictures load
    quint64 m_attempt = 0; // bumped whenever a job starts or ends: a late picture load is dropped
    StyleFrame m_lastFrame;
    QString m_video; // a video job's output (video/videojob.h, videoOutputFor); empty for a picture
    QThreadPool m_pool; // decodes the next job's pictures
    QHash<QString, QString> m_keeping; // history id -> job id, until the history has written it
};

} // namespace nss
