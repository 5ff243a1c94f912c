// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace nss {

// torchvision's vgg19().features, written once: the run settings (layer names), the network
// file's check (shapes) and the network itself (where each convolution and pooling layer sits)
// all read this table. Each convolution is followed by a ReLU; each block ends in a pooling layer.
struct VggLayerSpec
{
    int index; // feature index: features.<index>.weight
    QString name; // conv1_1 ... conv5_4
    int inChannels;
    int outChannels;
};

// The 16 convolutions in network order.
const std::vector<VggLayerSpec> &vgg19ConvLayers();
// Their names, in the same order.
const QStringList &vggConvLayerNames();
// The feature index of a convolution by name; -1 when there is none of that name.
int vggFeatureIndex(const QString &layerName);
bool isVggConvIndex(int featureIndex);
// The pooling layer that ends a block: two places after the block's last convolution (its ReLU
// between them).
bool isVggPoolIndex(int featureIndex);

} // namespace nss
