// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/vgg19layers.h"

#include <algorithm>

namespace nss {

const std::vector<VggLayerSpec> &vgg19ConvLayers()
{
    static const std::vector<VggLayerSpec> layers{
        {0, QStringLiteral("conv1_1"), 3, 64},     {2, QStringLiteral("conv1_2"), 64, 64},
        {5, QStringLiteral("conv2_1"), 64, 128},   {7, QStringLiteral("conv2_2"), 128, 128},
        {10, QStringLiteral("conv3_1"), 128, 256}, {12, QStringLiteral("conv3_2"), 256, 256},
        {14, QStringLiteral("conv3_3"), 256, 256}, {16, QStringLiteral("conv3_4"), 256, 256},
        {19, QStringLiteral("conv4_1"), 256, 512}, {21, QStringLiteral("conv4_2"), 512, 512},
        {23, QStringLiteral("conv4_3"), 512, 512}, {25, QStringLiteral("conv4_4"), 512, 512},
        {28, QStringLiteral("conv5_1"), 512, 512}, {30, QStringLiteral("conv5_2"), 512, 512},
        {32, QStringLiteral("conv5_3"), 512, 512}, {34, QStringLiteral("conv5_4"), 512, 512}};
    return layers;
}

const QStringList &vggConvLayerNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const VggLayerSpec &layer : vgg19ConvLayers())
            all.append(layer.name);
        return all;
    }();
    return names;
}

int vggFeatureIndex(const QString &layerName)
{
    const qsizetype i = vggConvLayerNames().indexOf(layerName);
    return i < 0 ? -1 : vgg19ConvLayers()[size_t(i)].index;
}

bool isVggConvIndex(int featureIndex)
{
    const auto &layers = vgg19ConvLayers();
    return std::any_of(layers.begin(), layers.end(), [featureIndex](const VggLayerSpec &l) { return l.index == featureIndex; });
}

bool isVggPoolIndex(int featureIndex)
{
    return isVggConvIndex(featureIndex - 2) && !isVggConvIndex(featureIndex);
}

} // namespace nss
