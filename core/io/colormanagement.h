// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColorSpace>
#include <QImage>

namespace nss {

// The network sees sRGB; results go back to the content's colour space (docs/ALGORITHM.md,
// "Colour spaces and bit depth").

// `image` in sRGB: converted, at 16 bits a channel, when it carries another colour space (Display
// P3, Adobe RGB, ...); as it is when it is sRGB or untagged (untagged pictures are sRGB on the web
// and in Qt). Also what the window shows, so a wide-gamut photo is not drawn dull.
QImage inSrgb(const QImage &image);

// The inverse, for results: an sRGB picture converted to `space` and tagged with it, so that it is
// written with the content's profile. `space` invalid (an untagged content): unchanged.
QImage inColorSpace(QImage srgb, const QColorSpace &space);

} // namespace nss
