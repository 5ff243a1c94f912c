// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: includes LibTorch. Never include from ui/ or app/.

#include <torch/torch.h>

#include <QImage>

namespace nss {

// 1x3xHxW float32 tensor of RGB in 0..1. Any QImage format is accepted; an alpha channel is
// composited over white (a transparent PNG then looks as it does in an image viewer). Pictures
// of more than 8 bits a channel (16-bit PNG and TIFF) are read at 16 bits, and a picture with an
// embedded profile other than sRGB (Display P3, Adobe RGB, ...) is converted to sRGB first: the
// network was trained on sRGB.
torch::Tensor imageToTensor(const QImage &image);

// imageToTensor of `image` at `size`: Qt's smooth scaling averages over the source area when
// shrinking (no aliasing) and is bilinear when enlarging; deterministic on every machine.
torch::Tensor resizedTensor(const QImage &image, QSize size);

// A mask picture as 1x1xHxW float32 in 0..1 at `size`: the mean of its R, G and B, transparent
// parts black (composited over black, unlike imageToTensor), resized as resizedTensor does.
torch::Tensor maskTensor(const QImage &mask, QSize size);

// Inverse of imageToTensor: values are clamped to 0..1 and rounded to the nearest 8-bit level,
// so an 8-bit image survives the round trip exactly. Returns a QImage::Format_RGB888 image that
// owns its pixels (safe to hand to another thread).
QImage tensorToImage(const torch::Tensor &tensor);

// tensorToImage at 16 bits a channel (QImage::Format_RGBX64): what 16-bit PNG and TIFF exports
// are written from, so a print keeps the float picture's smooth gradients.
QImage tensorToDeepImage(const torch::Tensor &tensor);

// tensorToImage of a 1x3xHxW picture at `size`: area-averaged when shrinking, bilinear when
// enlarging. For the live preview: one small conversion instead of a full-size one and a
// smooth QImage scale.
QImage tensorToImageAt(const torch::Tensor &tensor, QSize size);

} // namespace nss
