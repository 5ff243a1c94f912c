// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace nss {

// What a video frame after the first is pulled towards (issue 23; docs/ALGORITHM.md, "Video"):
// the stylised previous frame warped into this frame by the optical flow, and Ruder et al.'s
// per-pixel weights, 0 where the flow is not trusted (disocclusions, motion boundaries).
struct TemporalTarget
{
    QImage previous; // the warped previous result, the content's aspect; resized to every scale
    QImage weights; // grey: white 1, black 0; the same size as `previous`
    double weight = 0.0; // the temporal loss weight

    bool isEmpty() const { return previous.isNull() || weight == 0.0; }
};

} // namespace nss
