// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/memorybudget.h"

#include <unistd.h>

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "engine/memorymodel.h"

namespace nss {

std::optional<qint64> parseMemAvailable(const QByteArray &meminfo)
{
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemAvailable:"))
            continue;
        const QList<QByteArray> fields = line.mid(13).simplified().split(' ');
        bool ok = false;
        const qint64 value = fields.value(0).toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        const QByteArray unit = fields.value(1).toLower();
        return unit == "kb" ? value * 1024 : unit.isEmpty() ? value : std::optional<qint64>();
    }
    return std::nullopt;
}

std::optional<qint64> availableMemoryBytes(const QString &meminfoPath)
{
    // A share of a machine (a shared server, a cluster job's allocation) set by the user: runs plan
    // for the lower of it and what is free.
    bool limited = false;
    const qint64 limitMiB = qEnvironmentVariableIntValue("NSS_MEMORY_LIMIT_MB", &limited);
    const auto capped = [&](std::optional<qint64> bytes) -> std::optional<qint64> {
        if (!limited || limitMiB <= 0)
            return bytes;
        const qint64 limit = limitMiB * 1024 * 1024;
        return bytes ? std::min(*bytes, limit) : limit;
    };
    return capped(systemAvailableBytes(meminfoPath));
}

std::optional<qint64> systemAvailableBytes(const QString &meminfoPath)
{
    QFile file(meminfoPath);
    // /proc files report size 0: read them in one go rather than by size.
    if (file.open(QIODevice::ReadOnly)) {
        if (const auto bytes = parseMemAvailable(file.readAll()))
            return bytes;
    }
    // Without MemAvailable (not Linux, or /proc hidden), free pages undercount the reclaimable
    // page cache: a cautious answer, which is the right side to err on.
    const long pages = sysconf(_SC_AVPHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return qint64(pages) * pageSize;
    return std::nullopt;
}

int largestOutputSizeWithin(const StyleSettings &settings, QSize content, const QList<QSize> &styles, qint64 budget,
                            int keptFrames)
{
    StyleSettings s = settings;
    auto fits = [&](int size) {
        s.outputSize = size;
        return chooseTiling(s, content, styles, keptFrames, budget).predictedBytes <= budget;
    };
    constexpr int kSmallest = 16;
    if (!fits(kSmallest))
        return 0;
    // The prediction grows with the size: binary search for the last size that fits.
    int low = kSmallest;
    int high = std::max(kSmallest, settings.outputSize);
    if (fits(high))
        return high;
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}

QString formatMemory(qint64 bytes)
{
    const double gib = double(bytes) / (1024.0 * 1024.0 * 1024.0);
    if (gib >= 1.0)
        return QCoreApplication::translate("nss::Memory", "%1 GB").arg(QLocale().toString(gib, 'f', 1));
    return QCoreApplication::translate("nss::Memory", "%1 MB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0));
}

} // namespace nss
