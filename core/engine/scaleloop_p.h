// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: includes LibTorch. The optimisation of one scale, for StyleRunner.

#include <functional>
#include <mutex>
#include <optional>

#include <torch/torch.h>

#include <QColorSpace>
#include <QLoggingCategory>

#include "base/runmasks.h"
#include "base/stylesettings.h"
#include "engine/scaleplan.h"
#include "engine/styleobjective.h"
#include "io/runcheckpoint.h"

namespace nss {

// One line per scale, and the Adam finish's hand-over (QT_LOGGING_RULES="nss.engine.schedule.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)

struct Losses
{
    double content = 0.0, style = 0.0, tv = 0.0, total = 0.0;
};

// The inputs of one scale: the content (in colour, and as optimised) and the objective.
struct Scale
{
    torch::Tensor contentRgb, contentInput;
    std::optional<StyleObjective> objective;
    int lbfgsHistory = 0; // 0: the settings'; less where a tiled scale must save memory
    bool bf16History = false; // the L-BFGS history stored in bf16 (memorymodel.h's TilingChoice)
};

// What a scale's loop shares with the runner. After every step `shown` and `losses` hold the
// picture and losses of the step's frame, `done` counts the steps of the whole run.
struct RunContext
{
    const StyleSettings &settings;
    std::function<bool()> proceed; // before every step: blocks while paused; false: stop
    std::function<std::optional<LossWeights>()> takeWeights; // moved sliders, once
    // Masks painted during the run: applied to the scale's objective; true when they changed.
    std::function<bool()> takeMasks;
    std::function<void(int step)> deliver; // after every step
    Scale *scale = nullptr;
    torch::Tensor shown;
    Losses losses;
    int done = 0;
    // Where in the plan the run is, for its checkpoints (io/runcheckpoint.h): the scale's index,
    // the steps done when it began, and whether its Adam finish has begun.
    int scaleIndex = 0;
    int scaleFirst = 0;
    bool inAdamFinish = false;
    // While an Adam loop runs: puts its memory into a checkpoint.
    std::function<void(RunCheckpoint &)> addAdamMemory;
    // A continued run's checkpoint, until the Adam loop it stood in has taken its memory back.
    const RunCheckpoint *resume = nullptr;
};

enum class ScaleEnd {
    Budget, // its steps are used up
    Stalled, // less than the plan's improvement over its window (coarse scales only)
    Converged, // L-BFGS found no lower point on the box (projected gradient zero, or no decrease)
    Stopped, // cancelled
};
const char *toString(ScaleEnd end); // "budget", "stalled", ... for the schedule log

// The masks the window paints, handed from any thread to the run's: set() anywhere; the run takes
// them at its start (latest) and then once per change (takeNewer).
class MaskMailbox
{
public:
    void set(const RunMasks &masks)
    {
        std::lock_guard lock(m_mutex);
        m_masks = masks;
        ++m_version;
    }
    RunMasks latest(quint64 *version) const
    {
        std::lock_guard lock(m_mutex);
        *version = m_version;
        return m_masks;
    }
    // The masks set since `seen` (which it advances), or nothing.
    std::optional<RunMasks> takeNewer(quint64 &seen) const
    {
        std::lock_guard lock(m_mutex);
        if (m_version == seen)
            return std::nullopt;
        seen = m_version;
        return m_masks;
    }

private:
    mutable std::mutex m_mutex;
    RunMasks m_masks;
    quint64 m_version = 0;
};

// `masks` on the scale's objective, resized to `size` like the photo (the objective pools them to
// each layer); empty masks clear them.
Status applyRunMasks(const RunMasks &masks, qsizetype styleCount, Scale &scale, QSize size, const torch::Device &device);

// A picture (1 x 3 x H x W) as a checkpoint keeps it: float32, planar, copied; and back, on the CPU.
QByteArray pictureBytes(const torch::Tensor &picture);
torch::Tensor pictureFromBytes(const QByteArray &bytes, int width, int height);

// The picture a run starts from at its first scale, of `size`: the content, noise (seeded by
// settings.seed) or `initImage`; in luminance mode as luminance.
torch::Tensor startPicture(const StyleSettings &settings, bool luminanceOnly, const torch::Tensor &contentInput,
                           const QImage &initImage, QSize size);

// The picture of `run` as the user sees it (in luminance mode the optimised luminance with the
// photo's colours): a frame, at the output size (coarse scales enlarged, so the preview does not
// jump), and a live preview, at most `longestSide` with the output's aspect (one resample of the tensor).
QImage framePicture(const RunContext &run, bool luminanceOnly, QSize outSize);
// framePicture at 16 bits a channel, converted to the content's colour `space` (StyleFrame::deepImage).
QImage deepPicture(const RunContext &run, bool luminanceOnly, QSize outSize, const QColorSpace &space);
QImage previewPicture(const RunContext &run, bool luminanceOnly, QSize outSize, int longestSide);

// How runAdamScale optimises: the original's Adam (the last picture, unclamped) or the finish of an
// L-BFGS run (the best picture evaluated, kept in 0..1).
struct AdamScale
{
    double rate = 0.0; // the learning rate
    bool mayStall = false; // `progress` may end the scale
    // Frames and the result are the best picture evaluated (as L-BFGS's are), and the picture is
    // clamped to 0..1 after every step: the loss then judges the picture that is saved.
    bool keepBestInRange = false;
};

// Optimises from `start` until the run has done `end` steps, or earlier as ScaleEnd says;
// `progress` records the scale's best loss after every step, `mayStall` lets it end the scale.
// With run.resume holding Adam's memory, it goes on from that memory (and `start` is the best picture).
ScaleEnd runAdamScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, const AdamScale &how);

// When an L-BFGS scale may end before `end`.
struct LbfgsScale
{
    bool mayStall = false; // when `progress` stalls (a coarse scale)
    // The Adam finish's hand-over: after step handOverFrom and up to step handOverUntil, as soon as
    // the loss fell less than kHandOverImprovement over the last kHandOverWindow evaluations
    // (ScaleEnd::Stalled). Never when handOverFrom > handOverUntil.
    int handOverFrom = 1;
    int handOverUntil = 0;
};
ScaleEnd runLbfgsScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, const LbfgsScale &how);
// One scale with the settings' optimiser; coarse scales may stall. With L-BFGS, the finest scale
// hands at most its last settings.adamFinish of steps to Adam (kept best), once L-BFGS has slowed
// down and when that leaves Adam enough steps (docs/ALGORITHM.md, "The Adam finish"). The scale
// began at step run.scaleFirst; when run.inAdamFinish (a resumed run), Adam finishes from `start`.
ScaleEnd runScale(RunContext &run, const torch::Tensor &start, int end, ScaleProgress &progress, bool finest);

} // namespace nss
