// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nss {

// Gives LibTorch's large CPU tensors their own memory mapping backed by 2 MB pages where the kernel
// offers them (transparent huge pages, "madvise" or "always"), and returns it when the tensor is
// freed; smaller tensors are allocated as LibTorch does. Without it every loss evaluation takes its
// feature maps as fresh 4 KB pages from the kernel and pays a page fault for each one: a fifth of a
// 256 px L-BFGS run was kernel time, and a whole 1024 px step took 18.3 s against 5.5 s with it
// (docs/PERFORMANCE.md, "Huge pages for the feature maps"). Installed once per process; the later
// calls do nothing. Linux only; elsewhere a no-op.
void useHugePagesForTensors();

} // namespace nss
