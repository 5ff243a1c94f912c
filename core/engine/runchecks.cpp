// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runchecks_p.h"

#include <QCoreApplication>

#include "engine/runpreparation.h"

namespace nss {

QString torchErrorMessage(const std::string &what)
{
    const QString text = QString::fromStdString(what);
    if (text.contains(QLatin1String("not enough memory"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("out of memory"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "nss::StyleRunner", "Not enough memory for this picture: choose a smaller output size or style scale (%1).")
            .arg(text.section(QLatin1Char('\n'), 0, 0));
    return QCoreApplication::translate("nss::StyleRunner", "The style engine failed: %1")
        .arg(text.section(QLatin1Char('\n'), 0, 0));
}

QString paintingStatus(QSize size, int scale, int count)
{
    return QCoreApplication::translate("nss::StyleRunner", "Painting at %1 × %2 px (scale %3 of %4)…")
        .arg(size.width())
        .arg(size.height())
        .arg(scale)
        .arg(count);
}

QString tileStatus(QSize size, int scale, int count, int tile, int tiles)
{
    return QCoreApplication::translate("nss::StyleRunner", "Painting at %1 × %2 px (scale %3 of %4), tile %5 of %6…")
        .arg(size.width())
        .arg(size.height())
        .arg(scale)
        .arg(count)
        .arg(tile)
        .arg(tiles);
}

QString inputProblem(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles, const QImage &initImage)
{
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return problem;
    if (content.isNull())
        return QCoreApplication::translate("nss::StyleRunner", "The content image is empty.");
    if (const QString problem = pictureSizeProblem(settings, content.size()); !problem.isEmpty())
        return problem;
    if (styles.size() != settings.styles.size())
        return QCoreApplication::translate("nss::StyleRunner", "Expected %1 style images, got %2.")
            .arg(settings.styles.size())
            .arg(styles.size());
    for (int i = 0; i < styles.size(); ++i)
        if (styles[i].isNull())
            return QCoreApplication::translate("nss::StyleRunner", "The style image %1 is empty.").arg(settings.styles[i].path);
    if (settings.init == InitMode::Image && initImage.isNull())
        return QCoreApplication::translate("nss::StyleRunner", "The image to start from (%1) is empty.").arg(settings.initPath);
    return {};
}

} // namespace nss
