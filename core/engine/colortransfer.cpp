// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/colortransfer.h"

namespace nss {

namespace {

// Rows: Y, I, Q from R, G, B (FCC NTSC coefficients). Kept in double; the inverse is computed
// rather than typed in, so rgb -> yiq -> rgb is exact to float rounding.
torch::Tensor yiqMatrix()
{
    static const torch::Tensor m = torch::tensor({0.299, 0.587, 0.114, //
                                                  0.596, -0.274, -0.322, //
                                                  0.211, -0.523, 0.312},
                                                 torch::kFloat64)
                                       .view({3, 3});
    return m;
}

torch::Tensor applyColourMatrix(const torch::Tensor &image, const torch::Tensor &matrix)
{
    const auto m = matrix.to(image.options());
    return torch::einsum("ij,bjhw->bihw", {m, image});
}

torch::Tensor symmetricPower(const torch::Tensor &sym, double power)
{
    const auto [values, vectors] = torch::linalg_eigh(sym);
    // The floor keeps a grey (rank-deficient) style from blowing up its noise in the inverse root.
    const auto scaled = values.clamp_min(1e-5).pow(power);
    return vectors.matmul(torch::diag(scaled)).matmul(vectors.transpose(0, 1));
}

} // namespace

torch::Tensor rgbToYiq(const torch::Tensor &rgb)
{
    return applyColourMatrix(rgb, yiqMatrix());
}

torch::Tensor yiqToRgb(const torch::Tensor &yiq)
{
    static const torch::Tensor inverse = torch::linalg_inv(yiqMatrix());
    return applyColourMatrix(yiq, inverse);
}

torch::Tensor luminanceAsRgb(const torch::Tensor &rgb)
{
    return rgbToYiq(rgb).narrow(1, 0, 1).expand({-1, 3, -1, -1}).contiguous();
}

torch::Tensor matchLuminance(const torch::Tensor &grey, const torch::Tensor &reference)
{
    const auto y = grey.narrow(1, 0, 1);
    const auto ref = rgbToYiq(reference).narrow(1, 0, 1);
    const auto matched = (y - y.mean()) / y.std().clamp_min(1e-6) * ref.std() + ref.mean();
    return matched.clamp(0.0, 1.0).expand({-1, 3, -1, -1}).contiguous();
}

torch::Tensor combineLuminanceAndChroma(const torch::Tensor &luminanceSource, const torch::Tensor &colourSource)
{
    auto yiq = rgbToYiq(colourSource);
    yiq.narrow(1, 0, 1).copy_(rgbToYiq(luminanceSource).narrow(1, 0, 1));
    return yiqToRgb(yiq).clamp(0.0, 1.0);
}

torch::Tensor matchColourStatistics(const torch::Tensor &style, const torch::Tensor &content)
{
    // Statistics in double: covariances of near-constant images are tiny and float loses them.
    const auto s = style.detach().to(torch::kFloat64).reshape({3, -1});
    const auto c = content.detach().to(torch::kFloat64).reshape({3, -1});
    const auto meanS = s.mean(1, true);
    const auto meanC = c.mean(1, true);
    const auto covS = (s - meanS).matmul((s - meanS).transpose(0, 1)) / s.size(1);
    const auto covC = (c - meanC).matmul((c - meanC).transpose(0, 1)) / c.size(1);
    const auto a = symmetricPower(covC, 0.5).matmul(symmetricPower(covS, -0.5));
    const auto mapped = a.matmul(s - meanS) + meanC;
    return mapped.reshape(style.sizes()).clamp(0.0, 1.0).to(style.options());
}

} // namespace nss
