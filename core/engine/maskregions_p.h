// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: includes LibTorch. The region masks of StyleObjective (issue 21;
// docs/ALGORITHM.md, "Masks").

#include <map>
#include <vector>

#include <torch/torch.h>

namespace nss {

// The parts of the output with their own style targets (a style's mask, and where no mask covers,
// the blend), the keep-the-photo mask, and their poolings to each layer, made once per layer.
class MaskRegions
{
public:
    // Masks already checked to be 1 x 1 x height x width (StyleObjective::setMasks); undefined
    // ones and an empty list mean none. Kept in `options` (the content's), clamped to 0..1.
    void set(const std::vector<torch::Tensor> &styleMasks, const torch::Tensor &keep, int64_t height, int64_t width,
             const torch::TensorOptions &options);
    bool active() const { return !m_regions.empty(); }
    bool keeps() const { return m_keep.defined(); }

    // At feature index `index`: the area-weighted mean over the regions of each region's weighted
    // Gram against its target (`blend`, or its style's own Gram from `perStyle`); undefined when no
    // region has area there.
    torch::Tensor styleLoss(int index, const torch::Tensor &response, const torch::Tensor &blend,
                            const std::vector<torch::Tensor> &perStyle) const;
    // The content loss with the keep mask's boost (only when keeps()).
    torch::Tensor contentLoss(int index, const torch::Tensor &response, const torch::Tensor &target) const;

    // For the tiled passes (tiledobjective.cpp), at feature index `index` of a layer of h x w
    // features: the regions whose area counts there, each with its style (-1: the blend), its area
    // and the sum of every region's area; and a region's weight, or the keep boost, over the part
    // [top, top + height) x [left, left + width) of that layer.
    struct LayerRegion
    {
        size_t region = 0;
        int style = -1;
        double area = 0.0;
    };
    std::vector<LayerRegion> layerRegions(int index, int64_t h, int64_t w, double *totalArea) const;
    // Undefined where the region is 0 throughout the part.
    torch::Tensor regionWeight(int index, int64_t h, int64_t w, size_t region, int64_t top, int64_t left, int64_t height,
                               int64_t width) const;
    torch::Tensor keepBoost(int index, int64_t h, int64_t w, int64_t top, int64_t left, int64_t height, int64_t width) const;

private:
    struct Region
    {
        int style; // -1: the blend
        torch::Tensor weight; // 1 x 1 x H x W at the content's size
    };
    struct Box
    {
        int64_t top = 0, left = 0, height = 0, width = 0;
    };
    // The regions' weights and areas at one layer's resolution.
    struct Pooled
    {
        std::vector<torch::Tensor> weights; // cropped to their boxes
        std::vector<Box> boxes; // where each weight is above 0: the Gram needs nothing outside
        std::vector<double> areas;
        torch::Tensor keep; // 1 + (boost - 1) x the keep mask; undefined without one
    };
    const Pooled &at(int index, int64_t h, int64_t w) const;

    std::vector<Region> m_regions;
    torch::Tensor m_keep;
    mutable std::map<int, Pooled> m_pooled; // by feature index, made at the first evaluation
};

} // namespace nss
