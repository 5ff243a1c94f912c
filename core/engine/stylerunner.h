// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QImage>
#include <QList>
#include <QString>

#include "base/expected.h"
#include "base/runmasks.h"
#include "base/styleframe.h"
#include "base/styleprogress.h"
#include "base/stylesettings.h"
#include "base/temporaltarget.h"
#include "io/runcheckpoint.h"

namespace nss {

// What a run reports while it works. Every hook is optional and is called on the thread that
// called StyleRunner::run().
struct StyleRunHooks
{
    std::function<void(const StyleFrame &)> frame; // every settings.frameEvery steps and the last one
    std::function<void(const QString &)> status; // "Loading VGG-19 weights…", "Computing style targets…"
    std::function<void()> optimising; // setup done: the first step starts now
    std::function<void(int step)> stepDone; // after every step (cheap: for timing, never for pictures)
    // After every step: the step, the scale, the recent rate and the time left.
    std::function<void(const StyleProgress &)> progress;
    // A display-size picture (longest side at most previewLongestSide, the output's aspect) for
    // the live preview: after the first step, then whenever previewIntervalMs have passed since the
    // last picture shown (so every step when steps are slower than that). Never on a step that
    // delivers a frame: the frame is shown instead. Previews are not frames: nothing keeps them.
    std::function<void(const StyleFrame &)> preview;
    int previewLongestSide = 1280;
    int previewIntervalMs = 500;
    // Polled every step next to cancel(): lets an owner stop a run it no longer wants without racing
    // a cancel() against the start of the run (the controller's job ids).
    std::function<bool()> stopRequested;
    // Where the run stands (io/runcheckpoint.h), for a later process to continue it: after the
    // first step that ends checkpointIntervalMs or more after the last checkpoint (or the start of
    // the optimisation), never after the last step, and once more when the run stops before its
    // end. Costs a copy of the picture, and of Adam's three when the run is in Adam.
    std::function<void(const RunCheckpoint &)> checkpoint;
    int checkpointIntervalMs = 60000;
};

// The engine's optimisation loop (Gatys et al. 2016) with no Qt object and no LibTorch type in its
// interface: the CLI calls run() directly, the GUI through StyleController's worker thread.
// run() blocks on the caller's thread; pause(), resume(), cancel() and updateLossWeights() may be called
// from any thread and are honoured at the next step.
class StyleRunner
{
public:
    StyleRunner();
    ~StyleRunner();
    StyleRunner(const StyleRunner &) = delete;
    StyleRunner &operator=(const StyleRunner &) = delete;

    // The VGG-19 network file. Its loaded weights are kept for later runs while the path stays the same.
    void setNetworkFile(const QString &path);
    QString networkFile() const;

    // Runs `settings` on decoded images: `content`, one style image per settings.styles entry, and
    // `initImage` when settings.init is InitMode::Image. Returns the last frame (isFinal set); after a
    // cancel it is the picture at the step reached, with step < totalSteps. Errors, LibTorch's and
    // out-of-memory included, come back as messages.
    Expected<StyleFrame> run(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                             const QImage &initImage = QImage(), const StyleRunHooks &hooks = {});

    // Region masks (base/runmasks.h) for the run in progress, from its next step on, and for the
    // runs after it: resized to every scale's size and given to the objective. Empty masks: the
    // unmasked loss. A run refuses, with a message, masks of another shape than the photo: at its
    // start it fails; during it the change is dropped (engine/runpreparation.h, maskProblem).
    // Thread safe, like updateLossWeights.
    void setMasks(const RunMasks &masks);

    // For the runs after this call, until replaced: the temporal loss of a video frame after the
    // first (an empty target: none). Call it between runs, on run()'s thread.
    void setTemporalTarget(const TemporalTarget &target);

    void pause();
    void resume();
    bool isPaused() const;
    // Stops the run in progress within one step (wakes it when paused). A later run() starts afresh.
    void cancel();
    // New content, style and TV weights for the run in progress, from its next step on. `forJob`
    // names the run they are meant for (a controller's job id; 0: the current one). A run that
    // has not started yet keeps them: they apply from its first step.
    void updateLossWeights(double contentWeight, double styleWeight, double tvWeight, quint64 forJob = 0);
    // A new temporal weight (issue 23) for the video job `forJob` (0: the current one), replacing the
    // temporal target's from the next step of the frame in progress and for its later frames.
    // Thread safe.
    void setTemporalWeight(double weight, quint64 forJob = 0);

    // After a run that failed inside LibTorch: the exception's whole text, backtrace included, which
    // run()'s one-line message leaves out. For the CLI's --verbose; call it on run()'s thread.
    QString lastFailureDetail() const;

    // The next run continues from `checkpoint` (a hook's, saved by this or another process) instead
    // of starting afresh: it skips the scales done, starts the scale in progress from the saved
    // picture, and counts its steps on from the saved step. That run fails with a message, before
    // any work, when the checkpoint was made by a run of other pictures or settings (runFingerprint).
    void continueNextRunFrom(const RunCheckpoint &checkpoint);

    // Frame.jobId of the frames of the next run (the controller's job id).
    void setJobId(quint64 jobId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nss
