// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>

#include "base/stylesettings.h"

namespace nss {

// Predicted peak resident memory of a run, in bytes, from measured data (docs/PERFORMANCE.md,
// "Memory"): a fixed part (LibTorch, Qt, the VGG-19 weights), the autograd activations of one
// evaluation, proportional to the pixels of the optimised image (or of the largest style image,
// whose features are computed once when the run starts), and the optimiser's state (L-BFGS keeps
// 2 x history copies of the image). `content` is the content image's size (for its aspect ratio);
// `styles` the style images' sizes, when known (else assumed square). Torch-free: for the GUI and CLI.
// `keptFrames`: frames the caller keeps in memory at the output size (the window keeps a run's
// frames for export; the CLI writes them out and keeps none).
qint64 predictPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles = {}, int keptFrames = 0);

// The frames a run delivers (every settings.frameEvery steps and the last), at most `maxFrames`.
int keptFrameCount(const StyleSettings &settings, int maxFrames);

// The optimised image's size: longest side settings.outputSize, aspect ratio of `content` kept.
QSize outputSizeFor(const StyleSettings &settings, QSize content);

} // namespace nss
