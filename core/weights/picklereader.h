// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

#include "base/expected.h"
#include "weights/weightstypes.h"

namespace nss {

// A storage as a pickled state_dict refers to it (persistent id "storage").
struct PickledStorage
{
    QByteArray key;
    WeightsDType dtype = WeightsDType::Float32;
    qint64 numel = 0; // of the root storage
    qint64 viewOffset = 0; // legacy storage views: where the view starts in the root
    qint64 viewNumel = -1; // -1: the whole root
};

struct PickledTensor
{
    QString name;
    PickledStorage storage;
    qint64 storageOffset = 0; // in the root storage
    std::vector<qint64> shape;
    std::vector<qint64> strides;
};

// Checks that the tensor's shape, strides and offset lie inside its storage (or storage view),
// then makes the offset relative to the root storage; the problem in words, or empty.
QString placeTensor(PickledTensor &t);

// What the pickles of one file turned out to use, for the variant --check-weights prints.
struct PickleTraits
{
    int protocol = 0; // the highest PROTO seen
    bool rebuildV1 = false; // torch._utils._rebuild_tensor (4 arguments)
    bool rebuildV2 = false; // _rebuild_tensor_v2 (6 arguments)
    bool rebuildV2Metadata = false; // _rebuild_tensor_v2 with a 7th (metadata) argument
    bool tensorBuild = false; // torch.FloatTensor & co. filled by BUILD (PyTorch 0.1.x)
    bool variable = false; // Variables with a 5-tuple state
    bool views = false; // storage views (view_metadata)
    bool cuda = false; // torch.cuda.*Storage / cuda:N locations
    bool py2Strings = false; // SHORT_BINSTRING / BINSTRING (written by Python 2)
    bool py2OrderedDict = false; // OrderedDict built from a list of pairs (Python 2)
    bool stateDictMetadata = false; // OrderedDict with _metadata
};

// One record of the tar layout's `storages` member: (key, location, storage type).
struct TarStorageRecord
{
    qint64 key = 0;
    WeightsDType dtype = WeightsDType::Float32;
};

// One record of the tar layout's `tensors` member: (key, storage key, tensor type).
struct TarTensorRecord
{
    qint64 key = 0;
    qint64 storageKey = 0;
};

// Reads the pickles PyTorch writes around a state_dict. A data parser, not a pickle VM: it knows
// the opcodes of protocols 2 to 5 a state_dict uses and the few globals it names
// (collections.OrderedDict, torch._utils._rebuild_tensor[_v2], the storage and tensor classes,
// Variable); anything else is refused with a message. Nothing is ever called or imported.
// Every length is checked against `end` before anything is allocated.
// The opcodes are in picklereader.cpp, globals/REDUCE/NEWOBJ/BUILD in pickleglobals.cpp,
// persistent ids in picklepersistent.cpp, what each pickle of a layout must hold in
// picklestatedict.cpp.
class PickleReader
{
    Q_DECLARE_TR_FUNCTIONS(nss::PickleReader)

public:
    PickleReader(QIODevice &device, qint64 end, QString what);
    ~PickleReader();

    // The tar layout's pickle names tensors by a persistent id, the key of a `tensors` record.
    void setPersistentTensors(QHash<QByteArray, PickledTensor> tensors);
    void setEnd(qint64 end) { m_end = end; } // the next pickles lie before `end`
    const PickleTraits &traits() const { return m_traits; }

    Expected<QByteArray> readLongBytes(); // LONG1 raw bytes (the legacy magic number)
    Expected<qint64> readInt();
    Expected<bool> readSysInfoLittleEndian();
    Expected<std::vector<PickledTensor>> readStateDict();
    Expected<std::vector<QByteArray>> readStringList();
    Expected<TarStorageRecord> readTarStorageRecord();
    Expected<TarTensorRecord> readTarTensorRecord();
    // The tar layout's storage views: [(view key, root key, offset, numel), ...].
    Expected<std::vector<std::vector<qint64>>> readIntTuples(size_t width);

    // Internal, defined in picklevalue_p.h: a parsed value, the parser's state.
    struct Value;
    struct Machine;

private:
    Expected<Value *> parse();
    Status step(Machine &m, uchar op);
    Status scalarOp(Machine &m, uchar op);
    Status stringOp(Machine &m, uchar op);
    Status containerOp(Machine &m, uchar op);
    Status memoOp(Machine &m, uchar op);
    Status globalOp(Machine &m, uchar op);
    Status reduceOp(Machine &m);
    Status newObjOp(Machine &m);
    Status buildOp(Machine &m);
    Status persistentIdOp(Machine &m);
    Expected<Value *> storageFromId(const std::vector<Value *> &id);
    Expected<Value *> rebuildTensor(const std::vector<Value *> &args, bool v2);
    Status fillTensor(Value *tensor, const std::vector<Value *> &state);
    Value *make(int kind);
    Unexpected error(const QString &problem) const;

    QIODevice &m_device;
    qint64 m_end;
    QString m_what;
    std::vector<std::unique_ptr<Value>> m_arena;
    QHash<QByteArray, PickledTensor> m_persistentTensors;
    PickleTraits m_traits;
};

} // namespace nss
