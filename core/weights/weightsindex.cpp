// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightsindex.h"
#include "weights/weightsindex_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "weights/picklereader.h"
#include "weights/tardirectory.h"
#include "weights/zipdirectory.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

std::vector<qint64> contiguousStrides(const std::vector<qint64> &shape)
{
    std::vector<qint64> strides(shape.size(), 1);
    for (size_t i = shape.size(); i > 1; --i)
        strides[i - 2] = strides[i - 1] * std::max<qint64>(shape[i - 1], 1);
    return strides;
}

} // namespace

Unexpected bad(const QString &what, const QString &problem)
{
    return fail(tr("%1 is not a weights file this app can read: %2").arg(what, problem));
}

Unexpected unknownLayout(QIODevice &device, const QString &what, const QString &problem)
{
    QByteArray head;
    readAt(device, 0, std::min<qint64>(device.size(), 16), head);
    return fail(bad(what, problem).message + QLatin1Char(' ')
                + tr("If torch.load reads this file, please report it with its first 16 bytes: %1.")
                      .arg(QString::fromLatin1(head.toHex(' '))));
}

bool readAt(QIODevice &device, qint64 offset, qint64 n, QByteArray &out)
{
    if (offset < 0 || n < 0 || offset > device.size() || n > device.size() - offset || !device.seek(offset))
        return false;
    out = device.read(n);
    return out.size() == n;
}

quint64 le(const QByteArray &bytes, int at, int width)
{
    quint64 v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = (v << 8) | static_cast<uchar>(bytes[at + i]);
    return v;
}

TensorRecord fromPickled(const PickledTensor &t, qint64 dataOffset)
{
    TensorRecord r;
    r.name = t.name;
    r.dtype = t.storage.dtype;
    r.shape = t.shape;
    r.strides = t.strides;
    r.storageOffset = t.storageOffset;
    r.dataOffset = dataOffset;
    r.storageNumel = t.storage.numel;
    return r;
}

Expected<QHash<QByteArray, PickledStorage>> storagesOf(const std::vector<PickledTensor> &tensors, const QString &what)
{
    QHash<QByteArray, PickledStorage> storages;
    for (const PickledTensor &t : tensors) {
        const auto it = storages.constFind(t.storage.key);
        if (it != storages.constEnd() && (it->dtype != t.storage.dtype || it->numel != t.storage.numel))
            return bad(what, tr("storage %1 is described twice, differently.").arg(QString::fromUtf8(t.storage.key)));
        storages.insert(t.storage.key, t.storage);
    }
    return storages;
}

