// SPDX-License-Identifier: GPL-3.0-or-later
// StyleRunner's frames: the pictures it hands out (kept frames and previews) with the run's losses,
// step and rates.
#include "engine/stylerunner.h"
#include "engine/stylerunner_p.h"

#include "engine/scaleloop_p.h"

namespace nss {

StyleFrame StyleRunner::Private::makeFrame(const Job &job, const RunContext &run, int step, bool isFinal) const
{
    StyleFrame f = frameAt(run, step);
    f.image = framePicture(run, job.luminanceOnly, job.outSize);
    f.isFinal = isFinal;
    return f;
}

StyleFrame StyleRunner::Private::makePreview(const Job &job, const RunContext &run, int step) const
{
    StyleFrame f = frameAt(run, step);
    f.image = previewPicture(run, job.luminanceOnly, job.outSize, hooks->previewLongestSide);
    return f;
}

StyleFrame StyleRunner::Private::frameAt(const RunContext &run, int step) const
{
    StyleFrame f;
    f.jobId = jobId.load();
    f.step = step;
    f.totalSteps = run.settings.steps;
    f.contentLoss = run.losses.content;
    f.styleLoss = run.losses.style;
    f.tvLoss = run.losses.tv;
    f.totalLoss = run.losses.total;
    f.elapsedSeconds = activeSeconds();
    const double optimisingSeconds = f.elapsedSeconds - optimiseStartMs / 1000.0;
    f.stepsPerSecond = optimisingSeconds > 0.0 ? (step - resumedAt) / optimisingSeconds : 0.0;
    return f;
}

} // namespace nss
