// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include "base/expected.h"
#include "weights/weightstypes.h"

namespace nss {

// Lists the tensors of a weights file without reading their data: PyTorch's legacy (non-zip)
// format, its zip format (torch.save's default since 1.6) or safetensors, told apart by content.
// `what` names the file in messages. Torch-free, so the fuzzer can drive it on a QBuffer.
Expected<WeightsIndex> indexWeights(QIODevice &device, const QString &what);

} // namespace nss
