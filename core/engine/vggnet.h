// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: includes LibTorch. Never include from ui/ or app/.

#include <functional>
#include <map>
#include <vector>

#include <torch/torch.h>

#include "base/expected.h"
#include "base/stylesettings.h"
#include "engine/vggweights.h"

namespace nss {

// torchvision's vgg19().features as plain tensors and functional calls, frozen and truncated after
// the deepest layer in use. A functional forward (rather than torch::nn::Sequential) lets us stop at
// the deepest requested layer, swap max for average pooling and keep the weights out of autograd.
class VggNet
{
public:
    // `weights` keyed by torchvision feature index (vggweights.h). Every conv up to deepestConvIndex
    // must be present; tensors are copied to `options`' device and dtype, the dtype the convolutions
    // compute in (fp32, or bf16/fp16 for speed).
    static Expected<VggNet> create(const std::map<int, VggConv> &weights, Pooling pooling, int deepestConvIndex,
                                   const torch::TensorOptions &options);

    // Rectified responses (the ReLU after each conv: what Gatys' Caffe code reads, since Caffe's
    // ReLUs run in place) of the conv layers with the given feature indices, for RGB input in 0..1
    // (1x3xHxW or Bx3xHxW). ImageNet mean/std normalisation happens here, in the input's dtype; the
    // features come back in the input's dtype too, whatever the convolutions compute in.
    std::map<int, torch::Tensor> forward(const torch::Tensor &rgb, const std::vector<int> &convIndices) const;

    // The same forward pass, handing each requested response to `visit` as soon as it is computed
    // instead of keeping them all. Losses built inside `visit` enter the autograd graph next to
    // their layer, so the backward pass reaches them only when it reaches that layer: their
    // image-sized gradients are not all held from the start of the backward pass (880 MB at
    // 1024 x 1024 for the default layers, docs/PERFORMANCE.md).
    void forward(const torch::Tensor &rgb, const std::vector<int> &convIndices,
                 const std::function<void(int convIndex, const torch::Tensor &response)> &visit) const;

    int deepestConvIndex() const { return m_deepest; }
    Pooling pooling() const { return m_pooling; }

private:
    struct Conv
    {
        int index;
        torch::Tensor weight;
        torch::Tensor bias;
    };
    std::vector<Conv> m_convs; // in feature order
    torch::Tensor m_mean; // 1x3x1x1
    torch::Tensor m_std; // 1x3x1x1
    Pooling m_pooling = Pooling::Max;
    int m_deepest = 0;
    torch::ScalarType m_computeType = torch::kFloat32;
    bool m_channelsLast = false; // responses come back in NHWC layout (gramMatrix reads both)
};

// The LibTorch dtype of a resolved precision (Auto counts as fp32).
torch::ScalarType scalarType(Precision precision);

} // namespace nss
