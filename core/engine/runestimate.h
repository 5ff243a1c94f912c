// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <utility>

#include "engine/scaleplan.h"

namespace nss {

// The rate and the time left of a coarse-to-fine run. A step costs about its picture's pixels, so
// the time left is the steps left at each scale times that scale's pixels, priced at what a pixel
// step costs at the scale running now. Counting steps alone would promise the fine scale at the
// coarse scale's speed: 16 times too optimistic with three scales. Torch-free; times in seconds of
// active work (pauses excluded), given by the caller.
class RunEstimate
{
public:
    RunEstimate(ScalePlan plan, int totalSteps);

    // Scale `index` of the plan starts now, with `done` steps of the run behind it, and runs at
    // most until the run has done `end` steps.
    void scaleStarted(int index, int done, int end, double now);
    void stepDone(int done, double now);
    int scale() const { return m_index; } // the plan's index of the scale running now

    // Steps per second over the last two seconds of this scale (from its start, before that).
    double stepsPerSecond() const;
    // < 0 until a step of this scale has been timed.
    double secondsLeft() const;
    // The steps the plan still gives each scale from `done` on (index: scale), for tests and logs.
    std::vector<int> stepsLeftPerScale() const;

private:
    ScalePlan m_plan;
    int m_total = 0;
    int m_index = 0;
    int m_end = 0;
    int m_done = 0;
    int m_scaleFirstDone = 0;
    double m_scaleStart = 0.0;
    double m_now = 0.0;
    std::deque<std::pair<double, int>> m_recent; // (time, done) of this scale's latest steps
};

} // namespace nss
