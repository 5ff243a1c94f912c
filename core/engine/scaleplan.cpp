#include "engine/scaleplan.h"

#include <algorithm>

#include <QtGlobal>

namespace nss {

QSize scaledToLongestSide(QSize source, int longest)
{
    const double scale = double(longest) / std::max(source.width(), source.height());
    return {std::max(1, qRound(source.width() * scale)), std::max(1, qRound(source.height() * scale))};
}

int styleSideFor(QSize picture, double styleScale)
{
    return std::max(16, qRound(std::max(picture.width(), picture.height()) * styleScale));
}

// Automatic: halve while the coarsest scale keeps a longest side of at least 128 px, at most 3
// scales (VGG sees too little below that). The steps are split evenly (a coarse step costs a
// quarter of the next finer one, so the finest still takes most of the time); the finest scale
// gets the remainder, and no scale gets zero steps.
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
        plan.endSteps.push_back(i == count - 1 ? steps : (i + 1) * (steps / count));
    }
    return plan;
}

} // namespace nss
