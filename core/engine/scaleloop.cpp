// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scaleloop_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/colortransfer.h"
#include "engine/imagetensor.h"
#include "engine/projectedlbfgs.h"
#include "io/colormanagement.h"

namespace nss {

// The log of the scale schedule: one line per scale (stylerunner.cpp), what
// bench/time_to_quality.py and bench/compare_optimisers.py read, and the Adam finish's hand-over.
Q_LOGGING_CATEGORY(lcSchedule, "nss.engine.schedule", QtWarningMsg)

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The fewest steps worth handing to Adam at the end of an L-BFGS run: its first steps move every
// pixel by about the learning rate and raise the loss, and it takes some tens of steps to come back
// below L-BFGS's picture (docs/ALGORITHM.md, "The Adam finish").
constexpr int kMinAdamFinish = 50;
// Its learning rate: twice the original's 0.02, which gave 0.7-0.8 % lower losses than 0.02 on the
// photo pairs at 256 px (0.08 was worse again).
constexpr double kAdamFinishRate = 0.04;
// L-BFGS hands over only once it has slowed down to less than 10 % over 20 evaluations: while it
// still falls faster, Adam's first tens of steps cost more than they gain (at 512 px, when the
// finest scale had 90 steps, a finish started while L-BFGS fell 10 % per 10 steps ended 1.6 %
// higher on chelsea-kandinsky).
constexpr int kHandOverWindow = 20;
constexpr double kHandOverImprovement = 0.1;

// One loss evaluation and its gradient (in image.grad()), with the weights the sliders set last and
// the masks painted last. Returns whether either changed since the previous evaluation; nullopt when
// the run was stopped inside a tiled evaluation (the gradient is then incomplete).
std::optional<bool> evaluate(RunContext &run, const torch::Tensor &image)
{
    bool changed = false;
    if (const auto weights = run.takeWeights()) {
        run.scale->objective->setLossWeights(*weights);
        changed = true;
    }
    if (run.takeMasks && run.takeMasks())
        changed = true;
    const auto evaluated = run.scale->objective->evaluateAndBackward(image);
    if (!evaluated)
        return std::nullopt;
    const LossTerms &terms = *evaluated;
    run.losses = {terms.content.item<double>(), terms.style.item<double>(), terms.tv.item<double>(), terms.total.item<double>()};
    return changed;
}

// The optimised picture in colour, at the picture's own scale.
torch::Tensor visibleRgb(const RunContext &run, bool luminanceOnly)
{
    if (!luminanceOnly)
        return run.shown;
    return combineLuminanceAndChroma(run.shown, run.scale->contentRgb);
}

} // namespace

QByteArray pictureBytes(const torch::Tensor &picture)
{
    const torch::Tensor flat = picture.detach().to(torch::kCPU, torch::kFloat).contiguous();
    return QByteArray(static_cast<const char *>(flat.data_ptr()), qsizetype(flat.numel()) * 4);
}

torch::Tensor pictureFromBytes(const QByteArray &bytes, int width, int height)
{
    return torch::from_blob(const_cast<char *>(bytes.constData()), {1, 3, height, width}, torch::kFloat).clone();
}

Status applyRunMasks(const RunMasks &masks, qsizetype styleCount, Scale &scale, QSize size, const torch::Device &device)
{
    const auto toTensor = [&](const QImage &mask) { return mask.isNull() ? torch::Tensor() : maskTensor(mask, size).to(device); };
    std::vector<torch::Tensor> styleMasks;
    for (const QImage &mask : masks.styles)
        styleMasks.push_back(toTensor(mask));
    styleMasks.resize(styleMasks.empty() ? 0 : size_t(styleCount));
    return scale.objective->setMasks(styleMasks, toTensor(masks.keep));
}

torch::Tensor startPicture(const StyleSettings &settings, bool luminanceOnly, const torch::Tensor &contentInput,
                           const QImage &initImage, QSize size)
{
    torch::manual_seed(settings.seed);
    switch (settings.init) {
    case InitMode::Content:
        break;
    case InitMode::Noise:
        return torch::rand_like(contentInput);
    case InitMode::Image: {
        const torch::Tensor start = resizedTensor(initImage, size).to(contentInput.device());
        return luminanceOnly ? luminanceAsRgb(start) : start;
    }
    }
    return contentInput.clone();
}

