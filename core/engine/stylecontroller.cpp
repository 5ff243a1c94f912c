// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/stylecontroller.h"

#include <atomic>
#include <cmath>

#include <QThread>

#include "engine/handover_p.h"
#include "engine/styleworker.h"

namespace nss {

struct StyleController::Private
{
    QThread thread;
    std::atomic<quint64> latestJob{0};
    std::atomic<quint64> cancelledJob{0};
    StyleWorker *worker = nullptr; // lives in `thread`; deleted after the thread has ended
    HandOver *toWorker = nullptr; // the worker's child: runs calls in `thread`
    HandOver *toController = nullptr; // the controller's child: runs calls in its thread
    QString networkFile;
    QString checkpointFile;
    State state = State::Idle;
    bool optimising = false; // the current job has finished loading
    StyleFrame lastFrame;

    // A new job, a picture's or a video's: bumping the job id stops the run in progress at its next
    // step; a pause must not hold up the new one.
    quint64 beginJob(StyleController *q, int totalSteps)
    {
        const quint64 job = latestJob.fetch_add(1) + 1;
        worker->runner().resume();
        optimising = false;
        lastFrame = StyleFrame{};
        lastFrame.jobId = job;
        lastFrame.totalSteps = totalSteps;
        if (state != State::Loading) {
            state = State::Loading;
            Q_EMIT q->stateChanged(state);
        }
        return job;
    }
};

StyleController::StyleController(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<nss::StyleFrame>();
    qRegisterMetaType<nss::StyleProgress>();
    d->thread.setObjectName(QStringLiteral("nss-style-worker"));
    d->worker = new StyleWorker(d->latestJob, d->cancelledJob);
    d->toWorker = new HandOver(d->worker);
    d->worker->moveToThread(&d->thread); // with its child
    d->toController = new HandOver(this);

    // The worker's signals are taken in its own thread (direct connections) and handed over to this
    // one (HandOver, so that ThreadSanitizer sees the hand-over); anything about a job other than the
    // current one is stale and dropped.
    const auto relay = [this](auto signal, auto handler) {
        HandOver *back = d->toController;
        connect(
            d->worker, signal, d->worker,
            [back, handler](const auto &...args) { back->post([handler, args...] { handler(args...); }); }, Qt::DirectConnection);
    };
    relay(&StyleWorker::statusMessage, [this](quint64 job, const QString &message) {
        if (job == currentJobId())
            Q_EMIT statusMessage(message);
    });
    relay(&StyleWorker::optimising, [this](quint64 job) {
        if (job != currentJobId())
            return;
        d->optimising = true;
        if (d->state == State::Loading) {
            d->state = State::Running;
            Q_EMIT stateChanged(d->state);
        }
    });
    relay(&StyleWorker::frameReady, [this](const StyleFrame &frame) {
        if (frame.jobId != currentJobId())
            return;
        d->lastFrame = frame;
        Q_EMIT frameReady(frame);
    });
    relay(&StyleWorker::previewReady, [this](const StyleFrame &preview) {
        if (preview.jobId == currentJobId())
            Q_EMIT previewReady(preview);
    });
    relay(&StyleWorker::progressed, [this](const StyleProgress &progress) {
        if (progress.jobId == currentJobId())
            Q_EMIT progressed(progress);
    });
    relay(&StyleWorker::finished, [this](const StyleFrame &last, bool cancelled) {
        if (last.jobId != currentJobId())
            return;
        if (!last.image.isNull())
            d->lastFrame = last;
        d->state = State::Idle;
        Q_EMIT stateChanged(d->state);
        Q_EMIT finished(last, cancelled);
    });
    relay(&StyleWorker::failed, [this](quint64 job, const QString &message) {
        if (job != currentJobId())
            return;
        d->state = State::Idle;
        Q_EMIT stateChanged(d->state);
        Q_EMIT failed(job, message);
    });
    // The thread's end, which QThread::wait() waits for out of TSan's sight (see handover_p.h).
    connect(
        &d->thread, &QThread::finished, &d->thread, [key = &d->worker] { tsan::release(key); }, Qt::DirectConnection);
    d->thread.start();
}

StyleController::~StyleController()
{
    // No job is the latest any more: the run in progress stops at its next step (or pause poll).
    d->latestJob = ~quint64(0);
    d->worker->runner().resume();
    d->thread.quit();
    d->thread.wait();
    tsan::acquire(&d->worker);
    delete d->worker; // and the calls still queued to it, unrun
}

void StyleController::setNetworkFile(const QString &path)
{
    d->networkFile = path;
}

QString StyleController::networkFile() const
{
    return d->networkFile;
}

void StyleController::setCheckpointFile(const QString &path)
{
    d->checkpointFile = path;
}

quint64 StyleController::start(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                               const QImage &initImage)
{
    const quint64 job = d->beginJob(this, settings.steps);
    StyleWorker *worker = d->worker;
    const QString weights = d->networkFile;
    const QString checkpoint = d->checkpointFile;
    d->toWorker->post([worker, job, settings, weights, content, styles, initImage, checkpoint] {
        worker->run(job, settings, weights, content, styles, initImage, checkpoint);
    });
    return job;
}

quint64 StyleController::startVideo(const StyleSettings &settings, const QList<QImage> &styles, const VideoOptions &options)
{
    const quint64 job = d->beginJob(this, 0); // the frame count is known once the clip is read
    StyleWorker *worker = d->worker;
    const QString weights = d->networkFile;
    d->toWorker->post([worker, job, settings, weights, styles, options] { worker->runVideo(job, settings, weights, styles, options); });
    return job;
}

void StyleController::pause()
{
    if (d->state != State::Loading && d->state != State::Running)
        return;
    d->worker->runner().pause();
    d->state = State::Paused;
    Q_EMIT stateChanged(d->state);
}

void StyleController::resume()
{
    if (d->state != State::Paused)
        return;
    d->worker->runner().resume();
    d->state = d->optimising ? State::Running : State::Loading;
    Q_EMIT stateChanged(d->state);
}

void StyleController::cancel()
{
    if (d->state == State::Idle)
        return;
    d->cancelledJob = currentJobId();
}

void StyleController::updateLossWeights(double contentWeight, double styleWeight, double tvWeight)
{
    // The range StyleSettings::validate() allows at start: a NaN, negative or huge weight would turn
    // every later step's loss into NaN or infinity, and the picture with it. Such a change is
    // dropped; the run keeps its current weights.
    const auto usable = [](double w) { return std::isfinite(w) && w >= 0.0 && w <= 1.0e15; };
    if (!usable(contentWeight) || !usable(styleWeight) || !usable(tvWeight)
        || (contentWeight == 0.0 && styleWeight == 0.0 && tvWeight == 0.0))
        return;
    d->worker->runner().updateLossWeights(contentWeight, styleWeight, tvWeight, d->latestJob.load());
}

void StyleController::updateTemporalWeight(double weight)
{
    if (std::isfinite(weight) && weight >= 0.0 && weight <= 1.0e15)
        d->worker->runner().setTemporalWeight(weight, d->latestJob.load());
}

void StyleController::setMasks(const RunMasks &masks)
{
    d->worker->runner().setMasks(masks);
}

StyleController::State StyleController::state() const
{
    return d->state;
}

quint64 StyleController::currentJobId() const
{
    return d->latestJob.load();
}

StyleFrame StyleController::lastFrame() const
{
    return d->lastFrame;
}

} // namespace nss
