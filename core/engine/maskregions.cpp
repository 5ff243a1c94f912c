// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/maskregions_p.h"

#include <algorithm>
#include <numeric>

#include "engine/styleobjective.h"

namespace nss {

void MaskRegions::set(const std::vector<torch::Tensor> &styleMasks, const torch::Tensor &keep, int64_t height, int64_t width,
                      const torch::TensorOptions &options)
{
    m_regions.clear();
    m_keep = torch::Tensor();
    m_pooled.clear();
    const bool any = keep.defined() || std::any_of(styleMasks.begin(), styleMasks.end(), [](const auto &m) { return m.defined(); });
    if (!any)
        return;
    torch::NoGradGuard noGrad;
    const auto own = [&options](const torch::Tensor &m) { return m.detach().to(options).clamp(0.0, 1.0); };
    if (keep.defined())
        m_keep = own(keep);
    // Where the style loss applies at all: everywhere but the kept part.
    const auto styled = m_keep.defined() ? 1.0 - m_keep : torch::ones({1, 1, height, width}, options);
    auto covered = torch::zeros_like(styled);
    for (size_t i = 0; i < styleMasks.size(); ++i) {
        if (!styleMasks[i].defined())
            continue;
        const auto m = own(styleMasks[i]);
        m_regions.push_back({int(i), m * styled});
        covered = covered + m;
    }
    m_regions.push_back({-1, (1.0 - covered).clamp(0.0, 1.0) * styled});
}

const MaskRegions::Pooled &MaskRegions::at(int index, int64_t h, int64_t w) const
{
    if (const auto it = m_pooled.find(index); it != m_pooled.end())
        return it->second;
    torch::NoGradGuard noGrad;
    Pooled p;
    for (const auto &region : m_regions) {
        // The mean of the mask over each feature cell (docs/ALGORITHM.md, "Masks").
        auto weight = torch::adaptive_avg_pool2d(region.weight, {h, w});
        p.areas.push_back(weight.sum().item<double>());
        // Cropped to the rows and columns where it is above 0: exact (the rest adds nothing to the
        // Gram) and, for a mask over part of the picture, that much less arithmetic.
        Box box;
        const auto rows = torch::nonzero(weight[0][0].sum(1) > 0).flatten();
        const auto cols = torch::nonzero(weight[0][0].sum(0) > 0).flatten();
        if (rows.numel() > 0 && cols.numel() > 0) {
            box.top = rows.min().item<int64_t>();
            box.left = cols.min().item<int64_t>();
            box.height = rows.max().item<int64_t>() - box.top + 1;
            box.width = cols.max().item<int64_t>() - box.left + 1;
            weight = weight.narrow(2, box.top, box.height).narrow(3, box.left, box.width).contiguous();
        }
        p.boxes.push_back(box);
        p.weights.push_back(std::move(weight));
    }
    if (m_keep.defined())
        p.keep = torch::adaptive_avg_pool2d(m_keep, {h, w}).mul(kKeepContentBoost - 1.0).add(1.0);
    return m_pooled.emplace(index, std::move(p)).first->second;
}

namespace {

// Regions with no area at a layer add nothing there (and would divide by zero).
bool counts(double area, int64_t h, int64_t w)
{
    return area > 1e-12 * static_cast<double>(h * w);
}

} // namespace

std::vector<MaskRegions::LayerRegion> MaskRegions::layerRegions(int index, int64_t h, int64_t w, double *totalArea) const
{
    const Pooled &p = at(index, h, w);
    *totalArea = std::accumulate(p.areas.begin(), p.areas.end(), 0.0);
    std::vector<LayerRegion> out;
    for (size_t r = 0; r < m_regions.size(); ++r) {
        if (counts(p.areas[r], h, w))
            out.push_back({r, m_regions[r].style, p.areas[r]});
    }
    return out;
}

torch::Tensor MaskRegions::regionWeight(int index, int64_t h, int64_t w, size_t region, int64_t top, int64_t left,
                                        int64_t height, int64_t width) const
{
    const Pooled &p = at(index, h, w);
    const Box &box = p.boxes[region];
    // The part's overlap with the region's box, in the layer's rows and columns.
    const int64_t y0 = std::max(top, box.top), y1 = std::min(top + height, box.top + box.height);
    const int64_t x0 = std::max(left, box.left), x1 = std::min(left + width, box.left + box.width);
    if (y1 <= y0 || x1 <= x0)
        return {};
    const auto &weight = p.weights[region];
    auto out = torch::zeros({1, 1, height, width}, weight.options());
    out.narrow(2, y0 - top, y1 - y0)
        .narrow(3, x0 - left, x1 - x0)
        .copy_(weight.narrow(2, y0 - box.top, y1 - y0).narrow(3, x0 - box.left, x1 - x0));
    return out;
}

torch::Tensor MaskRegions::keepBoost(int index, int64_t h, int64_t w, int64_t top, int64_t left, int64_t height,
                                     int64_t width) const
{
    return at(index, h, w).keep.narrow(2, top, height).narrow(3, left, width);
}

torch::Tensor MaskRegions::styleLoss(int index, const torch::Tensor &response, const torch::Tensor &blend,
                                     const std::vector<torch::Tensor> &perStyle) const
{
    const Pooled &p = at(index, response.size(2), response.size(3));
    const double total = std::accumulate(p.areas.begin(), p.areas.end(), 0.0);
    torch::Tensor loss;
    for (size_t r = 0; r < m_regions.size(); ++r) {
        if (!counts(p.areas[r], response.size(2), response.size(3)))
            continue; // nothing of this region at this layer
        const auto &target = m_regions[r].style < 0 ? blend : perStyle[size_t(m_regions[r].style)];
        const auto &box = p.boxes[r];
        const auto features = response.narrow(2, box.top, box.height).narrow(3, box.left, box.width);
        const auto part = torch::mse_loss(weightedGramMatrix(features, p.weights[r], p.areas[r]), target) * (p.areas[r] / total);
        loss = loss.defined() ? loss + part : part;
    }
    return loss;
}

torch::Tensor MaskRegions::contentLoss(int index, const torch::Tensor &response, const torch::Tensor &target) const
{
    const auto &boost = at(index, response.size(2), response.size(3)).keep;
    return (response - target).square().mul(boost.to(response.scalar_type())).mean();
}

} // namespace nss
