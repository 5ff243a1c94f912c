// SPDX-License-Identifier: GPL-3.0-or-later
// StyleObjective's tiled passes (issue 20; docs/ALGORITHM.md, "Tiles"), after Galerne et al.,
// "Scaling Painting Style Transfer" (2022): the network sees one tile at a time, with a halo as
// wide as the deepest layer's receptive field, so that the features of each tile's core equal the
// whole picture's; the Gram matrices, which need the whole picture, are summed over the cores in a
// first pass without autograd, and the second pass backpropagates, tile by tile, the loss built on
// those global Grams. Every feature belongs to one core, so the tiles' gradients add up to the
// gradient of the whole picture's loss.
#include <algorithm>

#include "engine/styleobjective_p.h"
#include "engine/tileplan.h"

namespace nss::tiled {

namespace {

using torch::indexing::Slice;

// Where a tile's core lies at one layer: rows and columns in the tile's own features (local) and in
// the whole picture's.
struct CoreSpan
{
    int64_t localTop = 0, localLeft = 0, top = 0, left = 0, height = 0, width = 0;
    bool empty() const { return height <= 0 || width <= 0; }
};

CoreSpan coreSpan(const Tile &tile, int stride, QSize picture)
{
    // Tile edges inside the picture lie on the pooling grid; at the picture's far edge both the tile
    // and the picture round the last, partial pooling window down the same way.
    const auto end = [stride](int coreEnd, int pictureEnd) { return int64_t(coreEnd == pictureEnd ? pictureEnd : coreEnd) / stride; };
    CoreSpan s;
    s.top = tile.core.top / stride;
    s.left = tile.core.left / stride;
    s.height = end(tile.core.bottom, picture.height()) - s.top;
    s.width = end(tile.core.right, picture.width()) - s.left;
    s.localTop = s.top - tile.input.top / stride;
    s.localLeft = s.left - tile.input.left / stride;
    return s;
}

torch::Tensor crop(const torch::Tensor &t, int64_t top, int64_t left, int64_t height, int64_t width)
{
    return t.index({Slice(), Slice(), Slice(top, top + height), Slice(left, left + width)});
}

torch::Tensor inputOf(const torch::Tensor &picture, const Tile &tile)
{
    return crop(picture, tile.input.top, tile.input.left, tile.input.height(), tile.input.width());
}

torch::Tensor localCore(const torch::Tensor &features, const CoreSpan &s)
{
    return crop(features, s.localTop, s.localLeft, s.height, s.width);
}

// F F^T of a core's features (C x C), unnormalised; with a `weight` over the core (1 x 1 x h x w,
// a region's mask), (F w) F^T.
torch::Tensor gramSum(const torch::Tensor &core, const torch::Tensor &weight = {})
{
    const auto flat = core.reshape({core.size(1), -1});
    if (!weight.defined())
        return torch::mm(flat, flat.t());
    return torch::mm((core * weight.to(core.scalar_type())).reshape({core.size(1), -1}), flat.t());
}

QSize sizeOf(const torch::Tensor &picture)
{
    return QSize(int(picture.size(3)), int(picture.size(2)));
}

// Total variation (styleobjective.h) and its gradient, added to `grad`, a band of rows at a time so
// that the autograd graph stays small at print size. Each band owns the differences that start in
// its rows, so the bands' sums add up to the whole picture's.
torch::Tensor addTotalVariation(const torch::Tensor &picture, double weight, torch::Tensor &grad)
{
    const int64_t height = picture.size(2), width = picture.size(3);
    const double verticalCount = 3.0 * double(height - 1) * double(width);
    const double horizontalCount = 3.0 * double(height) * double(width - 1);
    const int64_t band = std::max<int64_t>(16, 4'000'000 / std::max<int64_t>(1, 3 * width));
    torch::Tensor value = torch::zeros({}, picture.options());
    for (int64_t top = 0; top < height; top += band) {
        const int64_t rows = std::min(band, height - top);
        const int64_t withNext = std::min(rows + 1, height - top);
        const auto x = crop(picture, top, 0, withNext, width).detach().clone().requires_grad_(true);
        const auto own = x.index({Slice(), Slice(), Slice(0, rows), Slice()});
        auto dy = x.index({Slice(), Slice(), Slice(1, torch::indexing::None), Slice()})
                  - x.index({Slice(), Slice(), Slice(torch::indexing::None, -1), Slice()});
        auto dx = own.index({Slice(), Slice(), Slice(), Slice(1, torch::indexing::None)})
                  - own.index({Slice(), Slice(), Slice(), Slice(torch::indexing::None, -1)});
        const auto part = (dy.square().sum() / verticalCount + dx.square().sum() / horizontalCount) * weight;
        part.backward();
        crop(grad, top, 0, withNext, width).add_(x.grad());
        value = value + part.detach();
    }
    return value;
}

} // namespace

std::map<int, torch::Tensor> features(const VggNet &net, const torch::Tensor &image, const std::vector<int> &indices,
                                      int tileSide, TileHalo halo, const std::function<bool()> &next)
{
    torch::NoGradGuard noGrad;
    const QSize picture = sizeOf(image);
    std::map<int, torch::Tensor> out;
    for (const Tile &tile : planTiles(picture, tileSide, halo)) {
        if (next && !next())
            throw Stopped{};
        net.forward(inputOf(image, tile), indices, [&](int index, const torch::Tensor &response) {
            const int stride = featureStride(index);
            auto &whole = out[index];
            if (!whole.defined())
                whole = torch::zeros({1, response.size(1), picture.height() / stride, picture.width() / stride}, response.options());
            const CoreSpan s = coreSpan(tile, stride, picture);
            if (!s.empty())
                crop(whole, s.top, s.left, s.height, s.width).copy_(localCore(response, s));
        });
    }
    return out;
}

std::map<int, torch::Tensor> grams(const VggNet &net, const torch::Tensor &image, const std::vector<int> &indices,
                                   int tileSide, TileHalo halo, const torch::Tensor &mask, const std::function<bool()> &next)
{
    torch::NoGradGuard noGrad;
    const QSize picture = sizeOf(image);
    std::map<int, torch::Tensor> sums;
    std::map<int, torch::Tensor> weights; // the mask pooled to each layer's whole size
    std::map<int, double> areas;
    if (mask.defined()) {
        for (const int index : indices) {
            const int stride = featureStride(index);
            const auto w = torch::adaptive_avg_pool2d(mask, {picture.height() / stride, picture.width() / stride});
            areas[index] = w.sum().item<double>();
            weights[index] = w;
        }
    }
    for (const Tile &tile : planTiles(picture, tileSide, halo)) {
        if (next && !next())
            throw Stopped{};
        net.forward(inputOf(image, tile), indices, [&](int index, const torch::Tensor &response) {
            const CoreSpan s = coreSpan(tile, featureStride(index), picture);
            auto &sum = sums[index];
            if (!sum.defined())
                sum = torch::zeros({response.size(1), response.size(1)}, response.options().memory_format(torch::MemoryFormat::Contiguous));
            if (s.empty())
                return;
            sum.add_(gramSum(localCore(response, s),
                             mask.defined() ? crop(weights.at(index), s.top, s.left, s.height, s.width) : torch::Tensor()));
        });
    }
    std::map<int, torch::Tensor> out;
    for (auto &[index, sum] : sums) {
        const int stride = featureStride(index);
        const double cells = double(picture.height() / stride) * double(picture.width() / stride);
        const double area = mask.defined() ? areas.at(index) : cells;
        if (area <= 1e-12 * cells)
            continue; // nothing of the mask at this layer
        out[index] = sum.div(double(sum.size(0)) * area).unsqueeze(0);
    }
    return out;
}

std::optional<LossTerms> evaluateAndBackward(const StyleObjective::Private &d, const torch::Tensor &image)
{
    const auto &w = d.weights;
    const torch::Tensor picture = image.detach();
    const QSize size = sizeOf(picture);
    const auto tiles = planTiles(size, d.tileSide, d.halo);
    const auto zero = torch::zeros({}, picture.options());

    // Pass 1, without autograd but for its last tile: the picture's Gram matrices, and from them the
    // style loss and its derivative by each Gram (constant in pass 2).
    std::vector<int> styleIndices;
    for (const auto &t : d.style) {
        if (t.weight != 0.0 && w.style != 0.0 && std::find(styleIndices.begin(), styleIndices.end(), t.index) == styleIndices.end())
            styleIndices.push_back(t.index);
    }
    // The last tile of pass 1 goes through the network with autograd and keeps its cores' features
    // with their graph, so that pass 2 begins with it without a second forward pass.
    const bool reuse = !styleIndices.empty() && !tiles.empty();
    const int total = (reuse ? 2 * int(tiles.size()) - 1 : int(tiles.size()));
    int done = 0;
    const auto proceed = [&] { return !d.tileProgress || d.tileProgress(++done, total); };
    // Unmasked, a region is the whole picture (weight undefined); with masks, each region of
    // maskregions_p.h at each layer, its Gram weighted by its pooled mask.
    struct Region
    {
        int style = -1; // -1: the blend (or no masks)
        size_t region = 0;
        double share = 1.0; // its area's part of the layer's: the masked loss's weight
        double norm = 0.0; // the Gram's normalisation: channels x area
        torch::Tensor sum; // pass 1: the sum over the cores of (F w) F^T
        torch::Tensor slope; // dLoss/dSum; before pass 2, plus its transpose
    };
    std::map<int, std::vector<Region>> regions; // by feature index
    const bool masked = d.masks.active();
    const auto layer = [&size](int index) { return std::make_pair(int64_t(size.height() / featureStride(index)), int64_t(size.width() / featureStride(index))); };
    for (const int index : styleIndices) {
        const auto [rows, cols] = layer(index);
        auto &list = regions[index];
        if (!masked) {
            list.push_back({});
            list.back().norm = double(rows) * double(cols);
            continue;
        }
        double total = 0.0;
        for (const auto &r : d.masks.layerRegions(index, rows, cols, &total))
            list.push_back({r.style, r.region, r.area / total, r.area, {}, {}});
    }
    // The core's weight in a region at one layer; undefined: the whole core, or (masked) none of it.
    const auto weightOver = [&](int index, const Region &r, const CoreSpan &s) {
        if (!masked)
            return torch::Tensor();
        const auto [rows, cols] = layer(index);
        return d.masks.regionWeight(index, rows, cols, r.region, s.top, s.left, s.height, s.width);
    };
    const Tile lastTile = reuse ? tiles.back() : Tile{};
    torch::Tensor lastInput; // the reused tile's pixels, requiring grad
    std::vector<std::pair<int, torch::Tensor>> lastCores; // its cores' features by index, graph kept
    for (size_t i = 0; reuse && i < tiles.size(); ++i) {
        const Tile &tile = tiles[i];
        if (!proceed())
            return std::nullopt;
        const bool keep = i + 1 == tiles.size();
        const auto accumulate = [&](int index, const torch::Tensor &response) {
            const CoreSpan s = coreSpan(tile, featureStride(index), size);
            if (s.empty())
                return;
            const auto core = localCore(response, s);
            if (keep)
                lastCores.emplace_back(index, core);
            const auto it = regions.find(index);
            if (it == regions.end())
                return; // a content layer only
            for (Region &r : it->second) {
                const auto weight = weightOver(index, r, s);
                if (masked && !weight.defined())
                    continue;
                const auto g = gramSum(core.detach(), weight); // unmasked: no weight, the whole core
                r.sum = r.sum.defined() ? r.sum.add_(g) : g;
            }
        };
        if (keep) {
            lastInput = inputOf(picture, tile).clone().requires_grad_(true);
            d.net.forward(lastInput, d.indices, accumulate);
        } else {
            torch::NoGradGuard noGrad;
            d.net.forward(inputOf(picture, tile), styleIndices, accumulate);
        }
    }
    torch::Tensor style = zero;
    for (const auto &t : d.style) {
        if (t.weight == 0.0 || w.style == 0.0)
            continue;
        const double channels = double(t.target.size(1));
        for (Region &r : regions[t.index]) {
            const auto &target = r.style < 0 ? t.target : t.perStyle[size_t(r.style)];
            const double norm = channels * r.norm;
            const auto sum = r.sum.defined() ? r.sum : torch::zeros({target.size(1), target.size(2)}, target.options());
            const auto diff = sum.div(norm).unsqueeze(0) - target;
            style = style + diff.square().mean() * (t.weight * r.share);
            auto slope = diff.mul(2.0 * t.weight * r.share * w.style / (channels * channels * norm)).squeeze(0);
            r.slope = r.slope.defined() ? r.slope + slope : slope;
        }
    }
    // The style loss is linear in each Gram near the global ones, with slope S: its part of a core,
    // sum(((F w) F^T) * S), has the gradient w * ((S + S^T) F) by the core's features F. Pass 2
    // hands autograd that gradient directly, with the content loss's, instead of a scalar to
    // differentiate: the Gram of each core is neither formed again nor differentiated (two of its
    // three matrix products per layer and tile).
    for (auto &[index, list] : regions) {
        for (Region &r : list) {
            r.sum = torch::Tensor();
            if (r.slope.defined())
                r.slope = r.slope + r.slope.t();
        }
    }

    // Pass 2: per tile, the gradient of the core's part of the content loss and of the style loss's
    // linearisation at the global Grams, backpropagated to the tile's pixels (halo included) and
    // added up.
    torch::Tensor grad = torch::zeros_like(picture);
    torch::Tensor content = zero;
    // The gradient of a core's part of the loss by its features `core` (graph kept), at one layer;
    // undefined where that layer has no part in the loss.
    const auto coreGradient = [&](int index, const torch::Tensor &core, const CoreSpan &s) {
        torch::NoGradGuard noGrad;
        const auto features = core.detach();
        torch::Tensor gradient;
        const auto add = [&gradient](const torch::Tensor &part) { gradient = gradient.defined() ? gradient + part : part; };
        for (const auto &t : d.content) {
            if (t.index != index || t.weight == 0.0 || w.content == 0.0)
                continue;
            const double scale = t.weight * w.content / double(t.target.numel());
            auto difference = features - crop(t.target, s.top, s.left, s.height, s.width);
            if (d.masks.keeps()) {
                const auto [rows, cols] = layer(index);
                const auto boost = d.masks.keepBoost(index, rows, cols, s.top, s.left, s.height, s.width).to(difference.scalar_type());
                content = content + (difference.square() * boost).sum() * scale;
                add(difference * boost * (2.0 * scale));
            } else {
                content = content + difference.square().sum() * scale;
                add(difference * (2.0 * scale));
            }
        }
        const auto it = regions.find(index);
        if (it != regions.end()) {
            const auto flat = features.reshape({features.size(1), -1});
            for (const Region &r : it->second) {
                if (!r.slope.defined())
                    continue;
                const auto weight = weightOver(index, r, s);
                if (masked && !weight.defined())
                    continue;
                const auto part = torch::mm(r.slope.to(features.scalar_type()), flat).view(features.sizes());
                add(weight.defined() ? part * weight.to(features.scalar_type()) : part);
            }
        }
        return gradient.defined() ? gradient.to(features.scalar_type()) : gradient;
    };
    // Backpropagates the cores' gradients to the tile's pixels `x` and adds them to `grad`.
    const auto backpropagate = [&grad](const Tile &tile, const torch::Tensor &x, const std::vector<torch::Tensor> &cores,
                                       const std::vector<torch::Tensor> &gradients) {
        if (cores.empty())
            return;
        torch::autograd::backward(cores, gradients);
        crop(grad, tile.input.top, tile.input.left, tile.input.height(), tile.input.width()).add_(x.grad());
    };
    const auto collect = [&](int index, const torch::Tensor &core, const CoreSpan &s, std::vector<torch::Tensor> &cores,
                             std::vector<torch::Tensor> &gradients) {
        auto gradient = coreGradient(index, core, s);
        if (!gradient.defined())
            return;
        cores.push_back(core);
        gradients.push_back(std::move(gradient));
    };
    if (reuse) {
        std::vector<torch::Tensor> cores, gradients;
        for (const auto &[index, core] : lastCores)
            collect(index, core, coreSpan(lastTile, featureStride(index), size), cores, gradients);
        lastCores.clear();
        backpropagate(lastTile, lastInput, cores, gradients);
        lastInput = torch::Tensor();
    }
    for (size_t i = 0; i + (reuse ? 1 : 0) < tiles.size(); ++i) {
        const Tile &tile = tiles[i];
        if (!proceed())
            return std::nullopt;
        const auto x = inputOf(picture, tile).clone().requires_grad_(true);
        std::vector<torch::Tensor> cores, gradients;
        d.net.forward(x, d.indices, [&](int index, const torch::Tensor &response) {
            const CoreSpan s = coreSpan(tile, featureStride(index), size);
            if (!s.empty())
                collect(index, localCore(response, s), s, cores, gradients);
        });
        backpropagate(tile, x, cores, gradients);
    }
    const torch::Tensor tv = w.tv != 0.0 ? addTotalVariation(picture, w.tv, grad) : zero;
    torch::Tensor temporal = zero;
    if (d.temporal.active()) { // pixel-local and cheap: on the whole picture at once
        const auto x = picture.detach().requires_grad_(true);
        const auto loss = d.temporal.loss(x);
        loss.backward();
        grad.add_(x.grad());
        temporal = loss.detach();
    }

    if (image.grad().defined())
        image.mutable_grad().add_(grad);
    else
        image.mutable_grad() = grad;
    LossTerms terms;
    terms.content = content;
    terms.style = style * w.style;
    terms.tv = tv;
    terms.temporal = temporal;
    terms.total = terms.content + terms.style + terms.tv + terms.temporal;
    return terms;
}

} // namespace nss::tiled
