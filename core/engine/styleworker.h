// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QImage>
#include <QList>
#include <QObject>

#include "base/styleframe.h"
#include "base/stylesettings.h"
#include "engine/stylerunner.h"
#include "video/videojob.h"

namespace nss {

// StyleController's half that lives in the worker thread: runs one job at a time with a
// StyleRunner and reports through signals (queued to the controller's thread). Internal to core.
class StyleWorker : public QObject
{
    Q_OBJECT

public:
    // `latestJob` and `cancelledJob` belong to the controller: a job stops as soon as it is no longer
    // the latest one, or is the one cancelled.
    StyleWorker(const std::atomic<quint64> &latestJob, const std::atomic<quint64> &cancelledJob);

    // Thread-safe controls (pause, resume, updateLossWeights) are called on it from the GUI thread.
    StyleRunner &runner() { return m_runner; }

    // Runs in the worker thread (invoked queued); never throws. With a `checkpointFile`, goes on from
    // it when it holds this run's checkpoint, keeps it up to date, and deletes it at the run's end
    // (StyleController::setCheckpointFile).
    void run(quint64 jobId, const nss::StyleSettings &settings, const QString &networkFile, const QImage &content,
             const QList<QImage> &styles, const QImage &initImage, const QString &checkpointFile = {});
    // A video (video/videojob.h) with the same signals: a frame per finished video frame (step =
    // the frame's number, totalSteps = the clip's frames), progress within the frame in progress,
    // and finished with the last frame (cancelled when it stopped early). Never throws.
    void runVideo(quint64 jobId, const nss::StyleSettings &settings, const QString &networkFile, const QList<QImage> &styles,
                  const nss::VideoOptions &options);

Q_SIGNALS:
    void statusMessage(quint64 jobId, const QString &message);
    void optimising(quint64 jobId);
    void frameReady(const nss::StyleFrame &frame);
    void previewReady(const nss::StyleFrame &preview);
    void progressed(const nss::StyleProgress &progress);
    void finished(const nss::StyleFrame &last, bool cancelled);
    void failed(quint64 jobId, const QString &message);

private:
    const std::atomic<quint64> &m_latestJob;
    const std::atomic<quint64> &m_cancelledJob;
    StyleRunner m_runner;
};

} // namespace nss
