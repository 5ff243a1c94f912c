// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QSize>

namespace nss {

// Where a run is, after every step: cheap to make and to send (no picture), so the window's
// progress bar, rate and time left follow the run step by step.
struct StyleProgress
{
    quint64 jobId = 0;
    int step = 0; // steps done so far (L-BFGS: loss evaluations)
    int totalSteps = 0;
    int scale = 0; // 1-based: the scale being optimised (coarse to fine)
    int scaleCount = 0;
    QSize scaleSize; // the picture's size at this scale
    double stepsPerSecond = 0.0; // the recent rate at this scale
    double secondsLeft = -1.0; // each remaining scale's steps times its pixels; < 0: not known yet
    double elapsedSeconds = 0.0; // since the start, pauses excluded
};

} // namespace nss

Q_DECLARE_METATYPE(nss::StyleProgress)
