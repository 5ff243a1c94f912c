// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: StyleRunner's checks of its inputs, its error and status messages.

#include <string>

#include <QImage>
#include <QList>
#include <QString>

#include "base/stylesettings.h"

namespace nss {

// Why `settings` and the decoded images cannot run (translated), or an empty string.
QString inputProblem(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles, const QImage &initImage);

// A LibTorch exception's text as a message for the user; out of memory says what to do about it.
QString torchErrorMessage(const std::string &what);

// The status while scale `scale` (1-based) of `count` is painted at `size`.
QString paintingStatus(QSize size, int scale, int count);
// The same while a tiled step paints tile `tile` of `tiles`.
QString tileStatus(QSize size, int scale, int count, int tile, int tiles);

} // namespace nss
