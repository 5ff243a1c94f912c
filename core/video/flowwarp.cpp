// SPDX-License-Identifier: GPL-3.0-or-later
// Warping along a flow field and the temporal error: opticalflow.h's plain-C++ half (no OpenCV).
#include "video/opticalflow.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace nss {

namespace {

// Where one output pixel reads: four source indices and their bilinear weights.
struct Tap
{
    size_t i00 = 0;
    size_t i10 = 0;
    size_t i01 = 0;
    size_t i11 = 0;
    float w00 = 1.0F;
    float w10 = 0.0F;
    float w01 = 0.0F;
    float w11 = 0.0F;
};

// The source of pixel (x, y) displaced by the flow there, clamped into the picture (border
// replicate: a sample outside repeats the nearest edge pixel).
Tap tapAt(const FlowField &flow, int x, int y)
{
    const int w = flow.width;
    const int h = flow.height;
    const size_t i = static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x);
    float sx = static_cast<float>(x) + flow.dx[i];
    float sy = static_cast<float>(y) + flow.dy[i];
    // NaN flow (never from DIS, but a caller's buffer might hold one) reads the pixel itself.
    if (!std::isfinite(sx) || !std::isfinite(sy)) {
        sx = static_cast<float>(x);
        sy = static_cast<float>(y);
    }
    sx = std::clamp(sx, 0.0F, static_cast<float>(w - 1));
    sy = std::clamp(sy, 0.0F, static_cast<float>(h - 1));
    const int x0 = static_cast<int>(sx);
    const int y0 = static_cast<int>(sy);
    const int x1 = std::min(x0 + 1, w - 1);
    const int y1 = std::min(y0 + 1, h - 1);
    const float ax = sx - static_cast<float>(x0);
    const float ay = sy - static_cast<float>(y0);
    const auto at = [w](int px, int py) { return static_cast<size_t>(py) * static_cast<size_t>(w) + static_cast<size_t>(px); };
    Tap tap;
    tap.i00 = at(x0, y0);
    tap.i10 = at(x1, y0);
    tap.i01 = at(x0, y1);
    tap.i11 = at(x1, y1);
    tap.w00 = (1.0F - ax) * (1.0F - ay);
    tap.w10 = ax * (1.0F - ay);
    tap.w01 = (1.0F - ax) * ay;
    tap.w11 = ax * ay;
    return tap;
}

bool fitsFlow(const FlowField &flow, int width, int height)
{
    return flow.isValid() && flow.width == width && flow.height == height;
}

} // namespace

std::vector<float> warpPlanes(const float *planes, int channels, int width, int height, const FlowField &flow)
{
    if (!planes || channels < 1 || !fitsFlow(flow, width, height))
        return {};
    const size_t count = static_cast<size_t>(width) * static_cast<size_t>(height);
    std::vector<float> out(count * static_cast<size_t>(channels));
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const Tap t = tapAt(flow, x, y);
            const size_t i = static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x);
            for (int c = 0; c < channels; ++c) {
                const float *p = planes + static_cast<size_t>(c) * count;
                out[static_cast<size_t>(c) * count + i]
                    = t.w00 * p[t.i00] + t.w10 * p[t.i10] + t.w01 * p[t.i01] + t.w11 * p[t.i11];
            }
        }
    }
    return out;
}

QImage warpImage(const QImage &previous, const FlowField &backwardFlow)
{
    if (previous.isNull() || !fitsFlow(backwardFlow, previous.width(), previous.height()))
        return {};
    // Premultiplied, so that a transparent neighbour's colour does not bleed into the blend.
    constexpr QImage::Format Work = QImage::Format_RGBA8888_Premultiplied;
    const QImage source = previous.convertToFormat(Work);
    QImage out(source.size(), Work);
    if (out.isNull())
        return {};
    const int w = source.width();
    const uchar *src = source.constBits();
    const auto stride = static_cast<size_t>(source.bytesPerLine());
    // Tap indices count pixels; the source rows may be padded.
    const auto byteOffset = [w, stride](size_t index) {
        return (index / static_cast<size_t>(w)) * stride + (index % static_cast<size_t>(w)) * 4;
    };
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const Tap t = tapAt(backwardFlow, x, y);
            const uchar *p00 = src + byteOffset(t.i00);
            const uchar *p10 = src + byteOffset(t.i10);
            const uchar *p01 = src + byteOffset(t.i01);
            const uchar *p11 = src + byteOffset(t.i11);
            for (int c = 0; c < 4; ++c) {
                const float v = t.w00 * p00[c] + t.w10 * p10[c] + t.w01 * p01[c] + t.w11 * p11[c];
                row[x * 4 + c] = static_cast<uchar>(std::clamp(std::lround(v), 0L, 255L));
            }
        }
    }
    const QImage::Format format = previous.format();
    if (format == QImage::Format_Mono || format == QImage::Format_MonoLSB || format == QImage::Format_Indexed8)
        return out.convertToFormat(QImage::Format_RGBA8888);
    return out.convertToFormat(format);
}

double temporalError(const QImage &out, const QImage &prevOut, const FlowField &flowToPrev,
                     const std::vector<float> &weights)
{
    constexpr double Invalid = std::numeric_limits<double>::quiet_NaN();
    if (out.isNull() || prevOut.isNull() || out.size() != prevOut.size())
        return Invalid;
    const size_t count = static_cast<size_t>(out.width()) * static_cast<size_t>(out.height());
    if (!weights.empty() && weights.size() != count)
        return Invalid;
    const QImage warped = warpImage(prevOut, flowToPrev);
    if (warped.isNull())
        return Invalid;
    const QImage a = out.convertToFormat(QImage::Format_RGB888);
    const QImage b = warped.convertToFormat(QImage::Format_RGB888);

    double sum = 0.0;
    double weightSum = 0.0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            const size_t i = static_cast<size_t>(y) * static_cast<size_t>(a.width()) + static_cast<size_t>(x);
            const double weight = weights.empty() ? 1.0 : static_cast<double>(weights[i]);
            if (!(weight > 0.0))
                continue;
            double squared = 0.0;
            for (int c = 0; c < 3; ++c) {
                const double d = (ra[x * 3 + c] - rb[x * 3 + c]) / 255.0;
                squared += d * d;
            }
            sum += weight * squared / 3.0;
            weightSum += weight;
        }
    }
    return weightSum > 0.0 ? sum / weightSum : 0.0;
}

} // namespace nss
