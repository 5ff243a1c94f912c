// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/vggnet.h"

#include <algorithm>

#include <QCoreApplication>

#include "base/vgg19layers.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss::VggNet", text);
}

} // namespace

torch::ScalarType scalarType(Precision precision)
{
    switch (precision) {
    case Precision::BFloat16:
        return torch::kBFloat16;
    case Precision::Float16:
        return torch::kFloat16;
    case Precision::Auto:
    case Precision::Float32:
        break;
    }
    return torch::kFloat32;
}

Expected<VggNet> VggNet::create(const std::map<int, VggConv> &weights, Pooling pooling, int deepestConvIndex,
                                const torch::TensorOptions &options)
{
    if (!isVggConvIndex(deepestConvIndex))
        return fail(tr("VGG-19 has no convolution at feature index %1.").arg(deepestConvIndex));
    VggNet net;
    net.m_pooling = pooling;
    net.m_deepest = deepestConvIndex;
    // oneDNN's bf16 convolutions are 8% faster per Adam step at 512 px in channels-last (NHWC)
    // layout; fp32 gains nothing measurable (1%, within noise), so it keeps the layout PyTorch's
    // original uses (docs/PERFORMANCE.md).
    net.m_channelsLast = options.device().is_cpu() && c10::typeMetaToScalarType(options.dtype()) == torch::kBFloat16;
    const auto layout = net.m_channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    try {
        torch::NoGradGuard noGrad;
        for (const VggLayerSpec &layer : vgg19ConvLayers()) {
            if (layer.index > deepestConvIndex)
                break;
            const int index = layer.index;
            const auto it = weights.find(index);
            if (it == weights.end() || !it->second.weight.defined() || !it->second.bias.defined())
                return fail(tr("The VGG-19 weights lack the convolution at feature index %1 (features.%1).").arg(index));
            const auto &w = it->second.weight;
            const auto &b = it->second.bias;
            const std::vector<int64_t> wantW{layer.outChannels, layer.inChannels, 3, 3};
            if (w.sizes() != c10::IntArrayRef(wantW) || b.dim() != 1 || b.size(0) != layer.outChannels)
                return fail(tr("The VGG-19 weights have the wrong shape at features.%1.").arg(index));
            // detach + clone: the objective never trains the network, and must not share storage
            // with a caller who might modify its copy.
            net.m_convs.push_back(
                {index, w.detach().to(options).clone().contiguous(layout), b.detach().to(options).clone().contiguous()});
        }
        net.m_computeType = c10::typeMetaToScalarType(options.dtype());
        // The normalisation runs on the fp32 input, before any cast to a narrower type.
        const auto inputOptions = net.m_computeType == torch::kFloat64 ? options : options.dtype(torch::kFloat32);
        net.m_mean = torch::tensor({0.485, 0.456, 0.406}, inputOptions).view({1, 3, 1, 1});
        net.m_std = torch::tensor({0.229, 0.224, 0.225}, inputOptions).view({1, 3, 1, 1});
    } catch (const std::exception &e) {
        return fail(tr("The VGG-19 weights could not be prepared: %1").arg(QString::fromUtf8(e.what())));
    }
    return net;
}

std::map<int, torch::Tensor> VggNet::forward(const torch::Tensor &rgb, const std::vector<int> &convIndices) const
{
    std::map<int, torch::Tensor> out;
    forward(rgb, convIndices, [&out](int index, const torch::Tensor &response) { out[index] = response; });
    return out;
}

void VggNet::forward(const torch::Tensor &rgb, const std::vector<int> &convIndices,
                     const std::function<void(int convIndex, const torch::Tensor &response)> &visit) const
{
    if (convIndices.empty())
        return;
    const int deepest = *std::max_element(convIndices.begin(), convIndices.end());
    torch::Tensor x = (rgb - m_mean.to(rgb.scalar_type())) / m_std.to(rgb.scalar_type());
    if (x.scalar_type() != m_computeType)
        x = x.to(m_computeType);
    if (m_channelsLast)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    size_t conv = 0;
    for (int index = 0; index <= deepest + 1; ++index) {
        if (conv < m_convs.size() && m_convs[conv].index == index) {
            x = torch::conv2d(x, m_convs[conv].weight, m_convs[conv].bias, /*stride=*/1, /*padding=*/1);
            ++conv;
        } else if (isVggPoolIndex(index)) {
            x = m_pooling == Pooling::Max ? torch::max_pool2d(x, 2, 2) : torch::avg_pool2d(x, 2, 2);
        } else {
            // In place is safe: conv2d's backward needs its input and weight, never its output.
            x = torch::relu_(x);
            if (std::find(convIndices.begin(), convIndices.end(), index - 1) != convIndices.end())
                visit(index - 1, x.scalar_type() == rgb.scalar_type() ? x : x.to(rgb.scalar_type()));
        }
    }
}

} // namespace nss
