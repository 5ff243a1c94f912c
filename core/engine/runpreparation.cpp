// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runpreparation.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDir>

#include "engine/memorybudget.h"
#include "engine/memorymodel.h"
#include "engine/scaleplan.h"
#include "io/imageloader.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

} // namespace

QList<QSize> RunPictures::styleSizes() const
{
    QList<QSize> sizes;
    for (const QImage &style : styles)
        sizes.append(style.size());
    return sizes;
}

Expected<RunPictures> loadRunPictures(const StyleSettings &settings, RunPictures given)
{
    if (given.content.isNull()) {
        auto content = loadImage(settings.contentPath);
        if (!content)
            return fail(content.error());
        given.content = std::move(content.value());
    }
    if (given.styles.isEmpty()) {
        for (const StyleSource &style : settings.styles) {
            auto image = loadImage(style.path);
            if (!image)
                return fail(image.error());
            given.styles.append(std::move(image.value()));
        }
    }
    if (settings.init == InitMode::Image && given.start.isNull()) {
        auto start = loadImage(settings.initPath);
        if (!start)
            return fail(start.error());
        given.start = std::move(start.value());
    }
    if (given.masks.isEmpty()) {
        for (const StyleSource &style : settings.styles) {
            QImage mask;
            if (!style.maskPath.isEmpty()) {
                auto loaded = loadImage(style.maskPath);
                if (!loaded)
                    return fail(loaded.error());
                mask = std::move(loaded.value());
            }
            given.masks.styles.append(mask);
        }
        if (!settings.keepMaskPath.isEmpty()) {
            auto keep = loadImage(settings.keepMaskPath);
            if (!keep)
                return fail(keep.error());
            given.masks.keep = std::move(keep.value());
        }
    }
    return given;
}

// Each mask with the name the messages give it: its file, or "the mask of style N". Static, not
// in an anonymous namespace: lupdate files its tr() under "nss", the context tr() looks up.
static QList<std::pair<QString, QImage>> namedMasks(const StyleSettings &settings, const RunMasks &masks)
{
    QList<std::pair<QString, QImage>> named;
    for (int i = 0; i < masks.styles.size(); ++i) {
        if (masks.styles[i].isNull())
            continue;
        const QString path = i < settings.styles.size() ? settings.styles[i].maskPath : QString();
        named.append({path.isEmpty() ? tr("the mask of style %1").arg(i + 1) : path, masks.styles[i]});
    }
    if (!masks.keep.isNull())
        named.append({settings.keepMaskPath.isEmpty() ? tr("the keep-the-photo mask") : settings.keepMaskPath, masks.keep});
    return named;
}

QString maskProblem(const StyleSettings &settings, QSize content, const RunMasks &masks)
{
    if (masks.styles.size() > settings.styles.size())
        return tr("%1 style masks were given for %2 style images.").arg(masks.styles.size()).arg(settings.styles.size());
    if (content.isEmpty())
        return {};
    for (const auto &[name, mask] : namedMasks(settings, masks)) {
        if (!maskFitsPhoto(mask.size(), content))
            return maskShapeProblem(name, mask.size(), content);
    }
    return {};
}

bool maskFitsPhoto(QSize mask, QSize photo)
{
    if (mask.isEmpty() || photo.isEmpty())
        return false;
    return std::abs((double(mask.width()) / mask.height()) / (double(photo.width()) / photo.height()) - 1.0) <= 0.01;
}

QString maskShapeProblem(const QString &name, QSize mask, QSize photo)
{
    return tr("The mask %1 (%2 × %3 px) does not have the photo's shape (%4 × %5 px). "
              "Paint the mask over the photo, or crop it to the same aspect ratio.")
        .arg(name)
        .arg(mask.width())
        .arg(mask.height())
        .arg(photo.width())
        .arg(photo.height());
}

