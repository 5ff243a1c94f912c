#include "stylecontroller.h"

#include <atomic>
#include <cmath>

#include <QThread>

#include "styleworker.h"

namespace nss {

struct StyleController::Private
{
    QThread thread;
    std::atomic<quint64> latestJob{0};
    std::atomic<quint64> cancelledJob{0};
    StyleWorker *worker = nullptr; // lives in `thread`; deleted after the thread has ended
    QString weightsFile;
    State state = State::Idle;
    bool optimising = false; // the current job has finished loading
    StyleFrame lastFrame;
};

StyleController::StyleController(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<nss::StyleFrame>();
    d->thread.setObjectName(QStringLiteral("nss-style-worker"));
    d->worker = new StyleWorker(d->latestJob, d->cancelledJob);
    d->worker->moveToThread(&d->thread);

    // The worker's signals arrive queued (it lives in another thread); anything about a job other than
    // the current one is stale and dropped.
    connect(d->worker, &StyleWorker::statusMessage, this, [this](quint64 job, const QString &message) {
        if (job == currentJobId())
            Q_EMIT statusMessage(message);
    });
    connect(d->worker, &StyleWorker::optimising, this, [this](quint64 job) {
        if (job != currentJobId())
            return;
        d->optimising = true;
        if (d->state == State::Loading) {
            d->state = State::Running;
            Q_EMIT stateChanged(d->state);
        }
    });
    connect(d->worker, &StyleWorker::frameReady, this, [this](const StyleFrame &frame) {
        if (frame.jobId != currentJobId())
            return;
        d->lastFrame = frame;
        Q_EMIT frameReady(frame);
    });
    connect(d->worker, &StyleWorker::finished, this, [this](const StyleFrame &last, bool cancelled) {
        if (last.jobId != currentJobId())
            return;
        if (!last.image.isNull())
            d->lastFrame = last;
        d->state = State::Idle;
        Q_EMIT stateChanged(d->state);
        Q_EMIT finished(last, cancelled);
    });
    connect(d->worker, &StyleWorker::failed, this, [this](quint64 job, const QString &message) {
        if (job != currentJobId())
            return;
        d->state = State::Idle;
        Q_EMIT stateChanged(d->state);
        Q_EMIT failed(job, message);
    });
    d->thread.start();
}

StyleController::~StyleController()
{
    // No job is the latest any more: the run in progress stops at its next step (or pause poll).
    d->latestJob = ~quint64(0);
    d->worker->runner().resume();
    d->thread.quit();
    d->thread.wait();
    delete d->worker;
}

void StyleController::setWeightsFile(const QString &path)
{
    d->weightsFile = path;
}

QString StyleController::weightsFile() const
{
    return d->weightsFile;
}

quint64 StyleController::start(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                               const QImage &initImage)
{
    // Bumping the job id stops the run in progress at its next step; a pause must not hold up the new one.
    const quint64 job = d->latestJob.fetch_add(1) + 1;
    d->worker->runner().resume();
    d->optimising = false;
    d->lastFrame = StyleFrame{};
    d->lastFrame.jobId = job;
    d->lastFrame.totalSteps = settings.steps;
    if (d->state != State::Loading) {
        d->state = State::Loading;
        Q_EMIT stateChanged(d->state);
    }
    StyleWorker *worker = d->worker;
    const QString weights = d->weightsFile;
    // QImage is implicitly shared with an atomic reference count: the copies are safe to hand over.
    QMetaObject::invokeMethod(
        worker, [worker, job, settings, weights, content, styles, initImage] {
            worker->run(job, settings, weights, content, styles, initImage);
        },
        Qt::QueuedConnection);
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

void StyleController::updateWeights(double contentWeight, double styleWeight, double tvWeight)
{
    // The range StyleSettings::validate() allows at start: a NaN, negative or huge weight would turn
    // every later step's loss into NaN or infinity, and the picture with it. Such a change is
    // dropped; the run keeps its current weights.
    const auto usable = [](double w) { return std::isfinite(w) && w >= 0.0 && w <= 1.0e15; };
    if (!usable(contentWeight) || !usable(styleWeight) || !usable(tvWeight)
        || (contentWeight == 0.0 && styleWeight == 0.0 && tvWeight == 0.0))
        return;
    d->worker->runner().updateWeights(contentWeight, styleWeight, tvWeight);
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
