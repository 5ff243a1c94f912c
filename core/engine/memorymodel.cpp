// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/memorymodel.h"

#include <algorithm>
#include <cmath>

#include "engine/scaleplan.h"

namespace nss {

namespace {

// Measured with nss-bench (Adam, default layers, float32, 2 threads): peak RSS stays under this
// fixed part plus this many bytes per optimised pixel at every size from 128 to 1024 px. Peak RSS
// varies by up to 9% between runs of the same size (glibc's heap), so this is an envelope over the
// highest measurement, not a fit through the middle: it errs on the safe side by 1-33%. See
// docs/PERFORMANCE.md for the data.
constexpr double kActivationBytesPerPixel = 2.2 * 1024;
constexpr double kFixedBytes = 450.0 * 1024 * 1024;

// An image whose size is not known yet counts as a square of the given side.
QSize scaledOrSquare(QSize size, int longest)
{
    return size.isEmpty() ? QSize(longest, longest) : scaledToLongestSide(size, longest);
}

} // namespace

QSize outputSizeFor(const StyleSettings &settings, QSize content)
{
    return scaledOrSquare(content, settings.outputSize);
}

int keptFrameCount(const StyleSettings &settings, int maxFrames)
{
    const int frames = settings.steps / std::max(1, settings.frameEvery) + 1;
    return std::clamp(frames, 0, std::max(0, maxFrames));
}

qint64 predictPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames)
{
    const QSize out = outputSizeFor(settings, content);
    const double pixels = double(out.width()) * out.height();
    double largest = pixels;
    const int styleLongest = styleSideFor(out, settings.styleScale);
    const qsizetype styleCount = std::max<qsizetype>(settings.styles.size(), styles.size());
    for (qsizetype i = 0; i < styleCount; ++i) {
        const QSize s = scaledOrSquare(i < styles.size() ? styles.at(i) : QSize(), styleLongest);
        largest = std::max(largest, double(s.width()) * s.height());
    }
    // Image-sized float32 buffers the optimiser keeps: the image and its gradient, plus Adam's two
    // moments, or L-BFGS's history of steps and gradient differences and its working vectors.
    const double imageBytes = pixels * 3 * 4;
    const double optimiserCopies = settings.optimizer == Optimizer::Lbfgs ? 2.0 * settings.lbfgsHistory + 6.0 : 4.0;
    const double framesBytes = double(keptFrames) * pixels * 3; // 8-bit RGB QImages
    // Region masks (StyleObjective::setMasks): one float32 map per style mask, the blend's region, the
    // keep mask, and two maps while they are made; the pooled copies are a third of that at most.
    const qsizetype styleMasks = std::count_if(settings.styles.begin(), settings.styles.end(),
                                               [](const StyleSource &s) { return !s.maskPath.isEmpty(); });
    const bool masked = styleMasks > 0 || !settings.keepMaskPath.isEmpty();
    const double maskMaps = masked ? double(styleMasks) + 3.0 + (settings.keepMaskPath.isEmpty() ? 0.0 : 1.0) : 0.0;
    const double maskBytes = maskMaps * pixels * 4 * 4.0 / 3.0;
    return qint64(kFixedBytes + kActivationBytesPerPixel * largest + optimiserCopies * imageBytes + framesBytes + maskBytes);
}

} // namespace nss
