// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/styleobjective.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QCoreApplication>

#include "base/vgg19layers.h"
#include "engine/computechoice.h"
#include "engine/maskregions_p.h"
#include "engine/styleobjective_p.h"
#include "engine/tileplan.h"
#include "engine/vggnet.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss::StyleObjective", text);
}


QString describeShape(const torch::Tensor &t)
{
    QStringList dims;
    for (const auto s : t.sizes())
        dims << QString::number(s);
    return dims.join(QStringLiteral(" x "));
}

bool isImageTensor(const torch::Tensor &t)
{
    return t.defined() && t.dim() == 4 && t.size(0) == 1 && t.size(1) == 3 && t.size(2) > 0 && t.size(3) > 0
           && t.is_floating_point();
}

} // namespace

torch::Tensor gramMatrix(const torch::Tensor &features)
{
    const auto b = features.size(0);
    const auto c = features.size(1);
    const auto hw = features.size(2) * features.size(3);
    const double n = static_cast<double>(c * hw);
    if (b == 1) {
        // mm, not bmm: with one image they compute the same, but LibTorch's CPU bmm is up to 1.6x
        // slower than mm for the long, thin 64 x 262144 features of conv1_1 at 512 px (measured),
        // which made a whole step 7% slower than PyTorch's original (docs/PERFORMANCE.md).
        if (features.is_contiguous(torch::MemoryFormat::ChannelsLast) && !features.is_contiguous()) {
            // NHWC (the bf16 network's layout): an hw x c view, no copy of the features.
            const auto f = features.permute({0, 2, 3, 1}).reshape({hw, c});
            return torch::mm(f.t(), f).div(n).unsqueeze(0);
        }
        const auto f = features.reshape({c, hw});
        return torch::mm(f, f.t()).div(n).unsqueeze(0);
    }
    const auto f = features.reshape({b, c, hw});
    return torch::bmm(f, f.transpose(1, 2)).div(n);
}

torch::Tensor weightedGramMatrix(const torch::Tensor &features, const torch::Tensor &weight, double area)
{
    const auto c = features.size(1);
    const auto hw = features.size(2) * features.size(3);
    const auto flat = [c, hw](const torch::Tensor &f) {
        if (f.is_contiguous(torch::MemoryFormat::ChannelsLast) && !f.is_contiguous())
            return f.permute({0, 2, 3, 1}).reshape({hw, c}).t(); // NHWC: a view, as in gramMatrix
        return f.reshape({c, hw});
    };
    const auto weighted = features * weight.to(features.scalar_type());
    return torch::mm(flat(weighted), flat(features).t()).div(static_cast<double>(c) * area).unsqueeze(0);
}

torch::Tensor totalVariation(const torch::Tensor &image)
{
    using torch::indexing::Slice;
    const auto dy = image.index({Slice(), Slice(), Slice(1, torch::indexing::None), Slice()})
                    - image.index({Slice(), Slice(), Slice(torch::indexing::None, -1), Slice()});
    const auto dx = image.index({Slice(), Slice(), Slice(), Slice(1, torch::indexing::None)})
                    - image.index({Slice(), Slice(), Slice(), Slice(torch::indexing::None, -1)});
    return dy.square().mean() + dx.square().mean();
}


