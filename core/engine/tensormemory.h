// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nss {

// Gives LibTorch's large CPU tensors their own memory mapping backed by 2 MB pages where the kernel
// offers them (transparent huge pages, "madvise" or "always"), and returns it when the tensor is
// freed; smaller tensors are allocated as LibTorch does. Without it every loss evaluation takes its
// feature maps as fresh 4 KB pages from the kernel and pays a page fault for each one: a fifth of a
// 256 px L-BFGS run was kernel time, and a whole 1024 px step took 18.3 s against 5.5 s with it
// (docs/PERFORMANCE.md, "Huge pages for the feature maps"). Up to 256 MB of freed mappings are kept
// for the next tensor of the same length. Installed once per process; the later calls do nothing.
// Linux only; elsewhere a no-op.
void useHugePagesForTensors();

// Unmaps the freed mappings kept for reuse (StyleRunner::run does at its end, so an idle app does
// not hold them).
void releaseKeptTensorMemory();

// For the length of a run: installs the allocator, and releases the kept mappings at the end.
struct TensorMemoryForRun
{
    TensorMemoryForRun() { useHugePagesForTensors(); }
    ~TensorMemoryForRun() { releaseKeptTensorMemory(); }
    TensorMemoryForRun(const TensorMemoryForRun &) = delete;
    TensorMemoryForRun &operator=(const TensorMemoryForRun &) = delete;
};

} // namespace nss
