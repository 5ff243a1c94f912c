#include "weights/weightsindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "weights/picklereader.h"
#include "weights/zipdirectory.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

Unexpected bad(const QString &what, const QString &problem)
{
    return fail(tr("%1 is not a weights file this app can read: %2").arg(what, problem));
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

std::vector<qint64> contiguousStrides(const std::vector<qint64> &shape)
{
    std::vector<qint64> strides(shape.size(), 1);
    for (size_t i = shape.size(); i > 1; --i)
        strides[i - 2] = strides[i - 1] * std::max<qint64>(shape[i - 1], 1);
    return strides;
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

// The storages a state_dict refers to, each once; two tensors naming one storage must agree on it.
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

// Legacy layout: magic, protocol and sys-info pickles, the state_dict pickle, the list of storage
// keys, then per key an int64 element count and the raw elements. Only the 8-byte counts are read:
// the walk finds every storage's offset (and notices truncation) without touching the data.
Expected<WeightsIndex> indexLegacy(QIODevice &device, const QString &what)
{
    static const QByteArray magic = QByteArray::fromHex("6cfc9c46f9206aa85019");
    device.seek(0);
    PickleReader pickles(device, device.size(), what);
    const auto magicBytes = pickles.readLongBytes();
    if (!magicBytes)
        return Unexpected{magicBytes.error()};
    if (magicBytes.value() != magic)
        return bad(what, tr("it is a Python pickle without PyTorch's magic number."));
    const auto protocol = pickles.readInt();
    if (!protocol)
        return Unexpected{protocol.error()};
    if (protocol.value() != 1001)
        return bad(what, tr("its PyTorch protocol version is %1 (1001 expected).").arg(protocol.value()));
    const auto littleEndian = pickles.readSysInfoLittleEndian();
    if (!littleEndian)
        return Unexpected{littleEndian.error()};
    if (!littleEndian.value())
        return bad(what, tr("it was written on a big-endian machine."));
    auto tensors = pickles.readStateDict();
    if (!tensors)
        return Unexpected{tensors.error()};
    const auto keys = pickles.readStringList();
    if (!keys)
        return Unexpected{keys.error()};
    const auto storages = storagesOf(tensors.value(), what);
    if (!storages)
        return Unexpected{storages.error()};

    QHash<QByteArray, qint64> offsets;
    qint64 pos = device.pos();
    for (const QByteArray &key : keys.value()) {
        const auto it = storages->constFind(key);
        if (it == storages->constEnd() || offsets.contains(key))
            return bad(what, tr("its list of storages names %1, which no tensor uses.").arg(QString::fromUtf8(key.left(40))));
        QByteArray count;
        if (!readAt(device, pos, 8, count))
            return bad(what, tr("it is truncated: storage %1 of %2 is missing (the file has %3 bytes).")
                                 .arg(offsets.size() + 1).arg(keys->size()).arg(device.size()));
        const qint64 numel = static_cast<qint64>(le(count, 0, 8));
        if (numel != it->numel)
            return bad(what, tr("storage %1 holds %2 elements, its tensors say %3.").arg(QString::fromUtf8(key)).arg(numel).arg(it->numel));
        const qint64 bytes = numel * dtypeSize(it->dtype); // numel <= file size, checked by the parser
        if (bytes > device.size() - pos - 8)
            return bad(what, tr("it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.")
                                 .arg(offsets.size() + 1).arg(keys->size()).arg(bytes).arg(pos + 8).arg(device.size()));
        offsets.insert(key, pos + 8);
        pos += 8 + bytes;
    }
    WeightsIndex index;
    index.format = WeightsFormat::TorchLegacy;
    index.fileSize = device.size();
    for (const PickledTensor &t : tensors.value()) {
        if (!offsets.contains(t.storage.key))
            return bad(what, tr("the data of tensor %1 is missing.").arg(t.name));
        index.tensors.push_back(fromPickled(t, offsets.value(t.storage.key)));
    }
    return index;
}

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
        return bad(what, tr("it is a zip archive without data.pkl (not written by torch.save)."));
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
            return bad(what, tr("its entry %1 has %2 bytes, %3 are needed.").arg(name).arg(entry->size).arg(it->numel * dtypeSize(it->dtype)));
        const auto start = zip->dataOffset(device, *entry);
        if (!start)
            return Unexpected{start.error()};
        offsets.insert(it.key(), start.value());
    }
    WeightsIndex index;
    index.format = WeightsFormat::TorchZip;
    index.fileSize = device.size();
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
        return bad(what, tr("its safetensors header is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    const qint64 dataStart = 8 + qint64(headerSize);
    const qint64 dataSize = device.size() - dataStart;
    WeightsIndex index;
    index.format = WeightsFormat::Safetensors;
    index.fileSize = device.size();
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
            if (v < 0 || v > double(qint64(1) << 40) || v != double(qint64(v)) || __builtin_mul_overflow(numel, qint64(v), &numel))
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
    if (device.size() > 262 && readAt(device, 257, 5, head) && head == "ustar")
        return bad(what, tr("it is in PyTorch's tar format (before 0.4); load and re-save it with a recent PyTorch."));
    return bad(what, tr("it is neither a PyTorch file (.pth, .pt) nor a safetensors file."));
}

} // namespace nss
