#pragma once

#include <QString>

namespace nss {

// LibTorch starts with one intra-op thread on some machines (measured: 1 on a 2-core VM), which
// halves the speed. Sets it to `requested`, or to the machine's core count when requested <= 0.
// Returns the count now in force.
int applyThreadCount(int requested = 0);
int threadCount();

// "LibTorch 1.13.1 (CPU, oneDNN)"-style description for --version and the About box.
QString torchDescription();

} // namespace nss
