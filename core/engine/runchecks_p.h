// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/engine: StyleRunner's checks of its inputs and its error messages.

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

} // namespace nss
