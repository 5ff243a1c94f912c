#pragma once

#include <vector>

#include <QSize>

namespace nss {

// The size of a picture whose longest side is `longest`, with `source`'s aspect ratio.
QSize scaledToLongestSide(QSize source, int longest);

// The longest side the style images get when the picture being optimised is `picture`: the
// style-scale factor times its longest side, at least 16 px (VGG's four poolings need that).
int styleSideFor(QSize picture, double styleScale);

// Coarse to fine: the sizes to optimise at (the last is the output size) and the global step at
// which each one ends.
struct ScalePlan
{
    std::vector<QSize> sizes;
    std::vector<int> endSteps;
};

// `requested` scales (0: automatic) for an output of `outSize` over `steps` steps.
ScalePlan planScales(QSize outSize, int requested, int steps);

} // namespace nss