QImage framePicture(const RunContext &run, bool luminanceOnly, QSize outSize)
{
    QImage image = tensorToImage(visibleRgb(run, luminanceOnly));
    if (image.size() != outSize)
        image = image.scaled(outSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage deepPicture(const RunContext &run, bool luminanceOnly, QSize outSize, const QColorSpace &space)
{
    QImage image = tensorToDeepImage(visibleRgb(run, luminanceOnly));
    if (image.size() != outSize)
        image = image.scaled(outSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return inColorSpace(std::move(image), space);
}

QImage previewPicture(const RunContext &run, bool luminanceOnly, QSize outSize, int longestSide)
{
    const int longest = std::max(outSize.width(), outSize.height());
    return tensorToImageAt(visibleRgb(run, luminanceOnly), scaledToLongestSide(outSize, std::min(longest, longestSide)));
}

ScaleEnd runAdamScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, const AdamScale &how)
{
    const RunCheckpoint *saved = std::exchange(run.resume, nullptr);
    if (saved && saved->adamSteps <= 0)
        saved = nullptr;
    const auto device = start.device();
    torch::Tensor image = saved ? pictureFromBytes(saved->adamPoint, saved->width, saved->height).to(device) : start.clone();
    image.requires_grad_(true);
    torch::optim::Adam adam({image}, torch::optim::AdamOptions(how.rate));
    double best = kInfinity;
    torch::Tensor bestPicture;
    Losses bestLosses;
    // Adam's state is keyed by its parameter's TensorImpl (torch/optim/adam.cpp).
    const std::string stateKey = c10::guts::to_string(image.unsafeGetTensorImpl());
    if (saved) {
        auto state = std::make_unique<torch::optim::AdamParamState>();
        state->step(saved->adamSteps);
        state->exp_avg(pictureFromBytes(saved->adamExpAvg, saved->width, saved->height).to(device));
        state->exp_avg_sq(pictureFromBytes(saved->adamExpAvgSq, saved->width, saved->height).to(device));
        adam.state()[stateKey] = std::move(state);
        if (how.keepBestInRange) {
            bestPicture = start.clone();
            bestLosses = {saved->contentLoss, saved->styleLoss, saved->tvLoss, saved->totalLoss};
            best = saved->totalLoss;
        }
        qCInfo(lcSchedule, "step %d: Adam goes on with its memory of %lld steps", run.done, static_cast<long long>(saved->adamSteps));
    }
    // Adam's memory for the run's checkpoints: the optimiser's tensors themselves (it updates them in
    // place), read when a checkpoint is made. Kept when the run stops in this loop, for the checkpoint
    // made at the stop; forgotten when the loop ends otherwise.
    const auto memory = [&adam, &image, &stateKey]() -> std::function<void(RunCheckpoint &)> {
        const auto found = adam.state().find(stateKey);
        if (found == adam.state().end())
            return {}; // before its first step: nothing to remember
        const auto &state = static_cast<const torch::optim::AdamParamState &>(*found->second);
        return [steps = state.step(), point = image.detach(), m = state.exp_avg(), v = state.exp_avg_sq()](RunCheckpoint &c) {
            c.adamSteps = steps;
            c.adamPoint = pictureBytes(point);
            c.adamExpAvg = pictureBytes(m);
            c.adamExpAvgSq = pictureBytes(v);
        };
    };
    const auto stopped = [&run, &memory] {
        run.addAdamMemory = memory();
        return ScaleEnd::Stopped;
    };
    while (run.done < end) {
        if (!run.proceed())
            return stopped();
        adam.zero_grad();
        const auto changed = evaluate(run, image);
        if (!changed)
            return stopped();
        if (*changed) {
            progress.restart();
            best = kInfinity;
        }
        if (how.keepBestInRange && run.losses.total < best) {
            bestPicture = image.detach().clone();
            bestLosses = run.losses;
        }
        adam.step();
        if (how.keepBestInRange) {
            const torch::NoGradGuard noGrad;
            image.clamp_(0.0, 1.0);
        }
        ++run.done;
        best = std::min(best, run.losses.total);
        if (how.keepBestInRange && bestPicture.defined()) { // the best picture evaluated so far, as L-BFGS shows
            run.shown = bestPicture;
            run.losses = bestLosses;
        } else {
            // The picture after the update, with the loss measured just before it (every training
            // loop's convention): the last step's update is then never thrown away.
            run.shown = image.detach().clone();
        }
        progress.record(best);
        run.addAdamMemory = memory(); // for a checkpoint after this step
        run.deliver(run.done);
        if (how.mayStall && progress.stalled()) {
            run.addAdamMemory = nullptr;
            return ScaleEnd::Stalled;
        }
    }
    run.addAdamMemory = nullptr;
    return ScaleEnd::Budget;
}

// One step is one loss evaluation. ProjectedLbfgs keeps a point only when it lowers the loss, so
// frames and the result show the best picture of the scale so far, with its losses.
ScaleEnd runLbfgsScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, const LbfgsScale &how)
{
    ProjectedLbfgs::Options options;
    options.history = run.scale->lbfgsHistory > 0 ? run.scale->lbfgsHistory : run.settings.lbfgsHistory;
    // Not in tiles: at print size the mirrored picture's FFT would not fit the memory the tiles save.
    options.smoothing = run.scale->objective->tileSide() > 0 ? 0.0 : run.settings.lbfgsSmoothing;
    if (run.scale->bf16History)
        options.historyType = torch::kBFloat16;
    ProjectedLbfgs lbfgs(start, options);
    Losses kept;
    while (run.done < end) {
        if (lbfgs.converged())
            return ScaleEnd::Converged;
        if (!run.proceed())
            return ScaleEnd::Stopped;
        const torch::Tensor image = lbfgs.point().detach().requires_grad_(true);
        const auto changed = evaluate(run, image);
        if (!changed)
            return ScaleEnd::Stopped;
        if (*changed) { // another objective: its losses do not compare with the kept ones
            lbfgs.restart();
            progress.restart();
        }
        if (lbfgs.tell(run.losses.total, image.grad()))
            kept = run.losses;
        ++run.done;
        if (lbfgs.acceptedSteps() > 0) {
            run.losses = kept;
            run.shown = lbfgs.current();
        } else {
            run.shown = image.detach(); // only while every loss so far was NaN or infinite
        }
        progress.record(lbfgs.acceptedSteps() > 0 ? kept.total : kInfinity);
        run.deliver(run.done);
        if (how.mayStall && progress.stalled())
            return ScaleEnd::Stalled;
        if (run.done >= how.handOverFrom && run.done <= how.handOverUntil
            && progress.slowerThan(kHandOverWindow, kHandOverImprovement))
            return ScaleEnd::Stalled;
    }
    return lbfgs.converged() ? ScaleEnd::Converged : ScaleEnd::Budget;
}

ScaleEnd runScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, bool finest)
{
    if (run.settings.optimizer == Optimizer::Adam)
        return runAdamScale(run, start, end, progress, {.rate = run.settings.learningRate, .mayStall = !finest});
    const int most = finest ? int(std::lround((end - run.scaleFirst) * run.settings.adamFinish)) : 0;
    if (most < kMinAdamFinish)
        return runLbfgsScale(run, start, end, progress, {.mayStall = !finest});
    if (!run.inAdamFinish) {
        const ScaleEnd lbfgs =
            runLbfgsScale(run, start, end, progress, {.handOverFrom = end - most, .handOverUntil = end - kMinAdamFinish});
        // Too few steps left for Adam: L-BFGS ran to the end, or converged near it.
        if (lbfgs == ScaleEnd::Stopped || end - run.done < kMinAdamFinish)
            return lbfgs;
        qCInfo(lcSchedule, "step %d: L-BFGS has slowed down, Adam finishes the last %d steps", run.done, end - run.done);
        run.inAdamFinish = true;
    } else {
        qCInfo(lcSchedule, "step %d: Adam goes on finishing the last %d steps", run.done, end - run.done);
    }
    return runAdamScale(run, run.shown, end, progress, {.rate = kAdamFinishRate, .keepBestInRange = true});
}

const char *toString(ScaleEnd end)
{
    switch (end) {
    case ScaleEnd::Budget:
        return "budget";
    case ScaleEnd::Stalled:
        return "stalled";
    case ScaleEnd::Converged:
        return "converged";
    case ScaleEnd::Stopped:
        break;
    }
    return "stopped";
}

} // namespace nss
