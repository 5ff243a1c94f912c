// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nss {

// Whether `path` holds a finished picture, so that --resume may skip its job: the file exists,
// decodes without error and, for PNG, JPEG and WebP, ends where its format says it ends (a
// decoder fills a cut JPEG with grey and calls it a success, so decoding alone is not enough).
bool isCompleteOutput(const QString &path);

} // namespace nss
