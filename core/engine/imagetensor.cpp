// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/imagetensor.h"

#include <cstring>

#include <QPainter>

#include "io/colormanagement.h"

namespace nss {

namespace {

QImage toOpaqueRgb888(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB888);
    QImage flattened(image.size(), QImage::Format_RGB888);
    flattened.fill(Qt::white);
    QPainter painter(&flattened);
    painter.drawImage(0, 0, image);
    painter.end();
    return flattened;
}

// More than 8 bits a channel: 16-bit PNG and TIFF, 10-bit and float formats.
bool isDeep(QImage::Format format)
{
    switch (format) {
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
    case QImage::Format_Grayscale16:
    case QImage::Format_BGR30:
    case QImage::Format_A2BGR30_Premultiplied:
    case QImage::Format_RGB30:
    case QImage::Format_A2RGB30_Premultiplied:
    case QImage::Format_RGBX16FPx4:
    case QImage::Format_RGBA16FPx4:
    case QImage::Format_RGBA16FPx4_Premultiplied:
    case QImage::Format_RGBX32FPx4:
    case QImage::Format_RGBA32FPx4:
    case QImage::Format_RGBA32FPx4_Premultiplied:
        return true;
    default:
        return false;
    }
}

QImage toOpaqueRgbx64(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGBX64);
    QImage flattened(image.size(), QImage::Format_RGBX64);
    flattened.fill(Qt::white);
    QPainter painter(&flattened);
    painter.drawImage(0, 0, image);
    painter.end();
    return flattened;
}

torch::Tensor deepImageToTensor(const QImage &image)
{
    const QImage rgbx = toOpaqueRgbx64(image);
    const int w = rgbx.width();
    const int h = rgbx.height();
    auto pixels = torch::empty({h, w, 3}, torch::kFloat32);
    float *dst = pixels.data_ptr<float>();
    for (int y = 0; y < h; ++y) {
        // Format_RGBX64 is halfword-ordered: R, G, B, X as 16-bit values in memory order.
        const auto *src = reinterpret_cast<const quint16 *>(rgbx.constScanLine(y));
        float *row = dst + static_cast<size_t>(y) * w * 3;
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                row[3 * x + c] = float(src[4 * x + c]) / 65535.0f;
    }
    return pixels.permute({2, 0, 1}).unsqueeze(0).contiguous();
}

} // namespace

torch::Tensor imageToTensor(const QImage &original)
{
    const QImage image = inSrgb(original);
    if (isDeep(image.format()))
        return deepImageToTensor(image);
    const QImage rgb = toOpaqueRgb888(image);
    const int w = rgb.width();
    const int h = rgb.height();
    auto pixels = torch::empty({h, w, 3}, torch::kUInt8);
    auto *dst = pixels.data_ptr<uint8_t>();
    // QImage rows are padded to 4 bytes: copy row by row, honouring bytesPerLine.
    for (int y = 0; y < h; ++y)
        std::memcpy(dst + static_cast<size_t>(y) * w * 3, rgb.constScanLine(y), static_cast<size_t>(w) * 3);
    return pixels.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).div_(255.0).contiguous();
}

QImage tensorToImage(const torch::Tensor &tensor)
{
    torch::NoGradGuard noGrad;
    auto t = tensor.detach().to(torch::kCPU, torch::kFloat32);
    if (t.dim() == 4)
        t = t.squeeze(0);
    TORCH_CHECK(t.dim() == 3 && t.size(0) == 3, "tensorToImage expects 3xHxW or 1x3xHxW, got ", t.sizes());
    const int h = static_cast<int>(t.size(1));
    const int w = static_cast<int>(t.size(2));
    auto bytes = t.clamp(0.0, 1.0).mul(255.0).round().to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    QImage image(w, h, QImage::Format_RGB888);
    const auto *src = bytes.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y)
        std::memcpy(image.scanLine(y), src + static_cast<size_t>(y) * w * 3, static_cast<size_t>(w) * 3);
    return image;
}

QImage tensorToDeepImage(const torch::Tensor &tensor)
{
    torch::NoGradGuard noGrad;
    auto t = tensor.detach().to(torch::kCPU, torch::kFloat32);
    if (t.dim() == 4)
        t = t.squeeze(0);
    TORCH_CHECK(t.dim() == 3 && t.size(0) == 3, "tensorToDeepImage expects 3xHxW or 1x3xHxW, got ", t.sizes());
    const int h = static_cast<int>(t.size(1));
    const int w = static_cast<int>(t.size(2));
    auto levels = t.clamp(0.0, 1.0).mul(65535.0).round().to(torch::kInt32).permute({1, 2, 0}).contiguous();
    QImage image(w, h, QImage::Format_RGBX64);
    const auto *src = levels.data_ptr<int32_t>();
    for (int y = 0; y < h; ++y) {
        auto *row = reinterpret_cast<quint16 *>(image.scanLine(y));
        const int32_t *in = src + static_cast<size_t>(y) * w * 3;
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c)
                row[4 * x + c] = static_cast<quint16>(in[3 * x + c]);
            row[4 * x + 3] = 65535;
        }
    }
    return image;
}

torch::Tensor resizedTensor(const QImage &image, QSize size)
{
    const QImage scaled = image.size() == size ? image : image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return imageToTensor(scaled);
}

torch::Tensor maskTensor(const QImage &mask, QSize size)
{
    // Premultiplied colours are the picture composited over black; read as RGB32 they ignore alpha.
    const QImage premultiplied = mask.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage overBlack(premultiplied.constBits(), premultiplied.width(), premultiplied.height(),
                           premultiplied.bytesPerLine(), QImage::Format_RGB32);
    return resizedTensor(overBlack, size).mean(1, true).contiguous();
}

QImage tensorToImageAt(const torch::Tensor &tensor, QSize size)
{
    torch::NoGradGuard noGrad;
    torch::Tensor t = tensor.detach();
    if (t.size(2) != size.height() || t.size(3) != size.width()) {
        namespace F = torch::nn::functional;
        const bool shrinking = t.size(2) >= size.height() && t.size(3) >= size.width();
        auto options = F::InterpolateFuncOptions().size(std::vector<int64_t>{size.height(), size.width()});
        t = shrinking ? F::interpolate(t, options.mode(torch::kArea))
                      : F::interpolate(t, options.mode(torch::kBilinear).align_corners(false));
    }
    return tensorToImage(t);
}

} // namespace nss
