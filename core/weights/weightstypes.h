// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QMap>
#include <QString>

// Torch-free description of the tensors inside a weights file: what the format parsers produce and
// what the tensor reader (vggweights.cpp) and the fuzzer consume. Nothing here reads tensor data.
namespace nss {

enum class WeightsDType { Float32, Float64, Float16, BFloat16, Int64, Int32, Int16, Int8, UInt8, Bool };

int dtypeSize(WeightsDType dtype);
QString dtypeName(WeightsDType dtype);

enum class WeightsFormat { TorchLegacy, TorchZip, Safetensors, TorchTar };

QString formatName(WeightsFormat format);

// One tensor as the file describes it. Every field has been checked against the file size:
// [dataOffset, dataOffset + storageNumel * dtypeSize) lies inside the file, and the strided
// view (storageOffset, shape, strides) lies inside that storage.
struct TensorRecord
{
    QString name;
    WeightsDType dtype = WeightsDType::Float32;
    std::vector<qint64> shape;
    std::vector<qint64> strides; // in elements
    qint64 storageOffset = 0; // in elements, from dataOffset
    qint64 dataOffset = 0; // byte offset of the storage's first element in the file
    qint64 storageNumel = 0;

    qint64 numel() const;
};

struct WeightsIndex
{
    WeightsFormat format = WeightsFormat::TorchLegacy;
    qint64 fileSize = 0;
    std::vector<TensorRecord> tensors; // in file order
    QMap<QString, QString> metadata; // safetensors "__metadata__" (the cache's identity)
    // Which variant of the format, in the technical terms of a bug report ("pickle protocol 2;
    // _rebuild_tensor_v2; OrderedDict with _metadata"); not translated.
    QString variant;

    const TensorRecord *find(const QString &name) const;
};

// "[64, 3, 3, 3]", for messages.
QString shapeText(const std::vector<qint64> &shape);

} // namespace nss
