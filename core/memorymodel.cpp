#include "memorymodel.h"

#include <algorithm>
#include <cmath>

namespace nss {

namespace {

// Measured with nss-bench (Adam, default layers, float32, 2 threads): peak RSS grows by this many
// bytes per optimised pixel, over this fixed part. See docs/PERFORMANCE.md for the data.
constexpr double kActivationBytesPerPixel = 2.9 * 1024;
constexpr double kFixedBytes = 400.0 * 1024 * 1024;

QSize scaledToLongest(QSize size, double longest)
{
    if (size.isEmpty())
        return {int(std::lround(longest)), int(std::lround(longest))};
    const double s = longest / std::max(size.width(), size.height());
    return {std::max(1, int(std::lround(size.width() * s))), std::max(1, int(std::lround(size.height() * s)))};
}

} // namespace

QSize outputSizeFor(const StyleSettings &settings, QSize content)
{
    return scaledToLongest(content, settings.outputSize);
}

qint64 predictPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles)
{
    const QSize out = outputSizeFor(settings, content);
    const double pixels = double(out.width()) * out.height();
    double largest = pixels;
    const double styleLongest = settings.outputSize * settings.styleScale;
    const qsizetype styleCount = std::max<qsizetype>(settings.styles.size(), styles.size());
    for (qsizetype i = 0; i < styleCount; ++i) {
        const QSize s = scaledToLongest(i < styles.size() ? styles.at(i) : QSize(), styleLongest);
        largest = std::max(largest, double(s.width()) * s.height());
    }
    // Image-sized float32 buffers the optimiser keeps: the image and its gradient, plus Adam's two
    // moments, or L-BFGS's history of steps and gradient differences and its working vectors.
    const double imageBytes = pixels * 3 * 4;
    const double optimiserCopies = settings.optimizer == Optimizer::Lbfgs ? 2.0 * settings.lbfgsHistory + 6.0 : 4.0;
    return qint64(kFixedBytes + kActivationBytesPerPixel * largest + optimiserCopies * imageBytes);
}

} // namespace nss
