// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/memorymodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "base/vgg19layers.h"
#include "engine/scaleplan.h"
#include "engine/tileplan.h"

namespace nss {

namespace {

// Measured with nss-bench (Adam, default layers, float32, 2 threads): peak RSS stays under this
// fixed part plus this many bytes per optimised pixel at every size from 128 to 1024 px. Peak RSS
// varies by up to 9% between runs of the same size (glibc's heap), so this is an envelope over the
// highest measurement, not a fit through the middle: it errs on the safe side by 1-33%. See
// docs/PERFORMANCE.md for the data.
constexpr double kActivationBytesPerPixel = 2.2 * 1024;
constexpr double kFixedBytes = 450.0 * 1024 * 1024;
// Tiled runs only: measured, see predictTiledPeakMemoryBytes.
constexpr double kTiledHeapBytes = 256.0 * 1024 * 1024;

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

namespace {

// What grows with the picture whatever the tiles: the optimiser's image-sized float32 buffers (the
// image and its gradient, plus Adam's two moments or L-BFGS's history of steps and gradient
// differences and its working vectors, and untiled with smoothing the mirrored picture, its spectrum
// and the result that ProjectedLbfgs::smoothed makes, 9 copies at most), the frames kept in memory,
// the region masks, and the result as it is made at the end: an 8-bit frame and the 16-bit image
// it is written from.
double pictureBuffersBytes(const StyleSettings &settings, QSize out, int keptFrames, bool tiled)
{
    const double pixels = double(out.width()) * out.height();
    const double imageBytes = pixels * 3 * 4;
    const double smoothingCopies = !tiled && settings.lbfgsSmoothing > 0.0 ? 9.0 : 0.0;
    const double optimiserCopies = settings.optimizer == Optimizer::Lbfgs ? 2.0 * settings.lbfgsHistory + 6.0 + smoothingCopies : 4.0;
    const double framesBytes = double(keptFrames) * pixels * 3; // 8-bit RGB QImages
    // Region masks (StyleObjective::setMasks): one float32 map per style mask, the blend's region, the
    // keep mask, and two maps while they are made; the pooled copies are a third of that at most.
    const qsizetype styleMasks = std::count_if(settings.styles.begin(), settings.styles.end(),
                                               [](const StyleSource &s) { return !s.maskPath.isEmpty(); });
    const bool masked = styleMasks > 0 || !settings.keepMaskPath.isEmpty();
    const double maskMaps = masked ? double(styleMasks) + 3.0 + (settings.keepMaskPath.isEmpty() ? 0.0 : 1.0) : 0.0;
    const double maskBytes = maskMaps * pixels * 4 * 4.0 / 3.0;
    // At the end: the result as an 8-bit frame (4 bytes a pixel), then the picture clamped to 0..1
    // (a float32 copy, 12) turned into the 16-bit image it is written from (8).
    const double resultBytes = pixels * (4 + 12 + 8);
    return optimiserCopies * imageBytes + framesBytes + maskBytes + resultBytes;
}

// The style images' sizes at the run's style scale (unknown ones square).
QList<QSize> styleSizesAt(const StyleSettings &settings, QSize out, const QList<QSize> &styles)
{
    const int styleLongest = styleSideFor(out, settings.styleScale);
    const qsizetype styleCount = std::max<qsizetype>(settings.styles.size(), styles.size());
    QList<QSize> sizes;
    for (qsizetype i = 0; i < styleCount; ++i)
        sizes << scaledOrSquare(i < styles.size() ? styles.at(i) : QSize(), styleLongest);
    return sizes;
}

double area(QSize size)
{
    return double(size.width()) * size.height();
}

} // namespace

qint64 predictPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames)
{
    if (settings.tileSize > 0)
        return predictTiledPeakMemoryBytes(settings, content, styles, keptFrames, settings.tileSize);
    const QSize out = outputSizeFor(settings, content);
    double largest = area(out);
    for (const QSize s : styleSizesAt(settings, out, styles))
        largest = std::max(largest, area(s));
    return qint64(kFixedBytes + kActivationBytesPerPixel * largest + pictureBuffersBytes(settings, out, keptFrames, false));
}

qint64 predictTiledPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames,
                                   int tileSide)
{
    const QSize out = outputSizeFor(settings, content);
    int deepest = 0;
    for (const auto *layers : {&settings.contentLayers, &settings.styleLayers})
        for (const auto &layer : *layers)
            deepest = std::max(deepest, vggFeatureIndex(layer.layer));
    // A tile's input is at most its core and its two halos, and at most the picture: a bound that
    // grows with the size (largestTileInput does not always: a partial last tile can be the largest),
    // so that the largest size that fits is found by bisection.
    const TileHalo halo = tileHalo(deepest);
    const int input = tileSideOnGrid(tileSide) + halo.nearSide + halo.farSide;
    const auto tileArea = [input](QSize picture) { return area(picture.boundedTo(QSize(input, input))); };
    double largest = tileArea(out);
    for (const QSize s : styleSizesAt(settings, out, styles))
        largest = std::max(largest, tileArea(s));
    const double pixels = area(out);
    // Besides the optimiser's buffers: the gradient the tiles add up, the content in colour and as
    // optimised, the photo as loaded (up to the output's size in 8 bits), and the content layers'
    // features, float32 at their stride.
    double contentFeatures = 0.0;
    for (const auto &layer : settings.contentLayers) {
        const qsizetype ordinal = vggConvLayerNames().indexOf(layer.layer);
        if (ordinal < 0)
            continue;
        const VggLayerSpec &spec = vgg19ConvLayers().at(size_t(ordinal));
        const int stride = featureStride(spec.index);
        contentFeatures += pixels / (double(stride) * stride) * spec.outChannels * 4.0;
    }
    const double imageBytes = pixels * 3 * 4;
    // The photo as decoded, at its own size (a 4000 x 3000 photo is 48 MB in 8 bits), with a 16-bit
    // copy while it is converted and resized; and what many small tiles add to the heap: measured
    // 290 MB above the rest of this model with 256 px tiles at 1024 px (docs/PERFORMANCE.md, "Print
    // sizes").
    const double photoBytes = area(content) * (4 + 8);
    const double extras = 3.0 * imageBytes + pixels * 4 + contentFeatures + photoBytes + kTiledHeapBytes;
    return qint64(kFixedBytes + kActivationBytesPerPixel * largest + pictureBuffersBytes(settings, out, keptFrames, true) + extras);
}

