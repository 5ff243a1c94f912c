// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/stylerunner.h"
#include "engine/stylerunner_p.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <new>
#include <optional>

#include <torch/torch.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include "engine/colortransfer.h"
#include "engine/computechoice.h"
#include "engine/imagetensor.h"
#include "engine/memorybudget.h"
#include "engine/runchecks_p.h"
#include "engine/runestimate.h"
#include "engine/runpreparation.h"
#include "engine/runtime.h"
#include "engine/scaleloop_p.h"
#include "engine/scaleplan.h"
#include "engine/styleobjective.h"
#include "engine/tensormemory.h"
#include "engine/vggweights.h"

namespace nss {

StyleRunner::StyleRunner()
    : d(std::make_unique<Private>())
{ }

StyleRunner::~StyleRunner() = default;

void StyleRunner::setNetworkFile(const QString &path)
{
    std::lock_guard lock(d->pathMutex);
    d->weightsPath = path;
}

QString StyleRunner::networkFile() const
{
    std::lock_guard lock(d->pathMutex);
    return d->weightsPath;
}

void StyleRunner::setTemporalTarget(const TemporalTarget &target)
{
    d->temporal = target;
}

void StyleRunner::setMasks(const RunMasks &masks)
{
    d->maskMailbox.set(masks);
}

void StyleRunner::pause()
{
    d->paused = true;
}

void StyleRunner::resume()
{
    {
        std::lock_guard lock(d->pauseMutex);
        d->paused = false;
    }
    d->wake.notify_all();
}

bool StyleRunner::isPaused() const
{
    return d->paused.load();
}

void StyleRunner::cancel()
{
    {
        std::lock_guard lock(d->pauseMutex);
        d->cancelled = true;
    }
    d->wake.notify_all();
}

void StyleRunner::updateLossWeights(double contentWeight, double styleWeight, double tvWeight, quint64 forJob)
{
    std::lock_guard lock(d->weightsMutex);
    d->pendingLossWeights = LossWeights{contentWeight, styleWeight, tvWeight};
    d->pendingJobId = forJob == 0 ? d->jobId.load() : forJob;
}

void StyleRunner::setTemporalWeight(double weight, quint64 forJob)
{
    std::lock_guard lock(d->weightsMutex);
    d->temporalWeight = weight;
    d->temporalJobId = forJob == 0 ? d->jobId.load() : forJob;
    d->temporalMoved = true;
}

QString StyleRunner::lastFailureDetail() const
{
    return d->failureDetail;
}

void StyleRunner::continueNextRunFrom(const RunCheckpoint &checkpoint)
{
    d->resumeFrom = checkpoint;
}

void StyleRunner::setJobId(quint64 jobId)
{
    d->jobId = jobId;
}

Expected<StyleFrame> StyleRunner::run(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                                      const QImage &initImage, const StyleRunHooks &hooks)
{
    const TensorMemoryForRun tensorMemory; // large tensors in huge pages; those kept are freed at the end
    d->cancelled = false;
    const std::optional<RunCheckpoint> resumeFrom = std::exchange(d->resumeFrom, std::nullopt);
    d->hooks = &hooks;
    d->failureDetail.clear();
    {
        // Weights moved for an earlier run belong to the settings it was started with; those moved
        // for this one between its start and its first step are kept (the slider shows them).
        std::lock_guard lock(d->weightsMutex);
        if (d->pendingJobId != d->jobId.load())
            d->pendingLossWeights.reset();
    }
    try {
        return d->runImpl(settings, content, styles, initImage, resumeFrom ? &*resumeFrom : nullptr);
    } catch (const c10::Error &e) {
        d->failureDetail = QString::fromUtf8(e.what()); // with LibTorch's backtrace: for --verbose only
        return fail(torchErrorMessage(e.what_without_backtrace()));
    } catch (const std::bad_alloc &) {
        return fail(QCoreApplication::translate(
            "nss::StyleRunner", "Not enough memory for this picture: choose a smaller output size or style scale."));
    } catch (const std::exception &e) {
        d->failureDetail = QString::fromUtf8(e.what());
        return fail(torchErrorMessage(e.what()));
    }
}

Expected<Done> StyleRunner::Private::ensureWeights(int deepest)
{
    const QString path = [this] {
        std::lock_guard lock(pathMutex);
        return weightsPath;
    }();
    if (path.isEmpty())
        return fail(QCoreApplication::translate("nss::StyleRunner", "No VGG-19 weights file is set."));
    if (vgg && loadedPath == path && loadedDeepest >= deepest)
        return succeeded();
    status(QCoreApplication::translate("nss::StyleRunner", "Loading VGG-19 weights…"));
    vgg.reset();
    // The default layers need up to conv5_1 (index 28): loading that much once serves most runs.
    const int wanted = std::max(deepest, 28);
    auto loaded = loadVgg19Features(path, wanted);
    if (!loaded)
        return fail(loaded.error());
    vgg = std::move(loaded).value();
    loadedPath = path;
    loadedDeepest = wanted;
    return succeeded();
}

TilingChoice StyleRunner::Private::tilingFor(const Job &job, QSize size)
{
    StyleSettings atScale = job.settings;
    atScale.outputSize = std::max(size.width(), size.height());
    QList<QSize> styleSizes;
    for (const QImage &style : job.styles)
        styleSizes << style.size();
    TilingChoice tiling = chooseTiling(atScale, job.content.size(), styleSizes, 0, job.memoryBudget);
    // NSS_LBFGS_HISTORY_BF16=1 or 0 overrides the plan's choice: for the measurements of
    // docs/PERFORMANCE.md, "The L-BFGS history at print size".
    bool forced = false;
    const int bf16Wanted = qEnvironmentVariableIntValue("NSS_LBFGS_HISTORY_BF16", &forced);
    if (forced)
        tiling.bf16History = bf16Wanted != 0;
    return tiling;
}

Expected<Scale> StyleRunner::Private::prepareScale(Job &job, QSize size)
{
    const TilingChoice tiling = tilingFor(job, size);
    qCInfo(lcSchedule, "scale %dx%d %s %d px, L-BFGS history %d (%s), predicted peak %.0f MB", size.width(), size.height(),
           tiling.tileSide > 0 ? "in tiles of" : "whole, tiles", tiling.tileSide, tiling.lbfgsHistory, tiling.bf16History ? "bf16" : "fp32",
           double(tiling.predictedBytes) / (1024.0 * 1024.0));
    Scale scale;
    scale.lbfgsHistory = tiling.lbfgsHistory;
    scale.bf16History = tiling.bf16History;
    scale.contentRgb = resizedTensor(job.content, size).to(job.device);
    scale.contentInput = job.luminanceOnly ? luminanceAsRgb(scale.contentRgb) : scale.contentRgb;
    const int styleSide = styleSideFor(size, job.settings.styleScale);
    std::vector<torch::Tensor> styleInputs;
    std::vector<torch::Tensor> sourceMasks; // the part of each painting to use, at its size here
    std::vector<double> blend;
    for (int i = 0; i < job.styles.size(); ++i) {
        const QImage &image = job.styles[i];
        const QSize styleSize = styleSizeFor(image.size(), styleSide);
        const QImage part = job.sourceMasks.value(i);
        sourceMasks.push_back(part.isNull() ? torch::Tensor() : maskTensor(part, styleSize).to(job.device));
        auto style = resizedTensor(image, styleSize).to(job.device);
        if (job.settings.keepColors == KeepColors::Histogram)
            style = matchColourStatistics(style, scale.contentRgb);
        else if (job.luminanceOnly)
            style = matchLuminance(luminanceAsRgb(style), scale.contentRgb);
        styleInputs.push_back(style);
        blend.push_back(job.settings.styles[i].blend);
    }
    status(QCoreApplication::translate("nss::StyleRunner", "Computing style targets (%1)…").arg(describe(job.compute)));
    const bool anyPart = std::any_of(sourceMasks.begin(), sourceMasks.end(), [](const torch::Tensor &m) { return m.defined(); });
    // At print size the targets take as long as a step: say which tile, and pause or stop between tiles.
    const auto targetProgress = [this, &job](int tile, int tiles) {
        status(QCoreApplication::translate("nss::StyleRunner", "Computing style targets (%1), tile %2 of %3…")
                   .arg(describe(job.compute))
                   .arg(tile)
                   .arg(tiles));
        return proceed();
    };
    auto created = StyleObjective::create(*vgg, job.settings, scale.contentInput, styleInputs, blend, tiling.tileSide,
                                          anyPart ? sourceMasks : std::vector<torch::Tensor>(), targetProgress);
    if (!created)
        return fail(created.error());
    scale.objective.emplace(std::move(created).value());
    scale.objective->setLossWeights(job.weights); // the sliders may have moved during a coarser scale
    if (Status set = applyRunMasks(job.masks, job.styles.size(), scale, size, job.device); !set)
        return fail(set.error());
    if (!job.temporal.isEmpty()) {
        const Status set = scale.objective->setTemporal(resizedTensor(job.temporal.previous, size).to(job.device),
                                                        maskTensor(job.temporal.weights, size).to(job.device),
                                                        temporalWeightFor(job.temporal));
        if (!set)
            return fail(set.error());
    }
    return scale;
}

// One scale of the plan, from `start` until `end` steps are done or it stops improving; logs how
// much it lowered its own loss.
ScaleEnd StyleRunner::Private::optimiseScale(RunContext &run, const torch::Tensor &start, int end, size_t index,
                                             const ScalePlan &plan)
{
    ScaleProgress progress(plan.window, plan.minImprovement);
    const bool finest = index + 1 == plan.sizes.size();
    if (!finest && plan.fastFrom[index] > 0 && run.settings.optimizer == Optimizer::Lbfgs)
        progress.keepOnlyWhileFast(plan.fastFrom[index], plan.fastWindow, plan.fastImprovement);
    const int first = run.done;
    const ScaleEnd how = runScale(run, start, end, progress, finest);
    qCInfo(lcSchedule, "scale %dx%d: steps %d-%d, loss %.6g -> %.6g (%.1f %% lower), %s", int(start.size(3)), int(start.size(2)),
           first + 1, run.done, progress.first(), progress.last(), 100.0 * progress.reduction(), toString(how));
    return how;
}

RunCheckpoint StyleRunner::Private::makeCheckpoint(const Job &job, const RunContext &run, const QByteArray &fingerprint)
{
    RunCheckpoint checkpoint;
    checkpoint.fingerprint = fingerprint;
    checkpoint.step = run.done;
    checkpoint.totalSteps = job.settings.steps;
    checkpoint.scale = run.scaleIndex;
    checkpoint.scaleFirstStep = run.scaleFirst;
    checkpoint.inAdamFinish = run.inAdamFinish;
    checkpoint.contentWeight = job.weights.content;
    checkpoint.styleWeight = job.weights.style;
    checkpoint.tvWeight = job.weights.tv;
    checkpoint.contentLoss = run.losses.content;
    checkpoint.styleLoss = run.losses.style;
    checkpoint.tvLoss = run.losses.tv;
    checkpoint.totalLoss = run.losses.total;
    checkpoint.height = int(run.shown.size(2));
    checkpoint.width = int(run.shown.size(3));
    checkpoint.picture = pictureBytes(run.shown);
    if (run.addAdamMemory)
        run.addAdamMemory(checkpoint);
    checkpoint.savedAt = QDateTime::currentDateTimeUtc();
    return checkpoint;
}

namespace {

// A checkpoint's picture at `size` (enlarged when it was saved before its scale's first step).
torch::Tensor checkpointPicture(const RunCheckpoint &checkpoint, QSize size, const torch::Device &device)
{
    torch::Tensor picture = pictureFromBytes(checkpoint.picture, checkpoint.width, checkpoint.height);
    if (checkpoint.width != size.width() || checkpoint.height != size.height())
        picture = torch::upsample_bilinear2d(picture, {size.height(), size.width()}, false).clamp(0.0, 1.0);
    return picture.to(device);
}

} // namespace

Expected<StyleFrame> StyleRunner::Private::runImpl(const StyleSettings &settings, const QImage &content,
                                                   const QList<QImage> &styles, const QImage &initImage,
                                                   const RunCheckpoint *resume)
{
    clock.start();
    pausedMs = 0;
    if (const QString problem = inputProblem(settings, content, styles, initImage); !problem.isEmpty())
        return fail(problem);
    quint64 seenMasks = 0;
    const RunMasks masks = maskMailbox.latest(&seenMasks);
    if (const QString problem = maskProblem(settings, content.size(), masks); !problem.isEmpty())
        return fail(problem);
    // Checked before the network loads: a checkpoint of another run is refused at once.
    const QByteArray fingerprint = hooks->checkpoint || resume ? runFingerprint(settings, content, styles, initImage) : QByteArray();
    if (resume && resume->fingerprint != fingerprint)
        return fail(QCoreApplication::translate("nss::StyleRunner",
                                                "The checkpoint was saved by a run of other pictures or settings: it cannot "
                                                "continue this one. Delete it, or choose another file, to start afresh."));
    auto sourceMasks = loadSourceMasks(settings, styles);
    if (!sourceMasks)
        return fail(sourceMasks.error());
    applyThreadCount(settings.threads);
    const auto compute = resolveCompute(settings);
    if (!compute)
        return fail(compute.error());
    if (auto loaded = ensureWeights(StyleObjective::deepestFeatureIndex(settings)); !loaded)
        return fail(loaded.error());
    StyleFrame frame;
    frame.jobId = jobId.load();
    frame.totalSteps = settings.steps;
    if (stopRequested())
        return frame;

    Job job{settings,
            content,
            styles,
            compute.value(),
            compute->cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU),
            scaledToLongestSide(content.size(), settings.outputSize),
            settings.keepColors == KeepColors::Luminance,
            LossWeights{settings.contentWeight, settings.styleWeight, settings.tvWeight},
            masks,
            availableMemoryBytes(),
            temporal,
            std::move(sourceMasks).value()};
    const ScalePlan plan = planScales(job.outSize, settings.scales, settings.steps);
    if (resume && (resume->scale >= int(plan.sizes.size()) || resume->totalSteps != settings.steps))
        return fail(QCoreApplication::translate("nss::StyleRunner",
                                                "The checkpoint does not fit this run's plan of scales (it was saved by "
                                                "another version of the app). Delete it to start afresh."));
    const int firstScale = resume ? resume->scale : 0;
    if (resume)
        job.weights = LossWeights{resume->contentWeight, resume->styleWeight, resume->tvWeight};
    auto first = prepareScale(job, plan.sizes[size_t(firstScale)]);
    if (!first && stopRequested())
        return frame; // stopped in the targets: no picture yet
    if (!first)
        return fail(first.error());
    Scale scale = std::move(first).value();
    torch::Tensor start = resume ? checkpointPicture(*resume, plan.sizes[size_t(firstScale)], job.device)
                                 : startPicture(settings, job.luminanceOnly, scale.contentInput, initImage, plan.sizes.front());

