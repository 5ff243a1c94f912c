// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightsindex_p.h"

#include <QCoreApplication>

#include "weights/tardirectory.h"

namespace nss {

// The two layouts of torch.save before 1.6: the legacy pickle stream and PyTorch 0.1.x's tar
// archive. Both keep each storage as an int64 element count followed by the raw elements.

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

constexpr qint64 kMaxRecords = 1'000'000;

// Checks the legacy header's pickles: magic number, protocol 1001, little-endian sys info.
Status readLegacyHeader(QIODevice &device, PickleReader &pickles, const QString &what)
{
    static const QByteArray magic = QByteArray::fromHex("6cfc9c46f9206aa85019");
    const auto magicBytes = pickles.readLongBytes();
    if (!magicBytes)
        return Unexpected{magicBytes.error()};
    if (magicBytes.value() != magic)
        return unknownLayout(device, what, tr("it is a Python pickle without PyTorch's magic number."));
    const auto protocol = pickles.readInt();
    if (!protocol)
        return Unexpected{protocol.error()};
    if (protocol.value() != 1001)
        return unknownLayout(device, what, tr("its PyTorch protocol version is %1 (1001 expected).").arg(protocol.value()));
    const auto littleEndian = pickles.readSysInfoLittleEndian();
    if (!littleEndian)
        return Unexpected{littleEndian.error()};
    if (!littleEndian.value())
        return bad(what, tr("it was written on a big-endian machine."));
    return succeeded();
}

} // namespace

// Legacy layout: magic, protocol and sys-info pickles, the state_dict pickle, the list of storage
// keys, then per key an int64 element count and the raw elements. Only the 8-byte counts are read:
// the walk finds every storage's offset (and notices truncation) without touching the data.
Expected<WeightsIndex> indexLegacy(QIODevice &device, const QString &what)
{
    device.seek(0);
    PickleReader pickles(device, device.size(), what);
    const Status header = readLegacyHeader(device, pickles, what);
    if (!header)
        return Unexpected{header.error()};
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
                                 .arg(offsets.size() + 1)
                                 .arg(keys->size())
                                 .arg(device.size()));
        const qint64 numel = static_cast<qint64>(le(count, 0, 8));
        if (numel != it->numel)
            return bad(
                what,
                tr("storage %1 holds %2 elements, its tensors say %3.").arg(QString::fromUtf8(key)).arg(numel).arg(it->numel));
        const qint64 bytes = numel * dtypeSize(it->dtype); // numel <= file size, checked by the parser
        if (bytes > device.size() - pos - 8)
            return bad(what, tr("it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.")
                                 .arg(offsets.size() + 1)
                                 .arg(keys->size())
                                 .arg(bytes)
                                 .arg(pos + 8)
                                 .arg(device.size()));
        offsets.insert(key, pos + 8);
        pos += 8 + bytes;
    }
    WeightsIndex index;
    index.format = WeightsFormat::TorchLegacy;
    index.fileSize = device.size();
    index.variant = pickleVariant(pickles.traits());
    for (const PickledTensor &t : tensors.value()) {
        if (!offsets.contains(t.storage.key))
            return bad(what, tr("the data of tensor %1 is missing.").arg(t.name));
        index.tensors.push_back(fromPickled(t, offsets.value(t.storage.key)));
    }
    return index;
}