StyleObjective::StyleObjective(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{ }
StyleObjective::StyleObjective(StyleObjective &&) noexcept = default;
StyleObjective &StyleObjective::operator=(StyleObjective &&) noexcept = default;
StyleObjective::~StyleObjective() = default;

int StyleObjective::deepestFeatureIndex(const StyleSettings &settings)
{
    int deepest = -1;
    for (const auto &l : settings.contentLayers)
        deepest = std::max(deepest, vggFeatureIndex(l.layer));
    for (const auto &l : settings.styleLayers)
        deepest = std::max(deepest, vggFeatureIndex(l.layer));
    return deepest;
}

namespace {

// The steps of StyleObjective::create. A class of its own only so that lupdate files their tr()
// strings under StyleObjective, the context the file's tr() translates with.
struct ObjectiveSetup
{
    Q_DECLARE_TR_FUNCTIONS(nss::StyleObjective)

public:
    static Expected<std::vector<double>> checkInputs(const StyleSettings &settings, const torch::Tensor &content,
                                                     const std::vector<torch::Tensor> &styles, const std::vector<double> &blend);
    static Status collectLayers(const QList<LayerWeight> &layers, std::vector<LayerTerm> &into, std::vector<int> &indices);
    static Status checkSourceMasks(const std::vector<torch::Tensor> &styles, const std::vector<torch::Tensor> &masks);
};

} // namespace

// The inputs' shapes and the blend weights; returns the blend normalised to sum 1.
Expected<std::vector<double>> ObjectiveSetup::checkInputs(const StyleSettings &settings, const torch::Tensor &content,
                                                          const std::vector<torch::Tensor> &styles,
                                                          const std::vector<double> &blend)
{
    if (!isImageTensor(content))
        return fail(tr("The content image must be a 1 x 3 x H x W float tensor (got %1).")
                        .arg(content.defined() ? describeShape(content) : tr("nothing")));
    if (settings.contentLayers.isEmpty() && settings.styleLayers.isEmpty())
        return fail(tr("No content or style layer is selected."));
    if (!settings.styleLayers.isEmpty() && styles.empty())
        return fail(tr("No style image was given."));
    for (const auto &s : styles) {
        if (!isImageTensor(s))
            return fail(tr("Each style image must be a 1 x 3 x H x W float tensor (got %1).")
                            .arg(s.defined() ? describeShape(s) : tr("nothing")));
    }
    std::vector<double> mix = blend.empty() ? std::vector<double>(styles.size(), 1.0) : blend;
    if (mix.size() != styles.size())
        return fail(tr("%1 blend weights were given for %2 style images.").arg(mix.size()).arg(styles.size()));
    for (const double b : mix) {
        if (!std::isfinite(b) || b < 0.0)
            return fail(tr("Style blend weights must be finite and not negative (got %1).").arg(b));
    }
    const double mixSum = std::accumulate(mix.begin(), mix.end(), 0.0);
    if (!styles.empty() && mixSum <= 0.0)
        return fail(tr("The style blend weights add up to zero."));
    for (double &b : mix)
        b /= mixSum;
    return mix;
}

// Each style's source mask, when given, covers its image: 1 x 1 x h x w at the style's size.
Status ObjectiveSetup::checkSourceMasks(const std::vector<torch::Tensor> &styles, const std::vector<torch::Tensor> &masks)
{
    if (!masks.empty() && masks.size() != styles.size())
        return fail(tr("%1 source masks were given for %2 style images.").arg(masks.size()).arg(styles.size()));
    for (size_t i = 0; i < masks.size(); ++i) {
        const auto &m = masks[i];
        if (m.defined() && !(m.dim() == 4 && m.size(0) == 1 && m.size(1) == 1 && m.size(2) == styles[i].size(2)
                             && m.size(3) == styles[i].size(3) && m.is_floating_point()))
            return fail(tr("The source mask of style %1 must be a 1 x 1 x %2 x %3 float tensor (got %4).")
                            .arg(i + 1)
                            .arg(styles[i].size(2))
                            .arg(styles[i].size(3))
                            .arg(describeShape(m)));
    }
    return succeeded();
}

// The layers' terms, in settings order, and every feature index the network must deliver.
Status ObjectiveSetup::collectLayers(const QList<LayerWeight> &layers, std::vector<LayerTerm> &into, std::vector<int> &indices)
{
    for (const auto &l : layers) {
        const int index = vggFeatureIndex(l.layer);
        if (index < 0)
            return fail(tr("Unknown VGG-19 layer \"%1\" (expected conv1_1 ... conv5_4).").arg(l.layer));
        if (!std::isfinite(l.weight) || l.weight < 0.0)
            return fail(tr("The weight of layer %1 must be finite and not negative.").arg(l.layer));
        into.push_back({l.layer, index, l.weight, {}, {}});
        if (std::find(indices.begin(), indices.end(), index) == indices.end())
            indices.push_back(index);
    }
    return succeeded();
}

Expected<StyleObjective> StyleObjective::create(const std::map<int, VggConv> &weights, const StyleSettings &settings,
                                                const torch::Tensor &content, const std::vector<torch::Tensor> &styles,
                                                const std::vector<double> &blend, int tileSide,
                                                const std::vector<torch::Tensor> &sourceMasks,
                                                const std::function<bool(int tile, int tiles)> &targetProgress)
{
    const auto mix = ObjectiveSetup::checkInputs(settings, content, styles, blend);
    if (!mix)
        return fail(mix.error());
    if (Status fits = ObjectiveSetup::checkSourceMasks(styles, sourceMasks); !fits)
        return fail(fits.error());
    auto d = std::make_unique<Private>();
    if (auto s = ObjectiveSetup::collectLayers(settings.contentLayers, d->content, d->indices); !s)
        return fail(s.error());
    if (auto s = ObjectiveSetup::collectLayers(settings.styleLayers, d->style, d->indices); !s)
        return fail(s.error());

    // fp32 input computes in the settings' precision (bf16/fp16 when asked or automatic); other input
    // dtypes (fp64 in the parity tests) compute in their own.
    auto computeType = content.scalar_type();
    if (computeType == torch::kFloat32) {
        const auto choice = resolveCompute(settings, content.is_cuda(), cpuHasNativeBf16());
        if (!choice)
            return fail(choice.error());
        computeType = scalarType(choice->precision);
    }
    try {
        auto net = VggNet::create(weights, settings.pooling, deepestFeatureIndex(settings),
                                  torch::TensorOptions().dtype(computeType).device(content.device()));
        if (!net)
            return fail(net.error());
        d->net = std::move(net).value();
        if (tileSide > 0) {
            d->tileSide = tileSideOnGrid(tileSide);
            d->halo = tileHalo(deepestFeatureIndex(settings));
        }
        if (Status targets = computeTargets(d->net, content, {styles, sourceMasks, mix.value()}, d->content, d->style, d->tileSide, d->halo,
                                       targetProgress);
            !targets)
            return fail(targets.error());
    } catch (const std::exception &e) {
        return fail(tr("Computing the style and content targets failed: %1").arg(QString::fromUtf8(e.what())));
    }
    d->weights = {settings.contentWeight, settings.styleWeight, settings.tvWeight};
    d->height = content.size(2);
    d->width = content.size(3);
    d->options = content.options();
    d->styleCount = styles.size();
    return StyleObjective(std::move(d));
}

void StyleObjective::setLossWeights(const LossWeights &weights)
{
    d->weights = weights;
}

LossWeights StyleObjective::lossWeights() const
{
    return d->weights;
}

Status StyleObjective::setMasks(const std::vector<torch::Tensor> &styleMasks, const torch::Tensor &keep)
{
    const auto problem = [this](const char *what, const torch::Tensor &m) {
        return QCoreApplication::translate("nss::StyleObjective", "The %1 must be a 1 x 1 x %2 x %3 float tensor, the content's size (got %4).")
            .arg(QCoreApplication::translate("nss::StyleObjective", what))
            .arg(d->height)
            .arg(d->width)
            .arg(describeShape(m));
    };
    const auto fits = [this](const torch::Tensor &m) {
        return m.dim() == 4 && m.size(0) == 1 && m.size(1) == 1 && m.size(2) == d->height && m.size(3) == d->width
               && m.is_floating_point();
    };
    if (!styleMasks.empty() && styleMasks.size() != d->styleCount)
        return fail(QCoreApplication::translate("nss::StyleObjective", "%1 style masks were given for %2 style images.")
                        .arg(styleMasks.size())
                        .arg(d->styleCount));
    for (const auto &m : styleMasks) {
        if (m.defined() && !fits(m))
            return fail(problem(QT_TRANSLATE_NOOP("nss::StyleObjective", "style mask"), m));
    }
    if (keep.defined() && !fits(keep))
        return fail(problem(QT_TRANSLATE_NOOP("nss::StyleObjective", "keep-the-photo mask"), keep));

    d->masks.set(styleMasks, keep, d->height, d->width, d->options);
    return succeeded();
}

int StyleObjective::tileSide() const
{
    return d->tileSide;
}

void StyleObjective::setTileProgress(std::function<bool(int tile, int tiles)> progress)
{
    d->tileProgress = std::move(progress);
}

std::optional<LossTerms> StyleObjective::evaluateAndBackward(const torch::Tensor &image) const
{
    if (d->tileSide > 0)
        return tiled::evaluateAndBackward(*d, image);
    LossTerms terms = evaluate(image);
    terms.total.backward();
    return LossTerms{terms.content.detach(), terms.style.detach(), terms.tv.detach(), terms.total.detach(),
                     terms.temporal.detach()};
}

bool StyleObjective::hasMasks() const
{
    return d->masks.active();
}

LossTerms StyleObjective::evaluate(const torch::Tensor &image) const
{
    // Each layer's loss is built the moment its response is computed (not after the whole forward
    // pass), so that autograd runs its backward next to that layer's: 30% less peak memory at
    // 1024 x 1024, the same numbers (docs/PERFORMANCE.md).
    std::vector<torch::Tensor> contentParts(d->content.size());
    std::vector<torch::Tensor> styleParts(d->style.size());
    d->net.forward(image, d->indices, [&](int index, const torch::Tensor &response) {
        for (size_t i = 0; i < d->content.size(); ++i) {
            const auto &t = d->content[i];
            if (t.index != index || t.weight == 0.0)
                continue;
            contentParts[i] = (d->masks.keeps() ? d->masks.contentLoss(index, response, t.target)
                                                : torch::mse_loss(response, t.target))
                              * t.weight;
        }
        for (size_t i = 0; i < d->style.size(); ++i) {
            const auto &t = d->style[i];
            if (t.index != index || t.weight == 0.0)
                continue;
            if (!d->masks.active())
                styleParts[i] = torch::mse_loss(gramMatrix(response), t.target) * t.weight;
            else if (auto masked = d->masks.styleLoss(index, response, t.target, t.perStyle); masked.defined())
                styleParts[i] = masked * t.weight;
        }
    });
    // Summed in the settings' layer order, as before: the same rounding whatever order the layers
    // are listed in.
    const auto zero = torch::zeros({}, image.options().requires_grad(false));
    const auto sum = [&zero](const std::vector<torch::Tensor> &parts) {
        torch::Tensor total = zero;
        for (const auto &part : parts) {
            if (part.defined())
                total = total + part;
        }
        return total;
    };
    const torch::Tensor content = sum(contentParts);
    const torch::Tensor style = sum(styleParts);
    const auto &w = d->weights;
    LossTerms terms;
    terms.content = content * w.content;
    terms.style = style * w.style;
    // TV is cheap; computed even at weight 0 would only add graph, so skip it then.
    terms.tv = w.tv != 0.0 ? totalVariation(image) * w.tv : zero;
    terms.temporal = d->temporal.active() ? d->temporal.loss(image) : zero;
    terms.total = terms.content + terms.style + terms.tv + terms.temporal;
    return terms;
}

std::map<QString, torch::Tensor> StyleObjective::features(const torch::Tensor &image) const
{
    const auto feats = d->net.forward(image, d->indices);
    std::map<QString, torch::Tensor> out;
    for (const auto &t : d->content)
        out[t.name] = feats.at(t.index);
    for (const auto &t : d->style)
        out[t.name] = feats.at(t.index);
    return out;
}

torch::Tensor StyleObjective::contentTarget(const QString &layer) const
{
    for (const auto &t : d->content) {
        if (t.name == layer)
            return t.target;
    }
    return {};
}

torch::Tensor StyleObjective::styleTarget(const QString &layer) const
{
    for (const auto &t : d->style) {
        if (t.name == layer)
            return t.target;
    }
    return {};
}

} // namespace nss
