// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "base/expected.h"
#include "batchargs.h"
#include "engine/runpreparation.h"

namespace nss {

// The exit statuses of neural-style.
enum CliExitStatus : int {
    ExitOk = 0, // every picture written (or, in a batch, already done)
    ExitFailed = 1, // a run, or in a batch a job, failed
    ExitBadRequest = 2, // the request itself is wrong: options, paths, job list; nothing ran
    ExitInterrupted = 130, // Ctrl+C or SIGTERM, as shells report an interrupted command
};

// A run's pictures loaded and checked before it starts: decoded, not too small at the output
// size, and fitting in the free memory. The message says what is wrong; single runs and batch
// jobs check the same things.
Expected<RunPictures> loadCheckedPictures(const StyleSettings &settings);

// Runs a batch: the shard's jobs in batch order on one StyleRunner (the network loaded once),
// skipping complete outputs with --resume. A job that fails is reported and the batch goes on.
// Progress lines, each job's result and a summary go to stderr. `stopRequested` is polled every
// step: the job in progress then stops, nothing is written for it, and the batch ends. Returns
// the exit status (CliExitStatus).
int runBatch(const BatchRequest &request, const std::function<bool()> &stopRequested);

} // namespace nss
