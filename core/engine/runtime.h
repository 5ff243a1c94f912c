// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nss {

// LibTorch starts with one intra-op thread on some machines (measured: 1 on a 2-core VM), which
// halves the speed. Sets it to `requested`; when requested <= 0, to OMP_NUM_THREADS if that is set
// to a positive number (the usual way to cap OpenMP programs; the tsan preset runs with 1), else to
// the machine's core count. Returns the count now in force.
int applyThreadCount(int requested = 0);
int defaultThreadCount(); // what applyThreadCount(0) sets
int threadCount();

// "LibTorch 1.13.1 (CPU, oneDNN)"-style description for --version and the About box.
QString torchDescription();

} // namespace nss
