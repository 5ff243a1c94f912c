// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: includes LibTorch. Never include from ui/ or app/.

#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <vector>

#include <torch/torch.h>

#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"
#include "engine/vggweights.h"

namespace nss {

// Each term already multiplied by its weight; `total` carries the autograd graph.
struct LossTerms
{
    torch::Tensor content, style, tv, total;
    torch::Tensor temporal{}; // a video frame's (setTemporal); included in total
};

struct LossWeights
{
    double content = 1.0;
    double style = 1.0e6;
    double tv = 0.0;
};

// Gram matrix of Bx C x H x W features, normalised by the number of elements of one feature map
// stack: G = F F^T / (C*H*W) with F the C x (H*W) matrix. Returns B x C x C.
torch::Tensor gramMatrix(const torch::Tensor &features);

// The Gram matrix of the features weighted by a mask: sum over pixels p of w_p f_p f_p^T / (C * area),
// `weight` 1 x 1 x H x W at the features' resolution, `area` the sum of its values. With a weight of
// 1 everywhere it equals gramMatrix(features). Returns 1 x C x C.
torch::Tensor weightedGramMatrix(const torch::Tensor &features, const torch::Tensor &weight, double area);

// How much a "keep the photo" mask raises the content weight where it is 1 (1 + (kKeepContentBoost - 1) x mask).
constexpr double kKeepContentBoost = 10.0;

// Total variation: mean squared difference of vertical neighbours plus that of horizontal ones.
torch::Tensor totalVariation(const torch::Tensor &image);

// The Gatys loss for one run: a frozen VGG-19, the content features and blended style Grams
// computed once, and the weights that combine the terms (changeable between evaluations: the
// sliders). Follows the device and dtype of the content tensor. Movable, not copyable; not
// thread safe (the runner calls it from its worker thread only).
class StyleObjective
{
public:
    // `content` is 1x3xHxW in 0..1; each style 1x3xhxw (sizes may differ from the content's);
    // `blend` has one non-negative weight per style (normalised to sum 1 here; empty: equal).
    // Layers, layer weights, pooling and the initial term weights come from `settings`.
    // `tileSide` > 0 runs every pass through the network in tiles with cores of that side (rounded
    // to tileplan.h's grid): the targets here, and evaluateAndBackward(); the numbers are the
    // whole picture's (docs/ALGORITHM.md, "Tiles"), the memory that of one tile.
    // `sourceMasks` (issue 21; docs/ALGORITHM.md, "Masks"): the part of each style image to use,
    // 1 x 1 x h x w at that style's size, values 0..1 (undefined: the whole image; empty: none has
    // one). That style's Gram matrix is then weighted by the mask and normalised by its area.
    // `targetProgress`, in tiles: called before each tile of the targets (content, then each style),
    // which at print size take as long as a step; returning false stops them and fails create().
    static Expected<StyleObjective> create(const std::map<int, VggConv> &weights, const StyleSettings &settings,
                                           const torch::Tensor &content, const std::vector<torch::Tensor> &styles,
                                           const std::vector<double> &blend, int tileSide = 0,
                                           const std::vector<torch::Tensor> &sourceMasks = {},
                                           const std::function<bool(int tile, int tiles)> &targetProgress = {});

    // The deepest torchvision feature index the settings use: what loadVgg19Features needs.
    static int deepestFeatureIndex(const StyleSettings &settings);

    StyleObjective(StyleObjective &&) noexcept;
    StyleObjective &operator=(StyleObjective &&) noexcept;
    ~StyleObjective();

    void setLossWeights(const LossWeights &weights); // applies from the next evaluate()
    LossWeights lossWeights() const;

    // Region masks over the output (issue 21; docs/ALGORITHM.md, "Masks"), each 1 x 1 x H x W at the
    // content's size, values clamped to 0..1: one per style image, in order (undefined: that style
    // has no mask; an empty vector: none has), and `keep`, where the style loss is off and the
    // content loss raised (undefined: none). Where no style mask covers a pixel the blend of all
    // styles applies. Without any mask the loss is exactly the unmasked one. Applies from the next
    // evaluate(); call it between evaluations only (not thread safe).
    Status setMasks(const std::vector<torch::Tensor> &styleMasks, const torch::Tensor &keep);
    bool hasMasks() const;
    // A video frame after the first (issue 23; docs/ALGORITHM.md, "Video"): pulls the picture
    // towards `target`, the stylised previous frame warped by the optical flow (1 x 3 x H x W at
    // the content's size), weighted per pixel by `weights` (1 x 1 x H x W in 0..1: 0 where the
    // flow is not trusted) and by `weight`. An undefined target removes the term.
    Status setTemporal(const torch::Tensor &target, const torch::Tensor &weights, double weight);
    // The temporal term's weight alone (the window's slider, live); nothing without a target.
    void setTemporalWeight(double weight);

    // `image` is 1x3xHxW (usually requiring grad). Call total.backward() for the gradient. Always
    // one pass over the whole picture, whatever the tiles.
    LossTerms evaluate(const torch::Tensor &image) const;

    // The loss of `image` (1x3xHxW) with its gradient added to image.grad() (set when undefined):
    // evaluate() and backward() without tiles, the two tiled passes with them. The terms come back
    // without autograd graph. nullopt when the tile progress callback asked to stop (the gradient
    // is then incomplete: discard the step).
    std::optional<LossTerms> evaluateAndBackward(const torch::Tensor &image) const;

    int tileSide() const; // 0: untiled
    // Called before each tile of a tiled evaluation with the tile's number (1-based) and the count;
    // returning false stops the evaluation after the tile in progress.
    void setTileProgress(std::function<bool(int tile, int tiles)> progress);

    // For tests and diagnostics: the rectified features of `image` at every content and style
    // layer, by layer name, and the constant targets.
    std::map<QString, torch::Tensor> features(const torch::Tensor &image) const;
    torch::Tensor contentTarget(const QString &layer) const;
    torch::Tensor styleTarget(const QString &layer) const; // the blended Gram, 1 x C x C

    struct Private; // the state: engine/styleobjective_p.h, shared with the tiled passes

private:
    explicit StyleObjective(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace nss
