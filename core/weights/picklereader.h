#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
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
    qint64 numel = 0;      // of the root storage
    qint64 viewOffset = 0; // legacy storage views: where the view starts in the root
    qint64 viewNumel = -1; // -1: the whole root
};

struct PickledTensor
{
    QString name;
    PickledStorage storage;
    qint64 storageOffset = 0;
    std::vector<qint64> shape;
    std::vector<qint64> strides;
};

// Reads the pickles PyTorch writes around a state_dict. A data parser, not a pickle VM: it knows
// the protocol-2 opcodes a state_dict uses and the few globals it names (collections.OrderedDict,
// torch._utils._rebuild_tensor[_v2], the storage classes); anything else is refused with a message.
// Every length is checked against `end` before anything is allocated.
class PickleReader
{
    Q_DECLARE_TR_FUNCTIONS(nss::PickleReader)

public:
    PickleReader(QIODevice &device, qint64 end, QString what);
    ~PickleReader();

    Expected<QByteArray> readLongBytes();  // LONG1 raw bytes (the legacy magic number)
    Expected<qint64> readInt();
    Expected<bool> readSysInfoLittleEndian();
    Expected<std::vector<PickledTensor>> readStateDict();
    Expected<std::vector<QByteArray>> readStringList();

private:
    struct Value;
    Expected<Value *> parse();
    Unexpected error(const QString &problem) const;

    QIODevice &m_device;
    qint64 m_end;
    QString m_what;
    std::vector<std::unique_ptr<Value>> m_arena;
};

} // namespace nss