    RunContext run{settings,
                   [this] { return proceed(); },
                   [this, &job, &scale]() -> std::optional<LossWeights> {
                       std::lock_guard lock(weightsMutex);
                       auto moved = std::exchange(pendingLossWeights, std::nullopt);
                       if (moved)
                           job.weights = *moved;
                       if (std::exchange(temporalMoved, false) && temporalJobId == jobId.load() && !job.temporal.isEmpty()) {
                           scale.objective->setTemporalWeight(*temporalWeight);
                           if (!moved)
                               moved = job.weights; // the objective changed: the optimiser starts afresh, as for a slider
                       }
                       return moved;
                   },
                   [this, &job, &scale, &seenMasks]() {
                       auto painted = maskMailbox.takeNewer(seenMasks);
                       if (!painted || !maskProblem(job.settings, job.content.size(), *painted).isEmpty())
                           return false; // a mask of another shape is dropped, as the caller was told
                       job.masks = std::move(*painted);
                       const QSize size(int(scale.contentInput.size(3)), int(scale.contentInput.size(2)));
                       return applyRunMasks(job.masks, job.styles.size(), scale, size, job.device).ok();
                   },
                   {},
                   &scale,
                   start,
                   Losses{},
                   resume ? resume->step : 0,
                   firstScale,
                   resume ? std::min(resume->scaleFirstStep, resume->step) : 0,
                   resume && resume->inAdamFinish,
                   {},
                   nullptr};
    // Adam's memory only for the scale it was saved at (a checkpoint taken before the scale's
    // first step has none).
    if (resume && resume->adamSteps > 0 && resume->width == plan.sizes[size_t(firstScale)].width()
        && resume->height == plan.sizes[size_t(firstScale)].height())
        run.resume = resume;
    if (resume)
        qCInfo(lcSchedule, "continuing at step %d, scale %d of %d (begun at step %d)%s", run.done, firstScale + 1,
               int(plan.sizes.size()), run.scaleFirst + 1, run.inAdamFinish ? ", in its Adam finish" : "");
    RunEstimate estimate(plan, settings.steps);
    qint64 lastShownMs = -1; // when the last frame or preview was made
    qint64 lastCheckpointMs = clock.elapsed();
    run.deliver = [&](int step) {
        estimate.stepDone(step, activeSeconds());
        // None at the last step: a finished run needs none.
        if (hooks->checkpoint && step < settings.steps && clock.elapsed() - lastCheckpointMs >= hooks->checkpointIntervalMs) {
            hooks->checkpoint(makeCheckpoint(job, run, fingerprint));
            lastCheckpointMs = clock.elapsed();
        }
        if (hooks->stepDone)
            hooks->stepDone(step);
        if (hooks->progress) {
            const QSize size(int(run.shown.size(3)), int(run.shown.size(2)));
            hooks->progress(StyleProgress{jobId.load(), step, settings.steps, estimate.scale() + 1, int(plan.sizes.size()), size,
                                          estimate.stepsPerSecond(), estimate.secondsLeft(), activeSeconds()});
        }
        const bool frameDue = hooks->frame && (step % settings.frameEvery == 0 || step == settings.steps);
        if (!frameDue && !(hooks->preview && (lastShownMs < 0 || clock.elapsed() - lastShownMs >= hooks->previewIntervalMs)))
            return;
        frameDue ? hooks->frame(makeFrame(job, run, step, step == settings.steps)) : hooks->preview(makePreview(job, run, step));
        lastShownMs = clock.elapsed();
    };
    optimiseStartMs = clock.elapsed() - pausedMs;
    resumedAt = run.done;
    if (hooks->optimising)
        hooks->optimising();

