// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchshard.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nss {

Expected<BatchShard> parseBatchShard(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*$"));
    const auto match = pattern.match(text);
    const BatchShard shard{match.captured(1).toInt(), match.captured(2).toInt()};
    if (!match.hasMatch() || shard.index < 1 || shard.index > shard.count)
        return fail(QCoreApplication::translate("nss", "--shard expects I/N with 1 <= I <= N, e.g. 2/8 (got \"%1\").")
                        .arg(text));
    return shard;
}

QList<int> shardJobs(int jobCount, const BatchShard &shard)
{
    QList<int> jobs;
    for (int k = shard.index - 1; k < jobCount; k += shard.count)
        jobs.append(k);
    return jobs;
}

} // namespace nss
