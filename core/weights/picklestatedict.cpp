// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/picklereader.h"
#include "weights/picklevalue_p.h"

namespace nss {

// The results PyTorch's pickles must have: the legacy header's magic number, protocol version and
// system information, the state_dict itself and the legacy format's list of storage keys; the tar
// layout's storage and tensor records and its list of storage views.

Expected<QByteArray> PickleReader::readLongBytes()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    if (value.value()->kind != Value::Kind::Long && value.value()->kind != Value::Kind::Int)
        return error(tr("it does not start with PyTorch's magic number."));
    return value.value()->bytes;
}

Expected<qint64> PickleReader::readInt()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    if (value.value()->kind != Value::Kind::Int)
        return error(tr("an integer was expected in its header."));
    return value.value()->integer;
}

Expected<bool> PickleReader::readSysInfoLittleEndian()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *dict = value.value();
    if (dict->kind != Value::Kind::Dict)
        return error(tr("its system information header is not a dictionary."));
    for (size_t i = 0; i + 1 < dict->items.size(); i += 2) {
        if (dict->items[i]->kind == Value::Kind::Str && dict->items[i]->bytes == "little_endian")
            return dict->items[i + 1]->kind == Value::Kind::Bool && dict->items[i + 1]->integer != 0;
    }
    return true;
}

Expected<std::vector<PickledTensor>> PickleReader::readStateDict()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *dict = value.value();
    static const char *const kinds[] = {"None", "bool",       "integer",      "integer", "string", "tuple",
                                        "list", "dictionary", "Python class", "storage", "tensor", "empty tensor"};
    if (dict->kind != Value::Kind::Dict)
        return error(tr("it holds a %1, not a state_dict.").arg(QLatin1String(kinds[int(dict->kind)])));
    // Training checkpoints wrap the state_dict: {"state_dict": {...}} or {"model": {...}}.
    for (size_t i = 0; i + 1 < dict->items.size(); i += 2) {
        const Value *key = dict->items[i], *item = dict->items[i + 1];
        if (key->kind == Value::Kind::Str && (key->bytes == "state_dict" || key->bytes == "model")
            && item->kind == Value::Kind::Dict) {
            dict = item;
            break;
        }
    }
    std::vector<PickledTensor> tensors;
    for (size_t i = 0; i + 1 < dict->items.size(); i += 2) {
        const Value *key = dict->items[i], *item = dict->items[i + 1];
        if (key->kind != Value::Kind::Str)
            return error(tr("its state_dict has a key that is not a string."));
        if (item->kind != Value::Kind::Tensor)
            return error(tr("its entry \"%1\" is a %2, not a tensor.")
                             .arg(QString::fromUtf8(key->bytes.left(100)), QLatin1String(kinds[int(item->kind)])));
        tensors.push_back(item->tensor);
        tensors.back().name = QString::fromUtf8(key->bytes);
    }
    if (tensors.empty())
        return error(tr("its state_dict is empty."));
    return tensors;
}

Expected<std::vector<QByteArray>> PickleReader::readStringList()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *list = value.value();
    if (list->kind != Value::Kind::List && list->kind != Value::Kind::Tuple)
        return error(tr("its list of storages is missing."));
    std::vector<QByteArray> keys;
    for (const Value *item : list->items) {
        if (item->kind != Value::Kind::Str)
            return error(tr("its list of storages holds something that is not a name."));
        keys.push_back(item->bytes);
    }
    return keys;
}

Expected<TarStorageRecord> PickleReader::readTarStorageRecord()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *record = value.value();
    TarStorageRecord result;
    bool cuda = false;
    if (record->kind != Value::Kind::Tuple || record->items.size() != 3 || !isInt(record->items[0]) || !isStr(record->items[1])
        || record->items[2]->kind != Value::Kind::Global || !pickleStorageType(record->items[2]->bytes, result.dtype, &cuda))
        return error(tr("a storage record of its tar archive is malformed."));
    result.key = record->items[0]->integer;
    m_traits.cuda = m_traits.cuda || cuda || record->items[1]->bytes.startsWith("cuda");
    return result;
}

Expected<TarTensorRecord> PickleReader::readTarTensorRecord()
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *record = value.value();
    WeightsDType dtype = WeightsDType::Float32;
    if (record->kind != Value::Kind::Tuple || record->items.size() != 3 || !isInt(record->items[0]) || !isInt(record->items[1])
        || record->items[2]->kind != Value::Kind::Global || !pickleTensorType(record->items[2]->bytes, dtype))
        return error(tr("a tensor record of its tar archive is malformed."));
    return TarTensorRecord{record->items[0]->integer, record->items[1]->integer};
}

Expected<std::vector<std::vector<qint64>>> PickleReader::readIntTuples(size_t width)
{
    auto value = parse();
    if (!value)
        return Unexpected{value.error()};
    const Value *list = value.value();
    std::vector<std::vector<qint64>> result;
    if (list->kind != Value::Kind::List && list->kind != Value::Kind::Tuple)
        return error(tr("its list of storage views is malformed."));
    for (const Value *item : list->items) {
        if (item->kind != Value::Kind::Tuple || item->items.size() != width)
            return error(tr("its list of storage views is malformed."));
        std::vector<qint64> numbers;
        for (const Value *number : item->items) {
            if (!isInt(number))
                return error(tr("its list of storage views is malformed."));
            numbers.push_back(number->integer);
        }
        result.push_back(std::move(numbers));
    }
    return result;
}

} // namespace nss
