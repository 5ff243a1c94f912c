// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightstypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace nss {

int dtypeSize(WeightsDType dtype)
{
    switch (dtype) {
    case WeightsDType::Float64:
    case WeightsDType::Int64:
        return 8;
    case WeightsDType::Float32:
    case WeightsDType::Int32:
        return 4;
    case WeightsDType::Float16:
    case WeightsDType::BFloat16:
    case WeightsDType::Int16:
        return 2;
    case WeightsDType::Int8:
    case WeightsDType::UInt8:
    case WeightsDType::Bool:
        return 1;
    }
    return 1;
}

QString dtypeName(WeightsDType dtype)
{
    static const char *const names[] = {"float32", "float64", "float16", "bfloat16", "int64",
                                        "int32",   "int16",   "int8",    "uint8",    "bool"};
    return QLatin1String(names[int(dtype)]);
}

QString formatName(WeightsFormat format)
{
    switch (format) {
    case WeightsFormat::TorchLegacy:
        return QCoreApplication::translate("nss", "PyTorch legacy (torch.save before 1.6)");
    case WeightsFormat::TorchZip:
        return QCoreApplication::translate("nss", "PyTorch zip (torch.save since 1.6)");
    case WeightsFormat::Safetensors:
        return QStringLiteral("safetensors");
    case WeightsFormat::TorchTar:
        return QCoreApplication::translate("nss", "PyTorch tar (torch.save of PyTorch 0.1)");
    }
    return {};
}

qint64 TensorRecord::numel() const
{
    qint64 n = 1;
    for (qint64 d : shape)
        n *= d;
    return n;
}

const TensorRecord *WeightsIndex::find(const QString &name) const
{
    for (const TensorRecord &t : tensors) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace nss
