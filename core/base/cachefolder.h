// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nss {

// Where the programs keep what they can make again: the network file's float32 cache and the
// window's autosave. QStandardPaths::CacheLocation unless the user chose another folder (the
// window's Preferences). Thread-safe: a run's worker reads it while the GUI thread may set it.
QString cacheFolder();
// Empty restores the default.
void setCacheFolder(const QString &folder);
QString defaultCacheFolder();

} // namespace nss
