// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/settingranges.h"

#include <QCoreApplication>
#include <QStringList>

#include "base/vgg19layers.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

} // namespace

QString validateRanges(const StyleSettings &settings)
{
    if (!kOutputSizeRange.contains(settings.outputSize))
        return tr("Output size must be between %1 and %2 pixels (got %3).")
            .arg(kOutputSizeRange.minimum)
            .arg(kOutputSizeRange.maximum)
            .arg(settings.outputSize);
    if (!kStyleScaleRange.contains(settings.styleScale))
        return tr("Style scale must be between %1 and %2 (got %3).")
            .arg(kStyleScaleRange.minimum)
            .arg(kStyleScaleRange.maximum)
            .arg(settings.styleScale);
    if (!kStepsRange.contains(settings.steps))
        return tr("Steps must be between %1 and %2 (got %3).")
            .arg(kStepsRange.minimum)
            .arg(kStepsRange.maximum)
            .arg(settings.steps);
    if (!kLearningRateRange.contains(settings.learningRate) || settings.learningRate <= kLearningRateRange.minimum)
        return tr("The learning rate must be above 0 and at most %1 (got %2).")
            .arg(kLearningRateRange.maximum)
            .arg(settings.learningRate);
    if (!kTileSizeRange.contains(settings.tileSize) || (settings.tileSize != 0 && settings.tileSize < kMinTileSize))
        return tr("The tile size must be 0 (automatic) or between %1 and %2 px (got %3).")
            .arg(kMinTileSize)
            .arg(kTileSizeRange.maximum)
            .arg(settings.tileSize);
    if (!kLbfgsHistoryRange.contains(settings.lbfgsHistory))
        return tr("The L-BFGS history size must be between %1 and %2 (got %3).")
            .arg(kLbfgsHistoryRange.minimum)
            .arg(kLbfgsHistoryRange.maximum)
            .arg(settings.lbfgsHistory);
    if (!kLbfgsSmoothingRange.contains(settings.lbfgsSmoothing))
        return tr("The L-BFGS smoothing must be between %1 and %2 (got %3).")
            .arg(kLbfgsSmoothingRange.minimum)
            .arg(kLbfgsSmoothingRange.maximum)
            .arg(settings.lbfgsSmoothing);
    if (!kAdamFinishRange.contains(settings.adamFinish))
        return tr("The Adam finish must be between %1 and %2 (got %3).")
            .arg(kAdamFinishRange.minimum)
            .arg(kAdamFinishRange.maximum)
            .arg(settings.adamFinish);
    const std::pair<const char *, double> weights[] = {
        {QT_TR_NOOP("content"), settings.contentWeight},
        {QT_TR_NOOP("style"), settings.styleWeight},
        {QT_TR_NOOP("total variation"), settings.tvWeight}}; // marked so lupdate offers the names too
    for (const auto &[name, w] : weights)
        if (!kLossWeightRange.contains(w))
            return tr("The %1 weight must be a number from 0 to 1e15 (got %2).").arg(tr(name)).arg(w);
    for (const auto &style : settings.styles)
        if (!kStyleBlendRange.contains(style.blend))
            return tr("Style blend weights must be numbers from 0 to 1e6 (got %1).").arg(style.blend);
    for (const auto *layers : {&settings.contentLayers, &settings.styleLayers}) {
        QStringList seen;
        for (const auto &l : *layers) {
            if (vggFeatureIndex(l.layer) < 0)
                return tr("Unknown VGG-19 layer \"%1\" (use conv1_1 ... conv5_4).").arg(l.layer);
            if (!kLayerWeightRange.contains(l.weight))
                return tr("Layer weights must be numbers from 0 to 1e6 (got %1 for %2).").arg(l.weight).arg(l.layer);
            if (seen.contains(l.layer))
                return tr("The layer %1 is listed twice in the %2 layers.")
                    .arg(l.layer, layers == &settings.contentLayers ? tr("content") : tr("style"));
            seen << l.layer;
        }
    }
    if (!kSeedRange.contains(settings.seed))
        return tr("The seed must be a whole number from 0 to %1 (got %2).").arg(kSeedRange.maximum).arg(settings.seed);
    if (!kScalesRange.contains(settings.scales))
        return tr("The number of scales must be between 0 (automatic) and %1 (got %2).")
            .arg(kScalesRange.maximum)
            .arg(settings.scales);
    if (!kFrameEveryRange.contains(settings.frameEvery))
        return tr("The frame interval must be between %1 and %2 steps (got %3).")
            .arg(kFrameEveryRange.minimum)
            .arg(kFrameEveryRange.maximum)
            .arg(settings.frameEvery);
    if (!kThreadsRange.contains(settings.threads))
        return tr("The thread count must be between 0 (all cores) and %1 (got %2).")
            .arg(kThreadsRange.maximum)
            .arg(settings.threads);
    return {};
}

Expected<QList<LayerWeight>> layerWeightsFromString(const QString &text)
{
    QList<LayerWeight> layers;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(':'));
        const QString layer = parts.first().trimmed();
        if (vggFeatureIndex(layer) < 0)
            return fail(tr("Unknown VGG-19 layer \"%1\" (use conv1_1 ... conv5_4).").arg(layer));
        double weight = 1.0;
        bool ok = parts.size() == 1;
        if (parts.size() == 2)
            weight = parts[1].trimmed().toDouble(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not LAYER or LAYER:WEIGHT, e.g. conv1_1:0.2.").arg(entry.trimmed()));
        layers.append({layer, weight});
    }
    return layers;
}

QString layerWeightsToString(const QList<LayerWeight> &layers)
{
    QStringList entries;
    for (const LayerWeight &l : layers)
        entries << QStringLiteral("%1:%2").arg(l.layer).arg(l.weight);
    return entries.join(QLatin1Char(','));
}

} // namespace nss
