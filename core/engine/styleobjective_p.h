// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: includes LibTorch. StyleObjective's state, shared by its whole-picture
// evaluation (styleobjective.cpp) and its tiled one (tiledobjective.cpp).

#include <functional>
#include <vector>

#include <torch/torch.h>

#include <QString>

#include "engine/maskregions_p.h"
#include "engine/styleobjective.h"
#include "engine/temporalterm_p.h"
#include "engine/tileplan.h"
#include "engine/vggnet.h"

namespace nss {

struct LayerTerm
{
    QString name;
    int index;
    double weight;
    torch::Tensor target; // content: the features; style: the blended Gram
    std::vector<torch::Tensor> perStyle; // style: each style image's own Gram (masks match them)
};

struct StyleObjective::Private
{
    VggNet net;
    std::vector<LayerTerm> content;
    std::vector<LayerTerm> style;
    std::vector<int> indices; // union of both, for one forward pass
    LossWeights weights;
    int64_t height = 0, width = 0; // the content's
    torch::TensorOptions options; // the content's: the masks are kept in it
    size_t styleCount = 0;
    MaskRegions masks; // none: the unmasked loss
    int tileSide = 0; // 0: whole-picture passes; else the core side of the tiles (tileplan.h)
    TileHalo halo; // the tiles' halo, for the deepest layer in use
    std::function<bool(int tile, int tiles)> tileProgress;
    TemporalTerm temporal; // a video's frames after the first (temporalterm_p.h)
};

// The style images, the part of each to use (undefined: all of it) and the blend, normalised.
struct StyleInputs
{
    const std::vector<torch::Tensor> &images;
    const std::vector<torch::Tensor> &sourceMasks; // empty: none
    const std::vector<double> &mix;
};

// The constant targets, once (styletargets.cpp): the content's features, each style's own Gram
// (weighted by its source mask) and their blend; in tiles when tileSide > 0. Fails when a source
// mask leaves nothing of its style at a layer.
// In tiles, `progress` (when set) hears of each tile before it goes through the network, numbered
// over the content and every style image, and fails the targets when it returns false (a stop).
Status computeTargets(const VggNet &net, const torch::Tensor &content, const StyleInputs &styles,
                      std::vector<LayerTerm> &contentTerms, std::vector<LayerTerm> &styleTerms, int tileSide, TileHalo halo,
                      const std::function<bool(int tile, int tiles)> &progress = {});

// Tiled passes (tiledobjective.cpp; docs/ALGORITHM.md, "Tiles"). Each takes the picture in its
// full size and runs the network on one tile at a time.
namespace tiled {

// Thrown by features() and grams() when their `next` returns false.
struct Stopped
{
};

// The features of `image` at `indices`, assembled from the tiles' cores: the content targets.
// `next`, when set, is called before each tile.
std::map<int, torch::Tensor> features(const VggNet &net, const torch::Tensor &image, const std::vector<int> &indices,
                                      int tileSide, TileHalo halo, const std::function<bool()> &next = {});
// The Gram matrices of `image` at `indices`, accumulated over the tiles' cores (gramMatrix's
// normalisation, by the whole picture's size); with `mask` (1 x 1 x H x W), weightedGramMatrix's,
// the mask pooled to each layer by area averaging. A layer where the mask has no area is left out.
std::map<int, torch::Tensor> grams(const VggNet &net, const torch::Tensor &image, const std::vector<int> &indices,
                                   int tileSide, TileHalo halo, const torch::Tensor &mask = {},
                                   const std::function<bool()> &next = {});
// The loss of `image` and its gradient, added to image.grad(); nullopt when d.tileProgress said stop.
std::optional<LossTerms> evaluateAndBackward(const StyleObjective::Private &d, const torch::Tensor &image);

} // namespace tiled

} // namespace nss
