// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/computechoice.h"

#include <QCoreApplication>
#include <QFile>

#include <torch/cuda.h>

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

bool readCpuBf16Flag()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // /proc files report size 0, so QFile::atEnd() is true before the first read: read to the end
    // instead. Every processor lists the same flags: the first "flags" line is enough.
    const QByteArray cpuinfo = file.readAll();
    for (const QByteArray &line : cpuinfo.split('\n')) {
        if (!line.startsWith("flags"))
            continue;
        const QList<QByteArray> flags = line.mid(line.indexOf(':') + 1).simplified().split(' ');
        return flags.contains("avx512_bf16") || flags.contains("amx_bf16");
    }
    return false;
}

} // namespace

bool cpuHasNativeBf16()
{
    static const bool has = readCpuBf16Flag();
    return has;
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

Expected<ComputeChoice> resolveCompute(const StyleSettings &settings)
{
    const bool wantsCuda = settings.device != ComputeDevice::Cpu;
    return resolveCompute(settings, wantsCuda && cudaAvailable(), cpuHasNativeBf16());
}

Expected<ComputeChoice> resolveCompute(const StyleSettings &settings, bool hasCuda, bool hasBf16)
{
    ComputeChoice choice;
    switch (settings.device) {
    case ComputeDevice::Auto:
        choice.cuda = hasCuda;
        break;
    case ComputeDevice::Cpu:
        choice.cuda = false;
        break;
    case ComputeDevice::Cuda:
        if (!hasCuda)
            return fail(tr("No CUDA GPU is available: this LibTorch build or this machine has none. Use the CPU "
                           "(device \"auto\" or \"cpu\")."));
        choice.cuda = true;
        break;
    }
    switch (settings.precision) {
    case Precision::Auto:
        // Only Adam: its picture's loss stays within 2% of fp32's after the same steps. L-BFGS builds
        // its curvature model from gradient differences, which bf16's rounding disturbs: its final
        // loss moved by -3% to +4% against fp32 (tst_computechoice, docs/PERFORMANCE.md).
        if (settings.optimizer == Optimizer::Adam)
            choice.precision = choice.cuda ? Precision::Float16 : (hasBf16 ? Precision::BFloat16 : Precision::Float32);
        else
            choice.precision = Precision::Float32;
        break;
    case Precision::Float16:
        if (!choice.cuda)
            return fail(tr("fp16 arithmetic needs a CUDA GPU; on the CPU use bf16 or fp32."));
        choice.precision = Precision::Float16;
        break;
    case Precision::Float32:
    case Precision::BFloat16:
        choice.precision = settings.precision;
        break;
    }
    return choice;
}

QString describe(const ComputeChoice &choice)
{
    return QStringLiteral("%1, %2").arg(choice.cuda ? QStringLiteral("CUDA") : QStringLiteral("CPU"), toString(choice.precision));
}

} // namespace nss
