// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: includes LibTorch.

#include <torch/torch.h>

namespace nss {

// Ruder, Dosovitskiy and Brox 2016's short-term temporal loss, for the frames of a video after
// the first: the stylised previous frame warped into this frame by the optical flow (`target`),
// and Ruder's per-pixel weights c, 0 at disocclusions and motion boundaries (`weights`).
// loss = weight * sum(c * (x - target)^2) / (3 H W): pixel-local, so the same whole or in tiles.
struct TemporalTerm
{
    torch::Tensor target; // 1 x 3 x H x W in 0..1, the picture's size
    torch::Tensor weights; // 1 x 1 x H x W in 0..1
    double weight = 0.0;

    bool active() const { return weight != 0.0 && target.defined(); }
    torch::Tensor loss(const torch::Tensor &image) const;
};

} // namespace nss
