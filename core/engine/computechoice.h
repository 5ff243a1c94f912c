// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// Where and in what arithmetic a run computes, with Auto resolved: never Precision::Auto or
// ComputeDevice::Auto.
struct ComputeChoice
{
    bool cuda = false;
    Precision precision = Precision::Float32;
    friend bool operator==(const ComputeChoice &, const ComputeChoice &) = default;
};

// The CPU has bf16 arithmetic in hardware (AVX512_BF16 or AMX-BF16 in /proc/cpuinfo's flags).
// Without it bf16 is emulated and slower than fp32, so Auto never picks it there.
bool cpuHasNativeBf16();
bool cudaAvailable();

// Resolves the settings' device and precision for this machine; an error when the settings ask
// for what it cannot do (CUDA without a GPU, fp16 on the CPU). Automatic precision is reduced
// (bf16 on a CPU that has it, fp16 on CUDA) for Adam only, where it was shown to keep the loss.
Expected<ComputeChoice> resolveCompute(const StyleSettings &settings);
// The same with the hardware facts given, for tests.
Expected<ComputeChoice> resolveCompute(const StyleSettings &settings, bool hasCuda, bool hasBf16);

// "CPU, bf16" / "CUDA, fp16": for status messages and benchmark output.
QString describe(const ComputeChoice &choice);

} // namespace nss
