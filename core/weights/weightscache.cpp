// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightscache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "base/cachefolder.h"

namespace nss {

namespace {

const QString kCacheFormat = QStringLiteral("nss-vgg19-features-1");

} // namespace

QString WeightsCache::pathFor(const QString &sourcePath)
{
    const QString folder = cacheFolder();
    if (folder.isEmpty())
        return {};
    const QString canonical = QFileInfo(sourcePath).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return folder + QStringLiteral("/vgg19-features-") + QString::fromLatin1(key) + QStringLiteral(".safetensors");
}

QMap<QString, QString> WeightsCache::identity(const QString &sourcePath, int deepestIndex)
{
    const QFileInfo info(sourcePath);
    return {{QStringLiteral("format"), kCacheFormat},
            {QStringLiteral("source"), info.canonicalFilePath()},
            {QStringLiteral("source_size"), QString::number(info.size())},
            {QStringLiteral("source_mtime_ms"), QString::number(info.lastModified().toMSecsSinceEpoch())},
            {QStringLiteral("deepest_index"), QString::number(deepestIndex)}};
}

bool WeightsCache::matches(const WeightsIndex &cached, const QString &sourcePath, int deepestIndex)
{
    const QMap<QString, QString> now = identity(sourcePath, deepestIndex);
    for (const QString &key :
         {QStringLiteral("format"), QStringLiteral("source"), QStringLiteral("source_size"), QStringLiteral("source_mtime_ms")}) {
        if (cached.metadata.value(key) != now.value(key))
            return false;
    }
    bool ok = false;
    const int deepest = cached.metadata.value(QStringLiteral("deepest_index")).toInt(&ok);
    return ok && deepest >= deepestIndex;
}

Status WeightsCache::write(const QString &path, const std::vector<TensorView> &tensors, const QMap<QString, QString> &metadata)
{
    QJsonObject header;
    QJsonObject meta;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        meta.insert(it.key(), it.value());
    header.insert(QStringLiteral("__metadata__"), meta);
    qint64 offset = 0;
    for (const TensorView &t : tensors) {
        QJsonArray shape;
        for (qint64 d : t.shape)
            shape.append(d);
        header.insert(t.name, QJsonObject{{QStringLiteral("dtype"), QStringLiteral("F32")},
                                          {QStringLiteral("shape"), shape},
                                          {QStringLiteral("data_offsets"), QJsonArray{offset, offset + t.bytes}}});
        offset += t.bytes;
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    json.append(QByteArray((8 - json.size() % 8) % 8, ' ')); // keeps the data 8-byte aligned
    QByteArray length(8, '\0');
    for (int i = 0; i < 8; ++i)
        length[i] = char((quint64(json.size()) >> (8 * i)) & 0xff);

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("nss::WeightsCache", "The weights cache %1 cannot be written: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(length);
    file.write(json);
    // Tensors in the order of the header's offsets (QJsonObject sorts keys, offsets do not care).
    for (const TensorView &t : tensors)
        file.write(t.data, t.bytes);
    if (!file.commit())
        return fail(QCoreApplication::translate("nss::WeightsCache", "The weights cache %1 cannot be written: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return succeeded();
}

} // namespace nss
