// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QMetaType>

namespace nss {

// One snapshot of a run, delivered every `frameEvery` steps and always at the end.
struct StyleFrame
{
    quint64 jobId = 0; // which run it belongs to: a controller drops frames of older runs
    QImage image; // 8-bit RGB at the output size; an owned copy, safe across threads
    int step = 0; // steps done so far (L-BFGS: loss evaluations)
    int totalSteps = 0;
    // Weighted terms as they enter the total (contentWeight * content loss, ...): they sum to total.
    double contentLoss = 0.0;
    double styleLoss = 0.0;
    double tvLoss = 0.0;
    double totalLoss = 0.0;
    double elapsedSeconds = 0.0;
    double stepsPerSecond = 0.0;
    bool isFinal = false;
};

} // namespace nss

Q_DECLARE_METATYPE(nss::StyleFrame)
