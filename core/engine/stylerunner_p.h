// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: StyleRunner's state, apart from its code so that each file stays
// readable. Includes LibTorch.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>

#include <torch/torch.h>

#include <QElapsedTimer>

#include "engine/computechoice.h"
#include "engine/memorymodel.h"
#include "engine/scaleloop_p.h"
#include "engine/stylerunner.h"
#include "engine/vggweights.h"

namespace nss {

struct StyleRunner::Private
{
    QString failureDetail; // the whole text of the last run's exception
    // Loaded weights, kept between runs while the path is unchanged.
    QString weightsPath;
    QString loadedPath;
    int loadedDeepest = -1;
    std::optional<std::map<int, VggConv>> vgg;

    std::atomic<bool> cancelled{false};
    std::atomic<bool> paused{false};
    std::atomic<quint64> jobId{0};
    std::mutex pauseMutex;
    std::condition_variable wake;

    std::mutex weightsMutex;
    std::optional<LossWeights> pendingLossWeights;
    quint64 pendingJobId = 0; // the run pendingLossWeights were meant for
    // The temporal slider's weight for the video job temporalJobId: replaces the temporal target's
    // (every frame's, from the one in progress); `temporalMoved` until the frame in progress took it.
    std::optional<double> temporalWeight;
    quint64 temporalJobId = 0;
    bool temporalMoved = false;
    // The temporal weight for this job's frames: the slider's when moved, else the target's.
    double temporalWeightFor(const TemporalTarget &target)
    {
        std::lock_guard lock(weightsMutex);
        return temporalWeight && temporalJobId == jobId.load() ? *temporalWeight : target.weight;
    }

    mutable std::mutex pathMutex;

    MaskMailbox maskMailbox; // the latest masks, from any thread
    TemporalTarget temporal; // setTemporalTarget's, for the next runs
    std::optional<RunCheckpoint> resumeFrom; // continueNextRunFrom's, for the next run only

    // Per run
    const StyleRunHooks *hooks = nullptr;
    QElapsedTimer clock;
    qint64 pausedMs = 0;
    qint64 optimiseStartMs = 0;
    int resumedAt = 0; // the steps a continued run had done before (0: a new run)

    bool stopRequested() const { return cancelled.load() || (hooks->stopRequested && hooks->stopRequested()); }

    // Called before every step: blocks while paused, then says whether the run goes on. The wait
    // polls so that an owner's stopRequested() hook is seen too.
    bool proceed()
    {
        if (paused.load() && !stopRequested()) {
            const qint64 start = clock.elapsed();
            std::unique_lock lock(pauseMutex);
            while (paused.load() && !stopRequested())
                wake.wait_for(lock, std::chrono::milliseconds(20));
            pausedMs += clock.elapsed() - start;
        }
        return !stopRequested();
    }

    void status(const QString &message) const
    {
        if (hooks->status)
            hooks->status(message);
    }

    Expected<Done> ensureWeights(int deepest);
    Expected<StyleFrame> runImpl(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                                 const QImage &initImage, const RunCheckpoint *resume);

    // The run in progress (runImpl's): its settings, images and compute choice.
    struct Job
    {
        const StyleSettings &settings;
        const QImage &content;
        const QList<QImage> &styles;
        ComputeChoice compute;
        torch::Device device;
        QSize outSize;
        bool luminanceOnly;
        LossWeights weights; // the latest: a new scale starts with them
        RunMasks masks;
        std::optional<qint64> memoryBudget; // free memory when the run started: sets the tiles
        TemporalTarget temporal; // a video frame's; empty otherwise
        QList<QImage> sourceMasks; // the part of each painting to use (null: all of it)
    };
    // Whole or in tiles, and the L-BFGS history, for a scale of `size` (memorymodel.h).
    static TilingChoice tilingFor(const Job &job, QSize size);
    Expected<Scale> prepareScale(Job &job, QSize size);
    StyleFrame frameAt(const RunContext &run, int step) const; // everything but the picture
    StyleFrame makeFrame(const Job &job, const RunContext &run, int step, bool isFinal) const;
    StyleFrame makePreview(const Job &job, const RunContext &run, int step) const;
    static RunCheckpoint makeCheckpoint(const Job &job, const RunContext &run, const QByteArray &fingerprint);
    double activeSeconds() const { return double(clock.nsecsElapsed()) / 1e9 - pausedMs / 1000.0; }
    ScaleEnd optimiseScale(RunContext &run, const torch::Tensor &start, int end, size_t index, const ScalePlan &plan);
};

} // namespace nss
