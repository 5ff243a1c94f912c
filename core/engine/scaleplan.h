// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QSize>

namespace nss {

// VGG-19's four poolings need at least this many pixels on a picture's short side.
constexpr int kMinPictureSide = 16;

// The size of a picture whose longest side is `longest`, with `source`'s aspect ratio.
QSize scaledToLongestSide(QSize source, int longest);

// A style image's size for a longest side of `longest`, enlarged where needed so that its short
// side is at least kMinPictureSide (a long, thin painting would otherwise fail inside VGG-19).
QSize styleSizeFor(QSize source, int longest);

// The longest side the style images get when the picture being optimised is `picture`: the
// style-scale factor times its longest side, at least 16 px (VGG's four poolings need that).
int styleSideFor(QSize picture, double styleScale);

// Coarse to fine: the sizes to optimise at (the last is the output size) and the most steps each
// scale may take. A coarse scale ends earlier when it stops improving (ScaleProgress); the steps
// it leaves go to the next scale, and the finest takes whatever is left of the run's steps.
struct ScalePlan
{
    std::vector<QSize> sizes;
    std::vector<int> maxSteps; // the last entry: the run's steps (the finest takes what is left)
    int window = 20; // ScaleProgress: evaluations over which a coarse scale must still improve
    double minImprovement = 0.01; // ... by at least this fraction of its loss
    // After fastFrom[i] steps (0: never) coarse scale i goes on only while it still falls fast: by at
    // least fastImprovement of its loss over the last fastWindow evaluations (L-BFGS runs only).
    std::vector<int> fastFrom;
    int fastWindow = 10;
    double fastImprovement = 0.3;
};

// `requested` scales (0: automatic) for an output of `outSize` over `steps` steps.
ScalePlan planScales(QSize outSize, int requested, int steps);

// Whether a scale still improves: the lowest loss seen so far, evaluation by evaluation, and its
// relative decrease over the last `window` evaluations.
class ScaleProgress
{
public:
    ScaleProgress(int window, double minImprovement);
    // From the `after`-th evaluation on, stalled() also when the loss fell less than `improvement`
    // over the last `window` evaluations (a coarse scale past its minimum share).
    void keepOnlyWhileFast(int after, int window, double improvement);

    void record(double bestLoss); // after every evaluation: the lowest loss of this scale so far
    void restart(); // the objective changed (new weights): earlier losses no longer compare
    // At least window + 1 losses recorded since the start (or the last restart), and the newest is
    // less than minImprovement (relative) below the one `window` evaluations earlier; or the same
    // with keepOnlyWhileFast()'s window and improvement, once its `after` evaluations are recorded.
    bool stalled() const;
    // The same test with another window and improvement (the Adam finish's hand-over).
    bool slowerThan(int window, double minImprovement) const;
    int count() const { return int(m_losses.size()); }
    double first() const; // the loss at the start of the scale (NaN before any)
    double last() const;
    double reduction() const; // (first - last) / first: this scale's relative loss reduction

private:
    int m_window;
    double m_minImprovement;
    int m_fastAfter = 0; // 0: no fast rule
    int m_fastWindow = 0;
    double m_fastImprovement = 0.0;
    std::vector<double> m_losses;
};

} // namespace nss