    const int count = int(plan.sizes.size());
    for (int s = firstScale; s < count; ++s) {
        if (s > firstScale) {
            run.scaleIndex = s; // a stop from here on continues with this scale
            run.scaleFirst = run.done;
            run.inAdamFinish = false;
            if (stopRequested())
                break;
            auto next = prepareScale(job, plan.sizes[s]);
            if (!next && stopRequested())
                break; // stopped in this scale's targets: the coarser picture stands
            if (!next)
                return fail(next.error());
            // Continue from the coarser result, enlarged (bilinear) to this scale.
            start = torch::upsample_bilinear2d(run.shown, {plan.sizes[s].height(), plan.sizes[s].width()}, false).clamp(0.0, 1.0);
            scale = std::move(next).value();
            run.shown = start; // a stop before this scale's first step returns the picture at its size
        }
        const bool finest = s == count - 1;
        // A coarse scale leaves at least one step to each finer one.
        const int end = finest ? settings.steps : std::min(run.scaleFirst + plan.maxSteps[s], settings.steps - (count - 1 - s));
        estimate.scaleStarted(s, run.done, end, activeSeconds());
        status(paintingStatus(plan.sizes[s], s + 1, count));
        if (scale.objective->tileSide() > 0) {
            // A tiled step takes seconds: say which tile is painted, and pause or stop between tiles.
            scale.objective->setTileProgress([this, size = plan.sizes[s], s, count](int tile, int tiles) {
                status(tileStatus(size, s + 1, count, tile, tiles));
                return proceed();
            });
        }
        const ScaleEnd how = optimiseScale(run, start, end, size_t(s), plan);
        if (how == ScaleEnd::Stopped)
            break;
        if (finest && how == ScaleEnd::Converged && run.done < settings.steps) {
            run.done = settings.steps; // nothing left to gain: the run is complete
            run.deliver(run.done);
        }
    }

    if (hooks->checkpoint && run.done < settings.steps)
        hooks->checkpoint(makeCheckpoint(job, run, fingerprint)); // stopped: where to continue
    // After a cancel: the picture at the step reached, with step < totalSteps.
    StyleFrame last = makeFrame(job, run, run.done, run.done == settings.steps);
    last.deepImage = deepPicture(run, job.luminanceOnly, job.outSize, job.content.colorSpace());
    return last;
}

} // namespace nss
