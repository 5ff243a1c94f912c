// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the weights index: what weightsindex.cpp (detection, zip, safetensors) and
// weightslegacy.cpp (the legacy pickle and tar layouts) share. Each .cpp has its own tr(), in
// context "nss" (where lupdate files a namespace-level tr()).

#include <QHash>
#include <QIODevice>
#include <QString>

#include "base/expected.h"
#include "weights/picklereader.h"
#include "weights/weightstypes.h"

namespace nss {

Unexpected bad(const QString &what, const QString &problem);
// A layout the reader does not know: `problem`, then how to report the file with its first bytes.
Unexpected unknownLayout(QIODevice &device, const QString &what, const QString &problem);
bool readAt(QIODevice &device, qint64 offset, qint64 n, QByteArray &out);
quint64 le(const QByteArray &bytes, int at, int width);
TensorRecord fromPickled(const PickledTensor &t, qint64 dataOffset);
// The storages a state_dict refers to, each once; two tensors naming one storage must agree on it.
Expected<QHash<QByteArray, PickledStorage>> storagesOf(const std::vector<PickledTensor> &tensors, const QString &what);
// The variant line for a pickle-based file: protocol, tensor style, views, strings, ...
QString pickleVariant(const PickleTraits &traits);

Expected<WeightsIndex> indexLegacy(QIODevice &device, const QString &what);
Expected<WeightsIndex> indexTar(QIODevice &device, const QString &what);

} // namespace nss
