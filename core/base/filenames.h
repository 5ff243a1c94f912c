// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nss {

// A file as messages name it: its name in quotes ("photo.jpg"), or the whole path when it has no
// file name (a folder ending in a separator, an empty path).
QString quotedFileName(const QString &path);

} // namespace nss
