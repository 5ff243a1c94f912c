// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include "base/stylesettings.h"

// Torch-free: whether a run fits in the machine's memory before it starts (issue 7), so the GUI
// and CLI can refuse a size the kernel would answer with the OOM killer.
namespace nss {

// "MemAvailable: N kB" from the text of /proc/meminfo, in bytes; nullopt when absent.
std::optional<qint64> parseMemAvailable(const QByteArray &meminfo);

// Memory a new run can use now: MemAvailable from `meminfoPath` (Linux), else the free physical
// pages the C library reports (systemAvailableBytes); nullopt when neither is known. At most
// NSS_MEMORY_LIMIT_MB mebibytes when that environment variable is set (a share of a machine).
std::optional<qint64> availableMemoryBytes(const QString &meminfoPath = QStringLiteral("/proc/meminfo"));
std::optional<qint64> systemAvailableBytes(const QString &meminfoPath = QStringLiteral("/proc/meminfo"));

// The largest output size (longest side, 16 or more, at most settings.outputSize) whose predicted
// peak (predictPeakMemoryBytes) is within `budget` bytes; 0 when not even 16 px fits.
int largestOutputSizeWithin(const StyleSettings &settings, QSize content, const QList<QSize> &styles, qint64 budget,
                            int keptFrames = 0);

// "1.4 GB" in the user's locale (binary units, as the memory model and `free -h` count).
QString formatMemory(qint64 bytes);

} // namespace nss
