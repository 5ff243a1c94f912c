// SPDX-License-Identifier: GPL-3.0-or-later
// The weights reader, as the app runs it on a file a user downloaded: tell the format apart by
// content (PyTorch's legacy pickle, its zip format, safetensors), list the tensors, check them
// against VGG-19. Every input must give either a readable error or an index whose every record
// lies inside the file, so that reading the tensor data later (vggweights.cpp, which trusts the
// index) can never read outside it. Nothing may crash, hang or allocate without bound.

#include <QBuffer>
#include <QByteArray>

#include "fuzzsupport.h"
#include "weights/weightsfile.h"
#include "weights/weightsindex.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nss::fuzz::initQt(argc, argv);
    return 0;
}

namespace {

// The promises weightstypes.h makes for every TensorRecord, checked without overflow.
void checkRecord(const nss::TensorRecord &r, qint64 fileSize)
{
    const qint64 itemSize = nss::dtypeSize(r.dtype);
    NSS_FUZZ_CHECK(itemSize > 0);
    NSS_FUZZ_CHECK(r.dataOffset >= 0 && r.dataOffset <= fileSize);
    NSS_FUZZ_CHECK(r.storageNumel >= 0 && r.storageNumel <= (fileSize - r.dataOffset) / itemSize);
    NSS_FUZZ_CHECK(r.shape.size() == r.strides.size());
    NSS_FUZZ_CHECK(r.storageOffset >= 0);
    bool empty = false;
    for (const qint64 dim : r.shape) {
        NSS_FUZZ_CHECK(dim >= 0);
        empty = empty || dim == 0;
    }
    if (empty)
        return;
    // The last element the strided view touches must lie inside the storage.
    qint64 last = r.storageOffset;
    for (size_t i = 0; i < r.shape.size(); ++i) {
        NSS_FUZZ_CHECK(r.strides[i] >= 0);
        NSS_FUZZ_CHECK(r.strides[i] == 0 || r.shape[i] - 1 <= (r.storageNumel - last) / r.strides[i]);
        last += (r.shape[i] - 1) * r.strides[i];
    }
    NSS_FUZZ_CHECK(last < r.storageNumel);
    NSS_FUZZ_CHECK(r.numel() >= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    const auto index = nss::indexWeights(buffer, QStringLiteral("fuzz input"));
    if (!index.ok()) {
        NSS_FUZZ_CHECK(!index.error().isEmpty());
        return 0;
    }
    NSS_FUZZ_CHECK(index->fileSize == static_cast<qint64>(size));
    for (const auto &record : index->tensors) {
        checkRecord(record, index->fileSize);
        NSS_FUZZ_CHECK(index->find(record.name) != nullptr);
    }
    // What --check-weights and the engine do next with an index; either answer is fine.
    const auto layout = nss::checkVgg19Layout(index.value(), 34, QStringLiteral("fuzz input"));
    NSS_FUZZ_CHECK(layout.ok() || !layout.error().isEmpty());
    return 0;
}
