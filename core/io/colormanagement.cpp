// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/colormanagement.h"

namespace nss {

QImage inSrgb(const QImage &image)
{
    const QColorSpace space = image.colorSpace();
    if (!space.isValid() || space == QColorSpace(QColorSpace::SRgb))
        return image;
    QImage deep = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_RGBA64 : QImage::Format_RGBX64);
    deep.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    return deep;
}

QImage inColorSpace(QImage srgb, const QColorSpace &space)
{
    if (!space.isValid())
        return srgb;
    if (space == QColorSpace(QColorSpace::SRgb)) {
        srgb.setColorSpace(space); // the content's own profile, as it was
        return srgb;
    }
    srgb.setColorSpace(QColorSpace(QColorSpace::SRgb));
    srgb.convertToColorSpace(space);
    return srgb;
}

} // namespace nss
