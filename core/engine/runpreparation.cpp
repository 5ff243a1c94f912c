// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runpreparation.h"

#include <cmath>

#include <QCoreApplication>

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
    return given;
}

MemoryFit checkMemoryFit(const StyleSettings &settings, QSize content, const QList<QSize> &styles,
                         std::optional<qint64> availableBytes, int keptFrames)
{
    MemoryFit fit;
    fit.predictedBytes = predictPeakMemoryBytes(settings, content, styles, keptFrames);
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
