// SPDX-License-Identifier: GPL-3.0-or-later
// StyleObjective's constant targets: the content's features, and each style image's Gram matrix,
// over the part of the painting its source mask keeps (issue 21; docs/ALGORITHM.md, "Masks"),
// blended. Whole or in tiles (issue 20).
#include <set>

#include <QCoreApplication>

#include "engine/styleobjective_p.h"

namespace nss {

namespace {

// A style's own Grams at `indices`, weighted by its source mask when it has one; each layer's
// mask pooled by area averaging, as the output's masks are.
Expected<std::map<int, torch::Tensor>> styleGrams(const VggNet &net, const torch::Tensor &style, const torch::Tensor &mask,
                                                  const std::vector<int> &indices, int tileSide, TileHalo halo, size_t number,
                                                  const std::function<bool()> &next)
{
    std::map<int, torch::Tensor> grams;
    if (tileSide > 0) { // at print size the style images are as large as the output
        grams = tiled::grams(net, style, indices, tileSide, halo, mask, next);
    } else {
        for (const auto &[index, f] : net.forward(style, indices)) {
            if (!mask.defined()) {
                grams[index] = gramMatrix(f);
                continue;
            }
            const auto weight = torch::adaptive_avg_pool2d(mask, {f.size(2), f.size(3)});
            const double area = weight.sum().item<double>();
            if (area > 1e-12 * double(f.size(2) * f.size(3)))
                grams[index] = weightedGramMatrix(f, weight, area);
        }
    }
    if (grams.size() < std::set<int>(indices.begin(), indices.end()).size())
        return fail(QCoreApplication::translate("nss::StyleObjective",
                                                "The part of style image %1 to use is empty: paint some of it white in its source mask.")
                        .arg(number));
    return grams;
}

Status computeTargetsIn(const VggNet &net, const torch::Tensor &content, const StyleInputs &styles,
                        std::vector<LayerTerm> &contentTerms, std::vector<LayerTerm> &styleTerms, int tileSide, TileHalo halo,
                        const std::function<bool()> &next)
{
    auto toOwn = [&](const torch::Tensor &t) { return t.detach().to(content.options()); };
    if (!contentTerms.empty()) {
        std::vector<int> idx;
        for (const auto &t : contentTerms)
            idx.push_back(t.index);
        auto feats = tileSide > 0 ? tiled::features(net, toOwn(content), idx, tileSide, halo, next) : net.forward(toOwn(content), idx);
        for (auto &t : contentTerms)
            t.target = feats.at(t.index).clone();
    }
    if (styleTerms.empty())
        return succeeded();
    std::vector<int> idx;
    for (const auto &t : styleTerms)
        idx.push_back(t.index);
    for (size_t i = 0; i < styles.images.size(); ++i) {
        const torch::Tensor mask = i < styles.sourceMasks.size() && styles.sourceMasks[i].defined()
                                       ? toOwn(styles.sourceMasks[i]).clamp(0.0, 1.0)
                                       : torch::Tensor();
        const auto owns = styleGrams(net, toOwn(styles.images[i]), mask, idx, tileSide, halo, i + 1, next);
        if (!owns)
            return fail(owns.error());
        for (auto &t : styleTerms) {
            const auto own = owns->at(t.index);
            t.perStyle.push_back(own);
            if (styles.mix[i] == 0.0)
                continue;
            auto g = own.mul(styles.mix[i]);
            t.target = t.target.defined() ? t.target.add(g) : g;
        }
    }
    return succeeded();
}

} // namespace

Status computeTargets(const VggNet &net, const torch::Tensor &content, const StyleInputs &styles,
                      std::vector<LayerTerm> &contentTerms, std::vector<LayerTerm> &styleTerms, int tileSide, TileHalo halo,
                      const std::function<bool(int tile, int tiles)> &progress)
{
    torch::NoGradGuard noGrad;
    // In tiles, each one is counted over the content and every style image.
    std::function<bool()> next;
    int done = 0;
    int total = 0;
    if (tileSide > 0 && progress) {
        const auto tilesOf = [&](const torch::Tensor &t) {
            return int(planTiles(QSize(int(t.size(3)), int(t.size(2))), tileSide, halo).size());
        };
        total = contentTerms.empty() ? 0 : tilesOf(content);
        for (const auto &style : styles.images)
            total += styleTerms.empty() ? 0 : tilesOf(style);
        next = [&] { return progress(++done, total); };
    }
    try {
        return computeTargetsIn(net, content, styles, contentTerms, styleTerms, tileSide, halo, next);
    } catch (const tiled::Stopped &) {
        return fail(QCoreApplication::translate("nss::StyleObjective", "Stopped while computing the style targets."));
    }
}

} // namespace nss