Expected<QList<QImage>> loadSourceMasks(const StyleSettings &settings, const QList<QImage> &styles)
{
    QList<QImage> masks;
    for (int i = 0; i < settings.styles.size(); ++i) {
        const QString &path = settings.styles[i].sourceMaskPath;
        if (path.isEmpty() || i >= styles.size()) {
            masks.append(QImage());
            continue;
        }
        auto loaded = loadImage(path);
        if (!loaded)
            return fail(loaded.error());
        const QSize painting = styles[i].size();
        if (!maskFitsPhoto(loaded->size(), painting))
            return fail(tr("The source mask %1 (%2 × %3 px) does not have the shape of its painting (%4 × %5 px). "
                           "Paint it over the painting, or crop it to the same aspect ratio.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(loaded->width())
                            .arg(loaded->height())
                            .arg(painting.width())
                            .arg(painting.height()));
        // Transparent counts as black, as for every mask (premultiplied: transparent pixels are 0).
        const QImage grey = loaded->convertToFormat(QImage::Format_ARGB32_Premultiplied);
        bool any = false;
        for (int y = 0; y < grey.height() && !any; ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(grey.constScanLine(y));
            any = std::any_of(row, row + grey.width(), [](QRgb p) { return qGray(p) > 0; });
        }
        if (!any)
            return fail(tr("The source mask %1 is black all over: nothing of its painting would be used. "
                           "Paint the part to use white.")
                            .arg(QDir::toNativeSeparators(path)));
        masks.append(std::move(loaded.value()));
    }
    return masks;
}

QStringList maskResizeNotes(const StyleSettings &settings, QSize content, const RunMasks &masks)
{
    QStringList notes;
    for (const auto &[name, mask] : namedMasks(settings, masks)) {
        if (mask.size() != content)
            notes << tr("The mask %1 (%2 × %3 px) is resized to the photo's %4 × %5 px.")
                         .arg(name)
                         .arg(mask.width())
                         .arg(mask.height())
                         .arg(content.width())
                         .arg(content.height());
    }
    return notes;
}

MemoryFit checkMemoryFit(const StyleSettings &settings, QSize content, const QList<QSize> &styles,
                         std::optional<qint64> availableBytes, int keptFrames)
{
    MemoryFit fit;
    const TilingChoice choice = chooseTiling(settings, content, styles, keptFrames, availableBytes);
    fit.predictedBytes = choice.predictedBytes;
    fit.tileSide = choice.tileSide;
    fit.lbfgsHistory = choice.lbfgsHistory;
    fit.availableBytes = availableBytes;
    if (!fit.fits())
        fit.largestFittingSize = largestOutputSizeWithin(settings, content, styles, *availableBytes, keptFrames);
    return fit;
}

QString memoryFitProblem(const StyleSettings &settings, const MemoryFit &fit)
{
    if (fit.fits())
        return {};
    const QString need = tr("At %1 px this run needs about %2 of memory, but only %3 is free.")
                             .arg(settings.outputSize)
                             .arg(formatMemory(fit.predictedBytes), formatMemory(fit.availableBytes.value_or(0)));
    if (fit.largestFittingSize <= 0)
        return need;
    return need + QLatin1Char(' ') + tr("The largest output size that fits is %1 px.").arg(fit.largestFittingSize);
}

QString pictureSizeProblem(const StyleSettings &settings, QSize content)
{
    if (content.isEmpty())
        return {};
    const QSize out = scaledToLongestSide(content, settings.outputSize);
    const int shortSide = std::min(out.width(), out.height());
    if (shortSide >= kMinPictureSide)
        return {};
    const double ratio = double(std::max(content.width(), content.height())) / std::min(content.width(), content.height());
    const int needed = int(std::ceil(kMinPictureSide * ratio));
    return tr("At %1 px the photo (%2 × %3 px) would be only %4 px on its short side; the network needs at least %5. "
              "Choose an output size of at least %6 px, or crop the photo.")
        .arg(settings.outputSize)
        .arg(content.width())
        .arg(content.height())
        .arg(shortSide)
        .arg(kMinPictureSide)
        .arg(needed);
}

} // namespace nss
