// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QSize>

#include "base/stylesettings.h"

namespace nss {

// Predicted peak resident memory of a run, in bytes, from measured data (docs/PERFORMANCE.md,
// "Memory"): a fixed part (LibTorch, Qt, the VGG-19 weights), the autograd activations of one
// evaluation, proportional to the pixels of the optimised image (or of the largest style image,
// whose features are computed once when the run starts), and the optimiser's state (L-BFGS keeps
// 2 x history copies of the image), and the result as a 16-bit image. `content` is the content image's size (for its aspect ratio);
// `styles` the style images' sizes, when known (else assumed square). Torch-free: for the GUI and CLI.
// `keptFrames`: frames the caller keeps in memory at the output size (the window keeps a run's
// frames for export; the CLI writes them out and keeps none).
qint64 predictPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles = {}, int keptFrames = 0);

// The same run with the network's passes cut into tiles whose cores are `tileSide` px (issue 20;
// engine/tileplan.h): the activations are those of the largest tile (with its halo) instead of the
// whole picture's; the picture-sized buffers (the optimiser's state, the gradient the tiles add up,
// the content's features at the content layers, the photo's copies) still grow with the size.
qint64 predictTiledPeakMemoryBytes(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames,
                                   int tileSide);

// How a run is painted: whole (tileSide 0) or in tiles, with how long an L-BFGS history, and what
// that is predicted to need.
struct TilingChoice
{
    int tileSide = 0;
    int lbfgsHistory = 0; // settings.lbfgsHistory, or less where only less fits
    bool bf16History = false; // the L-BFGS history stored in bf16, half the memory, where fp32 does not fit
    qint64 predictedBytes = 0;
};
// The shortest L-BFGS history a tiled run shrinks to before it gives up (docs/PERFORMANCE.md).
constexpr int kMinTiledLbfgsHistory = 5;
// The share of the free memory a tiled plan aims at, before it takes all of it.
constexpr double kTiledMemoryShare = 0.75;
// Whole when settings.tileSize is 0 and the whole picture fits in `budget` (or the budget is
// unknown). Else tiles: settings.tileSize when set, else the largest side (2048 px down to 256)
// that fits with the whole L-BFGS history, else the same with the history stored in bf16, else the
// longest bf16 history (at least kMinTiledLbfgsHistory) that fits with 1024 px tiles, or smaller
// ones; first within
// kTiledMemoryShare of the budget, then within all of it. When nothing fits, the smallest tiles
// and history, and predictedBytes says by how much.
TilingChoice chooseTiling(const StyleSettings &settings, QSize content, const QList<QSize> &styles, int keptFrames,
                          std::optional<qint64> budget);

// The frames a run delivers (every settings.frameEvery steps and the last), at most `maxFrames`.
int keptFrameCount(const StyleSettings &settings, int maxFrames);

// The optimised image's size: longest side settings.outputSize, aspect ratio of `content` kept.
QSize outputSizeFor(const StyleSettings &settings, QSize content);

} // namespace nss
