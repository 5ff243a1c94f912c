// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QMetaType>

namespace nss {

// One snapshot of a run, delivered every `frameEvery` steps and always at the end.
struct StyleFrame
{
    quint64 jobId = 0; // which run it belongs to: a controller drops frames of older runs
    QImage image; // 8-bit sRGB at the output size; an owned copy, safe across threads
    // The final frame only (isFinal, or the last frame of a stopped run): the same picture at 16
    // bits a channel (Format_RGBX64), in the content's colour space and tagged with its profile.
    // What results are exported from; null on other frames.
    QImage deepImage;
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

    // The picture a result is exported from: deepImage where there is one (PNG and TIFF keep its
    // 16 bits, JPEG and WebP take 8), else image.
    const QImage &exported() const { return deepImage.isNull() ? image : deepImage; }
};

} // namespace nss

Q_DECLARE_METATYPE(nss::StyleFrame)
