// SPDX-License-Identifier: GPL-3.0-or-later
// Image loading and preprocessing, as the engine does them for a dropped or opened file: decode
// with the loader's limits, scale to the run size, convert to a tensor. Every input must give
// either a readable error or a well-formed tensor in 0..1; nothing may crash, hang or allocate
// without bound (libFuzzer's -rss_limit_mb and -timeout catch the last two).

#include <torch/torch.h>

#include <QByteArray>
#include <QImage>

#include "engine/imagetensor.h"
#include "fuzzsupport.h"
#include "io/imageloader.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nss::fuzz::initQt(argc, argv);
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto image = nss::loadImageData(bytes, QStringLiteral("fuzz input"));
    if (!image.ok()) {
        NSS_FUZZ_CHECK(!image.error().isEmpty());
        return 0;
    }
    NSS_FUZZ_CHECK(!image->isNull());
    NSS_FUZZ_CHECK(image->width() <= nss::kMaxImageSide && image->height() <= nss::kMaxImageSide);

    // A small run size keeps each input fast; the conversion code is the same at any size.
    constexpr int kSide = 48;
    const QImage small = image->width() > kSide || image->height() > kSide
                             ? image->scaled(kSide, kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image.value();
    if (small.isNull())
        return 0; // a 1 x 30000 picture scales to nothing: the engine refuses it by size
    const torch::Tensor tensor = nss::imageToTensor(small);
    NSS_FUZZ_CHECK(tensor.dim() == 4 && tensor.size(0) == 1 && tensor.size(1) == 3);
    NSS_FUZZ_CHECK(tensor.size(2) == small.height() && tensor.size(3) == small.width());
    NSS_FUZZ_CHECK(tensor.min().item<float>() >= 0.0f && tensor.max().item<float>() <= 1.0f);
    NSS_FUZZ_CHECK(!tensor.isnan().any().item<bool>());
    return 0;
}
