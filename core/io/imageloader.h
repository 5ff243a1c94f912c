// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include "base/expected.h"

namespace nss {

// Largest picture accepted as content, style or init image: refuses decompression bombs before
// any pixel is decoded (the header's size is checked first).
constexpr qint64 kMaxImagePixels = 100LL * 1000 * 1000;
constexpr int kMaxImageSide = 30000;

// Reads an image file with a readable error for every failure: missing, unreadable, a folder,
// empty, not an image, corrupt, or too large. EXIF orientation is applied.
Expected<QImage> loadImage(const QString &path);
// The same for bytes (dropped from a browser, pasted); `what` names the source in messages.
Expected<QImage> loadImageData(const QByteArray &data, const QString &what);

} // namespace nss
