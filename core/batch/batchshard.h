// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "base/expected.h"

namespace nss {

// The I-th of N deterministic slices of a batch (--shard I/N): the jobs whose 0-based place k in
// the whole batch has k % N == I - 1. Every shard sees the same batch order, so N shards run
// every job exactly once, with no coordination between them.
struct BatchShard
{
    int index = 1; // I, 1-based
    int count = 1; // N
    bool contains(int batchIndex) const { return batchIndex % count == index - 1; }
    bool isWhole() const { return count == 1; }
    friend bool operator==(const BatchShard &, const BatchShard &) = default;
};

// "I/N" with 1 <= I <= N; the message names the option and what was given.
Expected<BatchShard> parseBatchShard(const QString &text);

// The 0-based places of a batch of `jobCount` jobs that `shard` runs, in batch order.
QList<int> shardJobs(int jobCount, const BatchShard &shard);

} // namespace nss
