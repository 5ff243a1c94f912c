// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scaleplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QtGlobal>

namespace nss {

QSize scaledToLongestSide(QSize source, int longest)
{
    const double scale = double(longest) / std::max(source.width(), source.height());
    return {std::max(1, qRound(source.width() * scale)), std::max(1, qRound(source.height() * scale))};
}

QSize styleSizeFor(QSize source, int longest)
{
    QSize size = scaledToLongestSide(source, longest);
    const int shortSide = std::min(size.width(), size.height());
    if (shortSide < kMinPictureSide) {
        const double grow = double(kMinPictureSide) / std::min(source.width(), source.height());
        size = QSize(std::max(kMinPictureSide, int(std::ceil(source.width() * grow))),
                     std::max(kMinPictureSide, int(std::ceil(source.height() * grow))));
    }
    return size;
}

int styleSideFor(QSize picture, double styleScale)
{
    return std::max(16, qRound(std::max(picture.width(), picture.height()) * styleScale));
}

// Automatic: halve while the coarsest scale keeps a longest side of at least 128 px, at most 3
// scales (VGG sees too little below that). A coarse step costs a quarter of the next finer one, so
// the coarse scales may take more of the steps than an even split: with 3 scales the coarsest at
// most 40 % and the middle one 30 %, with 2 the coarse one half; each at least one step. What a
// coarse scale does not use (it stopped improving) goes to the finer ones.
ScalePlan planScales(QSize outSize, int requested, int steps)
{
    const int longest = std::max(outSize.width(), outSize.height());
    int count = requested;
    if (count == 0) {
        count = 1;
        while (count < 3 && (longest >> count) >= 128)
            ++count;
    }
    // VGG's four poolings need 16 px on the shorter side of the coarsest scale.
    auto coarsestShortSide = [&] {
        const QSize coarse = scaledToLongestSide(outSize, longest >> (count - 1));
        return std::min(coarse.width(), coarse.height());
    };
    while (count > 1 && (coarsestShortSide() < 16 || steps < count))
        --count;
    ScalePlan plan;
    for (int i = 0; i < count; ++i) {
        const int side = longest >> (count - 1 - i);
        plan.sizes.push_back(i == count - 1 ? outSize : scaledToLongestSide(outSize, side));
    }
    static constexpr double kShares[3][2] = {{0.0, 0.0}, {0.5, 0.0}, {0.4, 0.3}};
    for (int i = 0; i < count - 1; ++i) // more than 3 scales (asked for): an even split
        plan.maxSteps.push_back(std::max(1, count <= 3 ? int(steps * kShares[count - 1][i]) : steps / count));
    plan.maxSteps.push_back(steps);
    return plan;
}

ScaleProgress::ScaleProgress(int window, double minImprovement)
    : m_window(std::max(1, window))
    , m_minImprovement(minImprovement)
{ }

void ScaleProgress::record(double bestLoss)
{
    m_losses.push_back(bestLoss);
}

void ScaleProgress::restart()
{
    m_losses.clear();
}

bool ScaleProgress::stalled() const
{
    return slowerThan(m_window, m_minImprovement);
}

bool ScaleProgress::slowerThan(int window, double minImprovement) const
{
    if (int(m_losses.size()) <= window)
        return false;
    const double before = m_losses[m_losses.size() - 1 - size_t(window)];
    const double now = m_losses.back();
    if (!std::isfinite(before) || !std::isfinite(now))
        return false;
    return before - now < minImprovement * std::abs(before);
}

double ScaleProgress::first() const
{
    return m_losses.empty() ? std::numeric_limits<double>::quiet_NaN() : m_losses.front();
}

double ScaleProgress::last() const
{
    return m_losses.empty() ? std::numeric_limits<double>::quiet_NaN() : m_losses.back();
}

double ScaleProgress::reduction() const
{
    return (first() - last()) / first();
}

} // namespace nss
