// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/vggweights.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "weights/weightscache.h"
#include "weights/weightsfile.h"
#include "weights/weightsindex.h"

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "weights files are little-endian; a big-endian host must swap");

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

torch::ScalarType scalarType(WeightsDType dtype)
{
    switch (dtype) {
    case WeightsDType::Float32:
        return torch::kFloat;
    case WeightsDType::Float64:
        return torch::kDouble;
    case WeightsDType::Float16:
        return torch::kHalf;
    case WeightsDType::BFloat16:
        return torch::kBFloat16;
    case WeightsDType::Int64:
        return torch::kLong;
    case WeightsDType::Int32:
        return torch::kInt;
    case WeightsDType::Int16:
        return torch::kShort;
    case WeightsDType::Int8:
        return torch::kChar;
    case WeightsDType::UInt8:
        return torch::kByte;
    case WeightsDType::Bool:
        return torch::kBool;
    }
    return torch::kFloat;
}

// Reads the elements the record's strided view touches (bounds checked by the index) and returns
// them as a contiguous float32 tensor.
Expected<torch::Tensor> readTensor(QFile &file, const TensorRecord &r, const QString &what)
{
    qint64 last = r.storageOffset;
    for (size_t i = 0; i < r.shape.size(); ++i)
        last += r.shape[i] > 0 ? (r.shape[i] - 1) * r.strides[i] : 0;
    const qint64 span = r.numel() > 0 ? last - r.storageOffset + 1 : 0;
    const int size = dtypeSize(r.dtype);
    torch::Tensor raw = torch::empty({span}, torch::TensorOptions().dtype(scalarType(r.dtype)));
    const qint64 bytes = span * size;
    if (bytes > 0
        && (!file.seek(r.dataOffset + r.storageOffset * size) || file.read(static_cast<char *>(raw.data_ptr()), bytes) != bytes))
        return fail(tr("%1: the data of tensor %2 could not be read (%3).").arg(what, r.name, file.errorString()));
    const std::vector<int64_t> shape(r.shape.begin(), r.shape.end()), strides(r.strides.begin(), r.strides.end());
    return raw.as_strided(shape, strides, 0).to(torch::kFloat).contiguous().clone();
}

Expected<std::map<int, VggConv>> readLayers(const QString &path, int deepestIndex, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be opened: %2.").arg(what, file.errorString()));
    const auto index = indexWeights(file, what);
    if (!index)
        return Unexpected{index.error()};
    const Status layout = checkVgg19Layout(index.value(), deepestIndex, what);
    if (!layout)
        return Unexpected{layout.error()};
    std::map<int, VggConv> layers;
    for (const VggLayerSpec &layer : vgg19ConvLayers()) {
        if (layer.index > deepestIndex)
            break;
        VggConv conv;
        for (torch::Tensor *target : {&conv.weight, &conv.bias}) {
            const QString name = QStringLiteral("features.%1.%2")
                                     .arg(layer.index)
                                     .arg(target == &conv.weight ? QStringLiteral("weight") : QStringLiteral("bias"));
            auto tensor = readTensor(file, *index.value().find(name), what);
            if (!tensor)
                return Unexpected{tensor.error()};
            *target = std::move(tensor.value());
        }
        layers.emplace(layer.index, std::move(conv));
    }
    return layers;
}

void writeCache(const QString &cachePath, const QString &source, int deepestIndex, const std::map<int, VggConv> &layers)
{
    std::vector<WeightsCache::TensorView> views;
    for (const auto &[idx, conv] : layers) {
        for (const torch::Tensor *t : {&conv.weight, &conv.bias}) {
            views.push_back({QStringLiteral("features.%1.%2")
                                 .arg(idx)
                                 .arg(t == &conv.weight ? QStringLiteral("weight") : QStringLiteral("bias")),
                             std::vector<qint64>(t->sizes().begin(), t->sizes().end()), static_cast<const char *>(t->data_ptr()),
                             qint64(t->nbytes())});
        }
    }
    WeightsCache::write(cachePath, views, WeightsCache::identity(source, deepestIndex)); // best effort
}

} // namespace

Expected<std::map<int, VggConv>> loadVgg19Features(const QString &path, int deepestIndex, WeightsCachePolicy cache)
{
    if (deepestIndex < 0 || deepestIndex > 34)
        return fail(tr("VGG-19 has feature layers 0 to 34; %1 was asked for.").arg(deepestIndex));
    const Status readable = checkWeightsFileReadable(path);
    if (!readable)
        return Unexpected{readable.error()};
    const QString what = QStringLiteral("\"%1\"").arg(QFileInfo(path).fileName());
    try {
        const QString cachePath = cache == WeightsCachePolicy::Use ? WeightsCache::pathFor(path) : QString();
        if (!cachePath.isEmpty() && QFileInfo(cachePath).isFile()) {
            QFile cached(cachePath);
            if (cached.open(QIODevice::ReadOnly)) {
                const auto index = indexWeights(cached, what);
                if (index && WeightsCache::matches(index.value(), path, deepestIndex)) {
                    cached.close();
                    auto layers = readLayers(cachePath, deepestIndex, what);
                    if (layers)
                        return layers;
                }
            }
        }
        auto layers = readLayers(path, deepestIndex, what);
        if (layers && !cachePath.isEmpty())
            writeCache(cachePath, path, deepestIndex, layers.value());
        return layers;
    } catch (const std::exception &e) {
        return fail(tr("%1 could not be loaded: %2").arg(what, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace nss
