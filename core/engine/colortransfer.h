// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: includes LibTorch. Never include from ui/ or app/.

#include <torch/torch.h>

namespace nss {

// Keep-the-content's-colours helpers (Gatys et al., "Preserving Color in Neural Artistic Style
// Transfer", 2016). Every tensor is 1x3xHxW RGB in 0..1.

// NTSC YIQ: Y is the luminance, I and Q the chroma.
torch::Tensor rgbToYiq(const torch::Tensor &rgb);
torch::Tensor yiqToRgb(const torch::Tensor &yiq);

// The luminance repeated in the three channels: what the luminance-only transfer optimises.
torch::Tensor luminanceAsRgb(const torch::Tensor &rgb);

// `grey`'s luminance shifted and scaled to the mean and standard deviation of `reference`'s, so the
// style's brightness range does not override the photo's (the paper's luminance matching).
torch::Tensor matchLuminance(const torch::Tensor &grey, const torch::Tensor &reference);

// The luminance of `luminanceSource` with the chroma (I, Q) of `colourSource`, clamped to 0..1.
torch::Tensor combineLuminanceAndChroma(const torch::Tensor &luminanceSource, const torch::Tensor &colourSource);

// Colour histogram matching: an affine map x' = A (x - mean_s) + mean_c, with
// A = Cov_c^(1/2) Cov_s^(-1/2) (symmetric square roots), gives `style` the mean and covariance of
// `content`'s RGB values. Clamped to 0..1.
torch::Tensor matchColourStatistics(const torch::Tensor &style, const torch::Tensor &content);

} // namespace nss
