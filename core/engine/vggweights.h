// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core-internal (includes LibTorch): never included by ui/ or app/.
#include <map>

#include <torch/torch.h>

#include <QString>

#include "base/expected.h"

namespace nss {

struct VggConv
{
    torch::Tensor weight; // [out, in, 3, 3], float32, contiguous, CPU
    torch::Tensor bias; // [out]
};

enum class WeightsCachePolicy { Use, Bypass };

// The convolutions of torchvision's vgg19().features with feature index <= deepestIndex (0..34),
// keyed by feature index (0, 2, 5, 7, 10, ...), each shape checked against VGG-19. Reads any format
// indexWeights() accepts, only the tensors it returns (the classifier is skipped, not read).
// With WeightsCachePolicy::Use a compact cache in QStandardPaths::CacheLocation is used and
// refreshed (see WeightsCache); a cache that cannot be read or written is silently bypassed.
Expected<std::map<int, VggConv>> loadVgg19Features(const QString &path, int deepestIndex = 28,
                                                   WeightsCachePolicy cache = WeightsCachePolicy::Use);

} // namespace nss
