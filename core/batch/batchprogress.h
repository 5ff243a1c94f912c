// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "base/stylesettings.h"

namespace nss {

// How far a batch is and how long it still needs. Jobs differ in size and steps, so each is
// weighed by its work (jobWork); the time left comes from the finished jobs' seconds per unit of
// work, or, before one has finished, from the current job's own pace. Jobs are run in order.
class BatchProgress
{
public:
    explicit BatchProgress(QList<double> work);

    // The relative work of a run: steps times the output's pixels (its aspect is not known yet).
    static double jobWork(const StyleSettings &settings);

    // Job `job` (0-based in this batch's run order) ran to its end in `seconds`.
    void finished(int job, double seconds);
    // Job `job` failed before optimising: its work leaves the batch, and its time is not a pace.
    void dropped(int job);

    // The share of the batch done while job `current` is `currentFraction` (0..1) done.
    double fraction(int current, double currentFraction) const;
    // Seconds left while job `current` is `currentFraction` done after `currentSeconds`;
    // `currentSecondsLeft` is the job's own estimate (< 0: none). < 0: not known yet.
    double secondsLeft(int current, double currentFraction, double currentSeconds, double currentSecondsLeft) const;

    // "6:10", "1:02:03"; "--:--" for a negative (unknown) time.
    static QString formatDuration(double seconds);

private:
    QList<double> m_work;
    QList<bool> m_dropped;
    double m_doneWork = 0.0; // finished jobs' work
    double m_doneSeconds = 0.0; // and their time
};

} // namespace nss