QString pickleVariant(const PickleTraits &t)
{
    QStringList parts{QStringLiteral("pickle protocol %1").arg(t.protocol)};
    const std::pair<bool, const char *> traits[] = {{t.rebuildV1, "_rebuild_tensor (4 arguments)"},
                                                    {t.rebuildV2, "_rebuild_tensor_v2 (6 arguments)"},
                                                    {t.rebuildV2Metadata, "_rebuild_tensor_v2 (7 arguments, metadata)"},
                                                    {t.tensorBuild, "torch.*Tensor filled by BUILD"},
                                                    {t.variable, "Variable (5-tuple state)"},
                                                    {t.views, "storage views"},
                                                    {t.cuda, "CUDA storages"},
                                                    {t.py2Strings, "Python 2 strings"},
                                                    {t.py2OrderedDict, "Python 2 OrderedDict"},
                                                    {t.stateDictMetadata, "OrderedDict with _metadata"},
                                                    {!t.stateDictMetadata, "OrderedDict without _metadata"}};
    for (const auto &[present, name] : traits) {
        if (present)
            parts << QLatin1String(name);
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

// Zip layout (PyTorchStreamWriter): NAME/data.pkl is the state_dict pickle, NAME/data/KEY each
// storage's raw bytes, stored uncompressed.
Expected<WeightsIndex> indexZip(QIODevice &device, const QString &what)
{
    const auto zip = ZipDirectory::read(device, what);
    if (!zip)
        return Unexpected{zip.error()};
    const ZipDirectory::Entry *pickle = nullptr;
    for (const ZipDirectory::Entry &e : zip->entries()) {
        if (e.name == QLatin1String("data.pkl") || e.name.endsWith(QLatin1String("/data.pkl"))) {
            pickle = &e;
            break;
        }
    }
    if (!pickle)
        return unknownLayout(device, what, tr("it is a zip archive without data.pkl (not written by torch.save)."));
    const QString prefix = pickle->name.chopped(8);
    const auto pickleStart = zip->dataOffset(device, *pickle);
    if (!pickleStart)
        return Unexpected{pickleStart.error()};
    device.seek(pickleStart.value());
    PickleReader reader(device, pickleStart.value() + pickle->size, what);
    auto tensors = reader.readStateDict();
    if (!tensors)
        return Unexpected{tensors.error()};
    const auto storages = storagesOf(tensors.value(), what);
    if (!storages)
        return Unexpected{storages.error()};
    QHash<QByteArray, qint64> offsets;
    for (auto it = storages->constBegin(); it != storages->constEnd(); ++it) {
        const QString name = prefix + QLatin1String("data/") + QString::fromUtf8(it.key());
        const ZipDirectory::Entry *entry = zip->find(name);
        if (!entry)
            return bad(what, tr("its archive has no entry %1.").arg(name));
        if (entry->size / dtypeSize(it->dtype) < it->numel)
            return bad(
                what,
                tr("its entry %1 has %2 bytes, %3 are needed.").arg(name).arg(entry->size).arg(it->numel * dtypeSize(it->dtype)));
        const auto start = zip->dataOffset(device, *entry);
        if (!start)
            return Unexpected{start.error()};
        offsets.insert(it.key(), start.value());
    }
    WeightsIndex index;
    index.format = WeightsFormat::TorchZip;
    index.fileSize = device.size();
    index.variant = QStringLiteral("folder '%1'; ").arg(prefix.left(100)) + pickleVariant(reader.traits());
    for (const PickledTensor &t : tensors.value())
        index.tensors.push_back(fromPickled(t, offsets.value(t.storage.key)));
    return index;
}

// safetensors: u64 header length, a JSON object {name: {dtype, shape, data_offsets}}, raw data.
Expected<WeightsIndex> indexSafetensors(QIODevice &device, const QString &what)
{
    static const QHash<QString, WeightsDType> types{
        {QStringLiteral("F32"), WeightsDType::Float32}, {QStringLiteral("F64"), WeightsDType::Float64},
        {QStringLiteral("F16"), WeightsDType::Float16}, {QStringLiteral("BF16"), WeightsDType::BFloat16},
        {QStringLiteral("I64"), WeightsDType::Int64},   {QStringLiteral("I32"), WeightsDType::Int32},
        {QStringLiteral("I16"), WeightsDType::Int16},   {QStringLiteral("I8"), WeightsDType::Int8},
        {QStringLiteral("U8"), WeightsDType::UInt8},    {QStringLiteral("BOOL"), WeightsDType::Bool}};
    QByteArray head;
    if (!readAt(device, 0, 8, head))
        return bad(what, tr("it is too short for a safetensors header."));
    const quint64 headerSize = le(head, 0, 8);
    if (headerSize > quint64(device.size() - 8) || headerSize > (100u << 20))
        return bad(what, tr("its safetensors header claims %1 bytes, the file has %2.").arg(headerSize).arg(device.size()));
    QByteArray json;
    if (!readAt(device, 8, qint64(headerSize), json))
        return bad(what, tr("its safetensors header cannot be read."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &parseError);
    if (!doc.isObject())
        return bad(
            what,
            tr("its safetensors header is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    const qint64 dataStart = 8 + qint64(headerSize);
    const qint64 dataSize = device.size() - dataStart;
    WeightsIndex index;
    index.format = WeightsFormat::Safetensors;
    index.fileSize = device.size();
    index.variant = QStringLiteral("safetensors");
    const QJsonObject header = doc.object();
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.constBegin(); m != meta.constEnd(); ++m)
                index.metadata.insert(m.key(), m.value().toString());
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        const QJsonArray shape = entry.value(QLatin1String("shape")).toArray();
        const QJsonArray range = entry.value(QLatin1String("data_offsets")).toArray();
        const auto type = types.constFind(entry.value(QLatin1String("dtype")).toString());
        if (type == types.constEnd() || range.size() != 2 || shape.size() > 16)
            return bad(what, tr("its header describes tensor %1 incompletely.").arg(it.key()));
        TensorRecord r;
        r.name = it.key();
        r.dtype = *type;
        qint64 numel = 1;
        for (const QJsonValue &d : shape) {
            const double v = d.toDouble(-1);
            if (v < 0 || v > double(qint64(1) << 40) || v != double(qint64(v))
                || __builtin_mul_overflow(numel, qint64(v), &numel))
                return bad(what, tr("tensor %1 has an invalid shape.").arg(it.key()));
            r.shape.push_back(qint64(v));
        }
        const double begin = range[0].toDouble(-1), end = range[1].toDouble(-1);
        if (begin < 0 || end < begin || end > double(dataSize) || numel > dataSize
            || qint64(end) - qint64(begin) != numel * dtypeSize(r.dtype))
            return bad(what, tr("the data of tensor %1 lies outside the file or does not match its shape %2 (truncated?).")
                                 .arg(it.key(), shapeText(r.shape)));
        r.strides = contiguousStrides(r.shape);
        r.dataOffset = dataStart + qint64(begin);
        r.storageNumel = numel;
        index.tensors.push_back(std::move(r));
    }
    if (index.tensors.empty())
        return bad(what, tr("its safetensors header lists no tensors."));
    return index;
}

// What a file that is in none of the layouts looks like, for the message; empty if nothing is recognised.
QString whatItLooksLike(const QByteArray &head)
{
    const std::pair<const char *, const char *> kinds[] = {
        {"\x1f\x8b",
         QT_TRANSLATE_NOOP("nss", "a gzip-compressed file (PyTorch never compresses its files; decompress it first)")},
        {"BZh", QT_TRANSLATE_NOOP("nss", "a bzip2-compressed file (PyTorch never compresses its files; decompress it first)")},
        {"\xfd"
         "7zXZ",
         QT_TRANSLATE_NOOP("nss", "an xz-compressed file (PyTorch never compresses its files; decompress it first)")},
        {"\x89HDF", QT_TRANSLATE_NOOP("nss", "an HDF5 file (Keras weights, not PyTorch's)")},
        {"\x93NUMPY", QT_TRANSLATE_NOOP("nss", "a NumPy array file")},
        {"<!DOCTYPE", QT_TRANSLATE_NOOP("nss", "a web page (the download saved an error page?)")},
        {"<html", QT_TRANSLATE_NOOP("nss", "a web page (the download saved an error page?)")},
        {"\x89PNG", QT_TRANSLATE_NOOP("nss", "an image")},
        {"\xff\xd8\xff", QT_TRANSLATE_NOOP("nss", "an image")}};
    for (const auto &[magic, description] : kinds) {
        if (head.startsWith(magic))
            return tr(description);
    }
    return {};
}

} // namespace

Expected<WeightsIndex> indexWeights(QIODevice &device, const QString &what)
{
    if (device.isSequential() || !device.isReadable())
        return fail(tr("%1 cannot be read.").arg(what));
    QByteArray head;
    if (!readAt(device, 0, std::min<qint64>(device.size(), 16), head) || head.isEmpty())
        return fail(tr("%1 is empty (0 bytes).").arg(what));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return indexZip(device, what);
    if (static_cast<uchar>(head[0]) == 0x80) // PROTO: a pickle
        return indexLegacy(device, what);
    if (head.size() >= 9 && head[8] == '{')
        return indexSafetensors(device, what);
    if (TarDirectory::looksLikeTar(device))
        return indexTar(device, what);
    const QString found = whatItLooksLike(head);
    const QString problem = tr("it is neither a PyTorch file (.pth, .pt) nor a safetensors file.");
    return unknownLayout(device, what, found.isEmpty() ? problem : problem + QLatin1Char(' ') + tr("It is %1.").arg(found));
}

} // namespace nss
