// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QFileInfo>
#include <QMap>
#include <QString>

#include "base/expected.h"
#include "weights/weightstypes.h"

namespace nss {

// The compact cache of a weights file's VGG-19 features: a float32 safetensors file in
// QStandardPaths::CacheLocation whose metadata names the source (path, size, modification time)
// and the deepest feature index it holds; a changed source file no longer matches it.
class WeightsCache
{
public:
    struct TensorView
    {
        QString name;
        std::vector<qint64> shape;
        const char *data = nullptr; // float32, contiguous
        qint64 bytes = 0;
    };

    // Empty when the platform has no cache folder.
    static QString pathFor(const QString &sourcePath);
    static QMap<QString, QString> identity(const QString &sourcePath, int deepestIndex);
    // True when `cached` was made from the source as it is now, with at least deepestIndex.
    static bool matches(const WeightsIndex &cached, const QString &sourcePath, int deepestIndex);
    static Status write(const QString &path, const std::vector<TensorView> &tensors, const QMap<QString, QString> &metadata);
};

} // namespace nss
