// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/opticalflow.h"

#include <algorithm>
#include <cstddef>
#include <exception>

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/video/tracking.hpp>

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context.
    return QCoreApplication::translate("nss", text);
}

// DIS's coarsest pyramid level and its 8-pixel patches need a little room.
constexpr int MinimumSide = 16;

// MEDIUM over FAST: about three times FAST's time (some 25 ms against 8 for a 512 x 288 pair on
// two cores, nothing beside a stylisation step) for half its end-point error, and a third of it at
// motion boundaries, where the consistency weights are decided (docs/ALGORITHM.md).
constexpr int DisPreset = cv::DISOpticalFlow::PRESET_MEDIUM;

QString sizeText(const QImage &image)
{
    return tr("%1 x %2").arg(image.width()).arg(image.height());
}

// A deep copy of the picture's grey levels, owned by the Mat.
cv::Mat greyMat(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                       static_cast<size_t>(grey.bytesPerLine()));
    return view.clone();
}

// The parameters below are Ruder et al.'s (consistencyChecker.cpp in manuelruder/artistic-videos).
constexpr float DisocclusionRelative = 0.01F;
constexpr float DisocclusionAbsolute = 0.5F;
constexpr float BoundaryRelative = 0.01F;
constexpr float BoundaryAbsolute = 0.002F;

// |grad u|^2 + |grad v|^2 of a flow field, central differences (one-sided at the border).
std::vector<float> flowGradientEnergy(const FlowField &flow)
{
    const int w = flow.width;
    const int h = flow.height;
    std::vector<float> energy(static_cast<size_t>(w) * static_cast<size_t>(h));
    for (int y = 0; y < h; ++y) {
        const int up = std::max(y - 1, 0);
        const int down = std::min(y + 1, h - 1);
        for (int x = 0; x < w; ++x) {
            const int left = std::max(x - 1, 0);
            const int right = std::min(x + 1, w - 1);
            const auto at = [w](int px, int py) { return static_cast<size_t>(py) * w + px; };
            const float ux = 0.5F * (flow.dx[at(right, y)] - flow.dx[at(left, y)]);
            const float uy = 0.5F * (flow.dx[at(x, down)] - flow.dx[at(x, up)]);
            const float vx = 0.5F * (flow.dy[at(right, y)] - flow.dy[at(left, y)]);
            const float vy = 0.5F * (flow.dy[at(x, down)] - flow.dy[at(x, up)]);
            energy[at(x, y)] = ux * ux + uy * uy + vx * vx + vy * vy;
        }
    }
    return energy;
}

} // namespace

bool FlowField::isValid() const
{
    const auto count = static_cast<size_t>(std::max(width, 0)) * static_cast<size_t>(std::max(height, 0));
    return count > 0 && dx.size() == count && dy.size() == count;
}

Expected<FlowField> computeFlow(const QImage &from, const QImage &to)
{
    if (from.isNull() || to.isNull())
        return fail(tr("Optical flow needs two frames, but a frame is empty."));
    if (from.size() != to.size())
        return fail(tr("Optical flow needs frames of the same size, but one is %1 pixels and the other %2.")
                        .arg(sizeText(from), sizeText(to)));
    if (from.width() < MinimumSide || from.height() < MinimumSide)
        return fail(tr("The frames (%1 pixels) are too small for optical flow; it needs %2 pixels a side.")
                        .arg(sizeText(from))
                        .arg(MinimumSide));
    try {
        const cv::Mat a = greyMat(from);
        const cv::Mat b = greyMat(to);
        cv::Mat flow;
        cv::Ptr<cv::DISOpticalFlow> dis = cv::DISOpticalFlow::create(DisPreset);
        dis->calc(a, b, flow);
        if (flow.type() != CV_32FC2 || flow.rows != a.rows || flow.cols != a.cols)
            return fail(tr("Optical flow returned a field of an unexpected shape."));

        FlowField field;
        field.width = flow.cols;
        field.height = flow.rows;
        const size_t count = static_cast<size_t>(field.width) * static_cast<size_t>(field.height);
        field.dx.resize(count);
        field.dy.resize(count);
        for (int y = 0; y < flow.rows; ++y) {
            const auto *row = flow.ptr<cv::Vec2f>(y);
            const size_t base = static_cast<size_t>(y) * static_cast<size_t>(field.width);
            for (int x = 0; x < flow.cols; ++x) {
                field.dx[base + x] = row[x][0];
                field.dy[base + x] = row[x][1];
            }
        }
        return field;
    } catch (const cv::Exception &e) {
        return fail(tr("Optical flow failed: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return fail(tr("Optical flow failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

std::vector<float> consistencyWeights(const FlowField &forward, const FlowField &backward)
{
    if (!forward.isValid() || !backward.isValid() || forward.width != backward.width
        || forward.height != backward.height)
        return {};
    const int w = backward.width;
    const int h = backward.height;
    const size_t count = static_cast<size_t>(w) * static_cast<size_t>(h);

    // w~(x) = forward(x + w^(x)): the forward flow brought onto frame t's grid.
    std::vector<float> forwardPlanes(2 * count);
    std::copy(forward.dx.begin(), forward.dx.end(), forwardPlanes.begin());
    std::copy(forward.dy.begin(), forward.dy.end(), forwardPlanes.begin() + static_cast<std::ptrdiff_t>(count));
    const std::vector<float> warped = warpPlanes(forwardPlanes.data(), 2, w, h, backward);
    const std::vector<float> boundary = flowGradientEnergy(backward);

    std::vector<float> weights(count, 1.0F);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t i = static_cast<size_t>(y) * w + x;
            const float bu = backward.dx[i];
            const float bv = backward.dy[i];
            // Pixel centres cover [-0.5, size - 0.5]: beyond that the source lies outside frame t-1.
            const float sx = static_cast<float>(x) + bu;
            const float sy = static_cast<float>(y) + bv;
            if (sx < -0.5F || sy < -0.5F || sx > static_cast<float>(w) - 0.5F || sy > static_cast<float>(h) - 0.5F) {
                weights[i] = 0.0F;
                continue;
            }
            const float fu = warped[i];
            const float fv = warped[count + i];
            const float backSq = bu * bu + bv * bv;
            const float sumU = fu + bu;
            const float sumV = fv + bv;
            if (sumU * sumU + sumV * sumV > DisocclusionRelative * (fu * fu + fv * fv + backSq) + DisocclusionAbsolute
                || boundary[i] > BoundaryRelative * backSq + BoundaryAbsolute)
                weights[i] = 0.0F;
        }
    }
    return weights;
}

} // namespace nss
