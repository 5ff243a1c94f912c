// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/styleworker.h"

#include <algorithm>
#include <exception>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "io/runcheckpoint.h"

namespace nss {

StyleWorker::StyleWorker(const std::atomic<quint64> &latestJob, const std::atomic<quint64> &cancelledJob)
    : m_latestJob(latestJob)
    , m_cancelledJob(cancelledJob)
{ }

void StyleWorker::run(quint64 jobId, const StyleSettings &settings, const QString &networkFile, const QImage &content,
                      const QList<QImage> &styles, const QImage &initImage, const QString &checkpointFile)
{
    // Superseded while it waited in the queue: its results would be dropped anyway.
    if (jobId != m_latestJob.load())
        return;
    StyleRunHooks hooks;
    hooks.frame = [this](const StyleFrame &frame) { Q_EMIT frameReady(frame); };
    hooks.preview = [this](const StyleFrame &preview) { Q_EMIT previewReady(preview); };
    hooks.progress = [this](const StyleProgress &progress) { Q_EMIT progressed(progress); };
    hooks.status = [this, jobId](const QString &message) { Q_EMIT statusMessage(jobId, message); };
    hooks.optimising = [this, jobId] { Q_EMIT optimising(jobId); };
    hooks.stopRequested = [this, jobId] { return jobId != m_latestJob.load() || jobId == m_cancelledJob.load(); };
    bool checkpointFailing = false;
    if (!checkpointFile.isEmpty()) {
        QDir().mkpath(QFileInfo(checkpointFile).absolutePath()); // a save says it when this fails
        // Another run's checkpoint (other settings or pictures) is left alone: this run's replaces it.
        if (QFileInfo::exists(checkpointFile)) {
            const auto saved = loadRunCheckpoint(checkpointFile);
            if (saved && saved->fingerprint == runFingerprint(settings, content, styles, initImage))
                m_runner.continueNextRunFrom(saved.value());
        }
        hooks.checkpoint = [this, jobId, checkpointFile, &checkpointFailing](const RunCheckpoint &checkpoint) {
            const Status saved = saveRunCheckpoint(checkpointFile, checkpoint);
            if (!saved && !checkpointFailing)
                Q_EMIT statusMessage(jobId, saved.error()); // once per spell of failures; the run goes on
            checkpointFailing = !saved;
        };
    }
    try {
        m_runner.setNetworkFile(networkFile);
        m_runner.setJobId(jobId);
        const auto result = m_runner.run(settings, content, styles, initImage, hooks);
        if (!result) {
            Q_EMIT failed(jobId, result.error());
            return;
        }
        if (!checkpointFile.isEmpty() && result->step >= result->totalSteps)
            QFile::remove(checkpointFile); // done: nothing to go on from
        StyleFrame last = result.value();
        last.jobId = jobId;
        Q_EMIT finished(last, last.step < last.totalSteps);
    } catch (const std::exception &e) {
        // The runner returns its errors; this only guards the thread against the unforeseen.
        Q_EMIT failed(
            jobId,
            QCoreApplication::translate("nss::StyleWorker", "The style engine failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        Q_EMIT failed(jobId, QCoreApplication::translate("nss::StyleWorker", "The style engine failed unexpectedly."));
    }
}

void StyleWorker::runVideo(quint64 jobId, const StyleSettings &settings, const QString &networkFile, const QList<QImage> &styles,
                           const VideoOptions &options)
{
    if (jobId != m_latestJob.load())
        return;
    VideoHooks hooks;
    hooks.status = [this, jobId](const QString &message) { Q_EMIT statusMessage(jobId, message); };
    hooks.optimising = [this, jobId] { Q_EMIT optimising(jobId); };
    hooks.stopRequested = [this, jobId] { return jobId != m_latestJob.load() || jobId == m_cancelledJob.load(); };
    int frames = 0, shownFrame = 0;
    // Numbered by video frame like the frames, so the loss chart keeps one point per frame.
    hooks.preview = [this, &frames, &shownFrame](const StyleFrame &preview) {
        StyleFrame numbered = preview;
        numbered.step = shownFrame;
        numbered.totalSteps = frames;
        Q_EMIT previewReady(numbered);
    };
    hooks.progress = [this, jobId, &frames, &shownFrame](const VideoProgress &p) {
        frames = p.frames;
        if (p.frame != shownFrame) {
            shownFrame = p.frame;
            Q_EMIT statusMessage(jobId, QCoreApplication::translate("nss::StyleWorker", "Painting frame %1 of %2…").arg(p.frame).arg(p.frames));
        }
        StyleProgress progress;
        progress.jobId = jobId;
        progress.step = p.step;
        progress.totalSteps = p.steps;
        progress.scale = p.scale; // the frame's own run; the frame is in the status
        progress.scaleCount = p.scaleCount;
        progress.stepsPerSecond = p.stepsPerSecond;
        progress.secondsLeft = p.secondsLeft; // the clip's
        Q_EMIT progressed(progress);
    };
    StyleFrame last;
    QElapsedTimer clip; // the frames carry the clip's time so far (this session's), not their own run's
    clip.start();
    hooks.frameDone = [this, jobId, &frames, &last, &clip](int frame, const StyleFrame &result) {
        last = result;
        last.jobId = jobId;
        last.elapsedSeconds = double(clip.elapsed()) / 1000.0;
        last.step = frame;
        last.totalSteps = frames;
        last.deepImage = QImage(); // a video frame is exported as 8-bit, like the video
        last.isFinal = frame == frames;
        Q_EMIT frameReady(last);
    };
    try {
        m_runner.setNetworkFile(networkFile);
        m_runner.setJobId(jobId);
        const auto result = nss::runVideo(m_runner, settings, styles, options, hooks);
        if (!result) {
            Q_EMIT failed(jobId, result.error());
            return;
        }
        last.jobId = jobId;
        last.step = result->frames;
        last.totalSteps = std::max(frames, result->frames);
        Q_EMIT finished(last, result->stopped);
    } catch (const std::exception &e) {
        Q_EMIT failed(
            jobId,
            QCoreApplication::translate("nss::StyleWorker", "The style engine failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        Q_EMIT failed(jobId, QCoreApplication::translate("nss::StyleWorker", "The style engine failed unexpectedly."));
    }
}

} // namespace nss