TilingChoice chooseTiling(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames,
                          std::optional<qint64> budget)
{
    const int history = settings.lbfgsHistory;
    if (settings.tileSize == 0) {
        const qint64 whole = predictPeakMemoryBytes(settings, content, styles, keptFrames);
        if (!budget || whole <= *budget)
            return {0, history, false, whole};
    }
    const QSize out = outputSizeFor(settings, content);
    const auto tiled = [&](int side, int withHistory, bool bf16 = false) {
        StyleSettings s = settings;
        s.lbfgsHistory = withHistory;
        qint64 bytes = predictTiledPeakMemoryBytes(s, content, styles, keptFrames, side);
        if (bf16) // 2 x history pictures of 3 channels, 2 bytes a value fewer
            bytes -= qint64(2.0 * withHistory * area(out) * 3 * 2);
        return TilingChoice{tileSideOnGrid(side), withHistory, bf16, bytes};
    };
    const std::vector<int> sides = settings.tileSize > 0 ? std::vector<int>{settings.tileSize}
                                                         : std::vector<int>{2048, 1536, 1024, 768, 512, 384, 256};
    // A shorter history costs quality, smaller tiles only time: shorten it with mid-sized tiles
    // first, whose halos cost little (docs/PERFORMANCE.md, "Print sizes").
    const std::vector<int> shorteningSides = settings.tileSize > 0 ? sides : std::vector<int>{1024, 768, 512, 384, 256, 1536, 2048};
    const bool lbfgs = settings.optimizer == Optimizer::Lbfgs;
    const int shortest = std::min(history, kMinTiledLbfgsHistory);
    // The plan is ours, not the user's: leave the rest of the machine room where that is possible.
    std::vector<qint64> limits;
    if (budget)
        limits = {qint64(double(*budget) * kTiledMemoryShare), *budget};
    else
        limits = {std::numeric_limits<qint64>::max()};
    for (const qint64 limit : limits) {
        const auto fits = [limit](const TilingChoice &c) { return c.predictedBytes <= limit; };
        for (const int side : sides) {
            if (const auto c = tiled(side, history); fits(c))
                return c;
        }
        if (!lbfgs)
            continue;
        // Rounding the history to bf16 costs less than shortening it (docs/PERFORMANCE.md, "The
        // L-BFGS history at print size").
        for (const int side : sides) {
            if (const auto c = tiled(side, history, true); fits(c))
                return c;
        }
        for (const int side : shorteningSides) {
            if (!fits(tiled(side, shortest, true)))
                continue;
            int low = shortest, high = history; // the longest history that fits: binary search
            while (high - low > 1) {
                const int middle = low + (high - low) / 2;
                (fits(tiled(side, middle, true)) ? low : high) = middle;
            }
            return tiled(side, low, true);
        }
    }
    return tiled(sides.back(), lbfgs ? shortest : history, lbfgs);
}

} // namespace nss
