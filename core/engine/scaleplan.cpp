// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scaleplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QtGlobal>

namespace nss {

namespace {
// Above this longest side an output is print size (issue 20): a step at the finest scale takes
// minutes, so the automatic plan leaves more of the steps to the coarse scales there.
constexpr int kPrintSide = 1024;
} // namespace

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
// the coarse scales may take more of the steps than an even split would give them; but the finest
// scale's L-BFGS is still falling when its steps run out, so it gets most: with 2 scales the coarse
// one at most 20 % (half before: 7 of 9 pairs judged 0.1-2.6 % lower at 256 px, docs/ALGORITHM.md),
// and past 10 % only while it still falls fast (fastFrom, below);
// with 3 the coarsest at most 35 % and the middle one 20 %, so that the finest gets at least 45 %
// (at 512 px its L-BFGS is still falling fast after 90 steps, and the extra 45 steps lowered every
// pair's loss, the photo pairs' by 5-6 %, docs/ALGORITHM.md); each at least one step. Above
// kPrintSide a finest step takes minutes, so there the coarse scales keep 40 % and 30 % and the
// finest 30 %.
// What a coarse scale does not use (it stopped improving) goes to the finer ones.
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
    static constexpr double kShares[3][2] = {{0.0, 0.0}, {0.2, 0.0}, {0.35, 0.2}};
    static constexpr double kPrintShares[2] = {0.4, 0.3};
    const double *shares = count == 3 && longest > kPrintSide ? kPrintShares : kShares[count - 1];
    for (int i = 0; i < count - 1; ++i) // more than 3 scales (asked for): an even split
        plan.maxSteps.push_back(std::max(1, count <= 3 ? int(steps * shares[i]) : steps / count));
    plan.maxSteps.push_back(steps);
    // With 2 scales the coarse one keeps its 20 % only while it still falls fast: past 10 % of the
    // steps it ends once its loss fell less than 30 % over the last 10 evaluations. The photo pairs
    // want the fine steps, hard-edged styles the coarse ones (docs/ALGORITHM.md, "a share that
    // follows the coarse scale's progress").
    plan.fastFrom.assign(size_t(count), 0);
    if (count == 2)
        plan.fastFrom[0] = std::max(1, int(steps * 0.1));
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

void ScaleProgress::keepOnlyWhileFast(int after, int window, double improvement)
{
    m_fastAfter = after;
    m_fastWindow = std::max(1, window);
    m_fastImprovement = improvement;
}

bool ScaleProgress::stalled() const
{
    if (m_fastAfter > 0 && count() >= m_fastAfter && slowerThan(m_fastWindow, m_fastImprovement))
        return true;
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