namespace {

struct TarStorage
{
    PickledStorage storage;
    qint64 dataOffset = 0;
};

// The `storages` member: a count, per storage a (key, location, type) pickle and its data, then
// the list of views (view key, root key, offset, numel).
Expected<QHash<qint64, TarStorage>> readTarStorages(QIODevice &device, PickleReader &pickles, const TarDirectory::Member &member,
                                                    const QString &what)
{
    device.seek(member.offset);
    pickles.setEnd(member.offset + member.size);
    const auto count = pickles.readInt();
    if (!count)
        return Unexpected{count.error()};
    if (count.value() < 0 || count.value() > std::min(kMaxRecords, member.size / 8))
        return bad(what, tr("its tar archive lists %1 storages.").arg(count.value()));
    QHash<qint64, TarStorage> storages;
    for (qint64 i = 0; i < count.value(); ++i) {
        const auto record = pickles.readTarStorageRecord();
        if (!record)
            return Unexpected{record.error()};
        QByteArray raw;
        const qint64 pos = device.pos(), end = member.offset + member.size;
        if (!readAt(device, pos, 8, raw) || pos + 8 > end)
            return bad(what, tr("it is truncated: storage %1 of %2 is missing (the file has %3 bytes).")
                                 .arg(i + 1)
                                 .arg(count.value())
                                 .arg(device.size()));
        const quint64 numel = le(raw, 0, 8);
        if (numel > quint64(end - pos - 8) / quint64(dtypeSize(record->dtype)))
            return bad(what, tr("it is truncated: storage %1 of %2 needs %3 bytes at offset %4, the file has %5.")
                                 .arg(i + 1)
                                 .arg(count.value())
                                 .arg(numel * quint64(dtypeSize(record->dtype)))
                                 .arg(pos + 8)
                                 .arg(device.size()));
        TarStorage s;
        s.storage = PickledStorage{QByteArray::number(record->key), record->dtype, qint64(numel)};
        s.dataOffset = pos + 8;
        storages.insert(record->key, s);
        device.seek(pos + 8 + qint64(numel) * dtypeSize(record->dtype));
    }
    const auto views = pickles.readIntTuples(4);
    if (!views)
        return Unexpected{views.error()};
    for (const std::vector<qint64> &v : views.value()) {
        const auto root = storages.constFind(v[1]);
        if (root == storages.constEnd() || root->storage.viewNumel >= 0 || v[2] < 0 || v[3] < 0 || v[2] > root->storage.numel
            || v[3] > root->storage.numel - v[2])
            return bad(what, tr("its list of storage views is malformed."));
        TarStorage view = *root;
        view.storage.viewOffset = v[2];
        view.storage.viewNumel = v[3];
        storages.insert(v[0], view);
    }
    return storages;
}

// The `tensors` member: a count, per tensor a (key, storage key, type) pickle, then ndim (int32
// and 4 bytes of padding), sizes, strides and the offset as little-endian int64.
Expected<QHash<QByteArray, PickledTensor>> readTarTensors(QIODevice &device, PickleReader &pickles,
                                                          const TarDirectory::Member &member,
                                                          const QHash<qint64, TarStorage> &storages, const QString &what)
{
    device.seek(member.offset);
    const qint64 end = member.offset + member.size;
    pickles.setEnd(end);
    const auto count = pickles.readInt();
    if (!count)
        return Unexpected{count.error()};
    if (count.value() < 0 || count.value() > std::min(kMaxRecords, member.size / 16))
        return bad(what, tr("its tar archive lists %1 tensors.").arg(count.value()));
    QHash<QByteArray, PickledTensor> tensors;
    for (qint64 i = 0; i < count.value(); ++i) {
        const auto record = pickles.readTarTensorRecord();
        if (!record)
            return Unexpected{record.error()};
        QByteArray raw;
        const qint64 pos = device.pos();
        if (!readAt(device, pos, 8, raw) || pos + 8 > end || le(raw, 0, 4) > 16)
            return bad(what, tr("a tensor record of its tar archive is malformed."));
        const int ndim = int(le(raw, 0, 4));
        if (!readAt(device, pos + 8, 16 * ndim + 8, raw) || pos + 16 + 16 * ndim > end)
            return bad(what, tr("a tensor record of its tar archive is malformed."));
        const auto storage = storages.constFind(record->storageKey);
        if (storage == storages.constEnd())
            return bad(what, tr("a tensor record of its tar archive is malformed."));
        PickledTensor t;
        t.storage = storage->storage;
        for (int d = 0; d < ndim; ++d) {
            t.shape.push_back(qint64(le(raw, 8 * d, 8)));
            t.strides.push_back(qint64(le(raw, 8 * (ndim + d), 8)));
        }
        t.storageOffset = qint64(le(raw, 16 * ndim, 8));
        const QString problem = placeTensor(t);
        if (!problem.isEmpty())
            return bad(what, problem);
        tensors.insert(QByteArray::number(record->key), t);
    }
    return tensors;
}

} // namespace

// PyTorch 0.1.x's tar layout: members storages, tensors and pickle (sys_info is not needed); the
// pickle's persistent ids are the keys of the tensors member's records.
Expected<WeightsIndex> indexTar(QIODevice &device, const QString &what)
{
    const auto tar = TarDirectory::read(device, what);
    if (!tar)
        return Unexpected{tar.error()};
    const TarDirectory::Member *members[3] = {tar->find(QStringLiteral("storages")), tar->find(QStringLiteral("tensors")),
                                              tar->find(QStringLiteral("pickle"))};
    const char *const names[3] = {"storages", "tensors", "pickle"};
    for (int i = 0; i < 3; ++i) {
        if (!members[i])
            return unknownLayout(device, what,
                                 tr("it is a tar archive without a '%1' member (it has: %2).")
                                     .arg(QLatin1String(names[i]), tar->names().join(QStringLiteral(", ")).left(200)));
    }
    PickleReader pickles(device, device.size(), what);
    const auto storages = readTarStorages(device, pickles, *members[0], what);
    if (!storages)
        return Unexpected{storages.error()};
    auto tensors = readTarTensors(device, pickles, *members[1], storages.value(), what);
    if (!tensors)
        return Unexpected{tensors.error()};
    device.seek(members[2]->offset);
    pickles.setEnd(members[2]->offset + members[2]->size);
    pickles.setPersistentTensors(std::move(tensors.value()));
    const auto stateDict = pickles.readStateDict();
    if (!stateDict)
        return Unexpected{stateDict.error()};
    QHash<QByteArray, qint64> offsets;
    bool views = false;
    for (const TarStorage &s : storages.value()) {
        offsets.insert(s.storage.key, s.dataOffset);
        views = views || s.storage.viewNumel >= 0;
    }
    WeightsIndex index;
    index.format = WeightsFormat::TorchTar;
    index.fileSize = device.size();
    index.variant = QStringLiteral("tar members %1; ").arg(tar->names().join(QStringLiteral(", ")).left(200))
                    + pickleVariant(pickles.traits()) + (views ? QStringLiteral("; storage views") : QString());
    for (const PickledTensor &t : stateDict.value())
        index.tensors.push_back(fromPickled(t, offsets.value(t.storage.key)));
    return index;
}

} // namespace nss
