// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QImage>

#include "base/expected.h"

// Optical flow for flicker-free video (issue 23), after Ruder, Dosovitskiy and Brox, "Artistic
// style transfer for videos" (GCPR 2016). No LibTorch and no OpenCV type in this header: the
// engine wraps the float buffers below as tensors itself.
//
// Conventions, for consecutive content frames t-1 and t:
//   forward  = computeFlow(frame[t-1], frame[t])  lives on frame t-1's grid:
//              the pixel x of frame t-1 moves to x + forward(x) in frame t.
//   backward = computeFlow(frame[t], frame[t-1])  lives on frame t's grid:
//              the pixel x of frame t came from x + backward(x) in frame t-1.
// Everything that produces something in frame t's geometry (warping the stylised frame t-1, the
// consistency weights, the temporal error) samples the backward flow at frame t's own pixels; the
// forward flow is only read (bilinearly) where the backward flow points, to check it.

namespace nss {

// A dense flow field, row-major: the displacement of pixel (x, y) is (dx[i], dy[i]) with
// i = y * width + x, in pixels.
struct FlowField
{
    int width = 0;
    int height = 0;
    std::vector<float> dx;
    std::vector<float> dy;

    // Both vectors hold width * height values, and the size is not empty.
    bool isValid() const;
};

// DIS optical flow (OpenCV, preset MEDIUM with its variational refinement) from `from` to `to`, on
// their grey levels: pixel x of `from` moves to x + flow(x) in `to`. Both pictures must be of the
// same size, not null, and at least 16 pixels a side; any other input is a readable error.
Expected<FlowField> computeFlow(const QImage &from, const QImage &to);

// Ruder et al.'s per-pixel weight of frame t (width * height values, row-major, on frame t's
// grid), given `forward` (t-1 -> t) and `backward` (t -> t-1) as above. For pixel x with
// w^ = backward(x) and w~ = forward(x + w^) (bilinear):
//   0 where x + w^ leaves frame t-1 (newly revealed at the border),
//   0 at disocclusions: |w~ + w^|^2 > 0.01 (|w~|^2 + |w^|^2) + 0.5,
//   0 at motion boundaries: |grad u^|^2 + |grad v^|^2 > 0.01 |w^|^2 + 0.002 (central differences),
//   1 elsewhere.
// Empty when the two fields are invalid or of different sizes.
std::vector<float> consistencyWeights(const FlowField &forward, const FlowField &backward);

// The picture `previous` (frame t-1's geometry) warped into frame t's geometry with the backward
// flow t -> t-1: out(x) = previous(x + backwardFlow(x)), bilinear (on premultiplied colours),
// border replicated. The result has previous's format where it can; a null image when previous is
// null or its size differs from the flow's.
QImage warpImage(const QImage &previous, const FlowField &backwardFlow);

// The same warp on a planar float buffer (channels x height x width, CHW as the engine's tensors):
// out[c](x) = planes[c](x + flow(x)), bilinear, border replicated. Empty when planes is null,
// channels < 1 or the flow is invalid or not width x height.
std::vector<float> warpPlanes(const float *planes, int channels, int width, int height,
                              const FlowField &flow);

// The flicker metric: the mean squared difference (RGB, each channel on a 0..1 scale)
// between `out` (frame t) and `prevOut` (frame t-1) warped by `flowToPrev` (t -> t-1), averaged
// over the pixels whose weight is above 0 (weighted by it; an empty `weights` counts every
// pixel). 0 when no pixel counts; NaN when the sizes disagree or a picture is null.
double temporalError(const QImage &out, const QImage &prevOut, const FlowField &flowToPrev,
                     const std::vector<float> &weights);

} // namespace nss
