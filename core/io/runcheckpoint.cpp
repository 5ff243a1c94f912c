// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/runcheckpoint.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include "base/atomicfile.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

// The file: this line, the header's length (4 bytes, little-endian), the header (compact JSON), the picture.
constexpr char kMagic[] = "Neural Style Studio run checkpoint 1\n";
constexpr qsizetype kMagicLength = sizeof(kMagic) - 1;
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

void addImage(QCryptographicHash &hash, const QImage &image)
{
    const qint32 head[3] = {qint32(image.format()), qint32(image.width()), qint32(image.height())};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(head), sizeof(head)));
    const qsizetype lineBytes = (qsizetype(image.width()) * image.depth() + 7) / 8; // without the lines' padding
    for (int y = 0; y < image.height(); ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(image.constScanLine(y)), lineBytes));
}

bool isLittleEndianFloat32Picture(QByteArrayView bytes)
{
    // Every value a finite number: a NaN would poison every later step.
    const qsizetype count = bytes.size() / 4;
    const char *data = bytes.constData();
    for (qsizetype i = 0; i < count; ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(data + 4 * i);
        float value;
        std::memcpy(&value, &bits, 4);
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

QByteArray toLittleEndian(const QByteArray &picture)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    return picture;
#else
    QByteArray swapped(picture.size(), Qt::Uninitialized);
    qToLittleEndian<quint32>(picture.constData(), picture.size() / 4, swapped.data());
    return swapped;
#endif
}

} // namespace

QByteArray runFingerprint(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                          const QImage &initImage)
{
    StyleSettings what = settings;
    // How the run is computed, not what: a run stopped on 2 threads may continue on 8, or in tiles.
    const StyleSettings defaults;
    what.threads = defaults.threads;
    what.precision = defaults.precision;
    what.device = defaults.device;
    what.tileSize = defaults.tileSize;
    what.frameEvery = defaults.frameEvery;
    // The pictures count by their pixels: a photo moved to another folder is the same photo.
    what.contentPath.clear();
    what.initPath.clear();
    for (StyleSource &style : what.styles)
        style.path.clear();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kMagic);
    hash.addData(QJsonDocument(what.toJson()).toJson(QJsonDocument::Compact));
    addImage(hash, content);
    for (const QImage &style : styles)
        addImage(hash, style);
    addImage(hash, settings.init == InitMode::Image ? initImage : QImage());
    return hash.result().toHex();
}

Status saveRunCheckpoint(const QString &path, const RunCheckpoint &checkpoint)
{
    // Adam's memory only when whole: without it the run still continues, from the picture.
    const qsizetype pictureBytes = checkpoint.picture.size();
    const bool withAdam = checkpoint.adamSteps > 0 && checkpoint.adamPoint.size() == pictureBytes
        && checkpoint.adamExpAvg.size() == pictureBytes && checkpoint.adamExpAvgSq.size() == pictureBytes;
    QList<QByteArray> blobs{checkpoint.picture};
    if (withAdam)
        blobs << checkpoint.adamPoint << checkpoint.adamExpAvg << checkpoint.adamExpAvgSq;
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    for (QByteArray &blob : blobs) {
        blob = toLittleEndian(blob);
        sha1.addData(blob);
    }
    QJsonObject header{
        {QStringLiteral("fingerprint"), QString::fromLatin1(checkpoint.fingerprint)},
        {QStringLiteral("step"), checkpoint.step},
        {QStringLiteral("totalSteps"), checkpoint.totalSteps},
        {QStringLiteral("scale"), checkpoint.scale},
        {QStringLiteral("scaleFirstStep"), checkpoint.scaleFirstStep},
        {QStringLiteral("inAdamFinish"), checkpoint.inAdamFinish},
        {QStringLiteral("contentWeight"), checkpoint.contentWeight},
        {QStringLiteral("styleWeight"), checkpoint.styleWeight},
        {QStringLiteral("tvWeight"), checkpoint.tvWeight},
        {QStringLiteral("width"), checkpoint.width},
        {QStringLiteral("height"), checkpoint.height},
        {QStringLiteral("adamSteps"), withAdam ? checkpoint.adamSteps : 0},
        {QStringLiteral("pictureSha1"), QString::fromLatin1(sha1.result().toHex())},
        {QStringLiteral("savedAt"), checkpoint.savedAt.toUTC().toString(Qt::ISODate)},
    };
    // The losses only when they are numbers (JSON has no NaN): a reader takes a missing one as unknown.
    const std::pair<const char *, double> losses[] = {{"contentLoss", checkpoint.contentLoss},
                                                      {"styleLoss", checkpoint.styleLoss},
                                                      {"tvLoss", checkpoint.tvLoss},
                                                      {"totalLoss", checkpoint.totalLoss}};
    for (const auto &[key, value] : losses)
        if (std::isfinite(value))
            header.insert(QLatin1String(key), value);
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    char length[4];
    qToLittleEndian<quint32>(quint32(headerBytes.size()), length);
    // In pieces: at 8192 px a picture is 600 MB, not to be copied again.
    QList<QByteArrayView> pieces{QByteArrayView(kMagic, kMagicLength), QByteArrayView(length, 4), headerBytes};
    for (const QByteArray &blob : blobs)
        pieces << blob;
    return writeFileAtomically(path, pieces);
}

Expected<RunCheckpoint> loadRunCheckpoint(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto damaged = [&shown](const QString &why) {
        return fail(tr("The checkpoint %1 is damaged (%2). Delete it to start the run afresh.").arg(shown, why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the checkpoint %1: %2").arg(shown, file.errorString()));
    // Four of the largest pictures (8192 x 8192 in float) and a header: anything longer is not a checkpoint.
    constexpr qint64 kMaxBytes = 4 * 3LL * kMaxOutputSize * kMaxOutputSize * 4 + kMagicLength + 4 + kMaxHeaderBytes;
    if (file.size() > kMaxBytes)
        return damaged(tr("%1 MB is larger than any checkpoint").arg(file.size() / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return fail(tr("Cannot read the checkpoint %1: %2").arg(shown, file.errorString()));
    if (bytes.size() < kMagicLength + 4 || !bytes.startsWith(QByteArrayView(kMagic, kMagicLength)))
        return fail(tr("%1 is not a Neural Style Studio checkpoint. Name another file with --checkpoint, or delete it.").arg(shown));
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + kMagicLength);
    if (headerLength > kMaxHeaderBytes || kMagicLength + 4 + qsizetype(headerLength) > bytes.size())
        return damaged(tr("its header is cut short"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(kMagicLength + 4, headerLength), &error);
    if (!document.isObject())
        return damaged(tr("its header is not readable: %1").arg(error.errorString()));
    const QJsonObject header = document.object();

    RunCheckpoint checkpoint;
    const auto integer = [&header](const char *key, int low, int high, int *out) {
        const QJsonValue value = header.value(QLatin1String(key));
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != std::floor(number) || number < low || number > high)
            return false;
        *out = int(number);
        return true;
    };
    // Keys that came later are optional (0 when absent).
    const auto real = [&header](const char *key, double *out, bool optional = false) {
        const QJsonValue value = header.value(QLatin1String(key));
        if (optional && value.isUndefined())
            return true;
        *out = value.toDouble();
        return value.isDouble() && std::isfinite(*out) && *out >= 0.0;
    };
    checkpoint.fingerprint = header.value(QStringLiteral("fingerprint")).toString().toLatin1();
    checkpoint.totalLoss = std::numeric_limits<double>::infinity(); // unknown unless the file says
    checkpoint.inAdamFinish = header.value(QStringLiteral("inAdamFinish")).toBool();
    checkpoint.savedAt = QDateTime::fromString(header.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    if (checkpoint.fingerprint.isEmpty() || !integer("totalSteps", 1, kMaxSteps, &checkpoint.totalSteps)
        || !integer("step", 0, checkpoint.totalSteps - 1, &checkpoint.step) || !integer("scale", 0, kMaxScales - 1, &checkpoint.scale)
        || !integer("scaleFirstStep", 0, checkpoint.step, &checkpoint.scaleFirstStep)
        || !integer("width", 1, kMaxOutputSize, &checkpoint.width) || !integer("height", 1, kMaxOutputSize, &checkpoint.height)
        || !real("contentWeight", &checkpoint.contentWeight) || !real("styleWeight", &checkpoint.styleWeight)
        || !real("tvWeight", &checkpoint.tvWeight) || !real("contentLoss", &checkpoint.contentLoss, true)
        || !real("styleLoss", &checkpoint.styleLoss, true) || !real("tvLoss", &checkpoint.tvLoss, true)
        || !real("totalLoss", &checkpoint.totalLoss, true))
        return damaged(tr("a value of its header is missing or out of range"));
    double adamSteps = 0.0;
    if (!real("adamSteps", &adamSteps, true) || adamSteps != std::floor(adamSteps) || adamSteps > 1e12)
        return damaged(tr("a value of its header is missing or out of range"));
    checkpoint.adamSteps = qint64(adamSteps);
    const qsizetype pictureBytes = 3 * qsizetype(checkpoint.width) * checkpoint.height * 4;
    const qsizetype blobs = checkpoint.adamSteps > 0 ? 4 : 1;
    const qsizetype bodyAt = kMagicLength + 4 + qsizetype(headerLength);
    if (bytes.size() - bodyAt != blobs * pictureBytes)
        return damaged(tr("its picture is %1 bytes, not %2").arg(bytes.size() - bodyAt).arg(blobs * pictureBytes));
    const QByteArrayView body = QByteArrayView(bytes).sliced(bodyAt);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(body);
    if (sha1.result().toHex() != header.value(QStringLiteral("pictureSha1")).toString().toLatin1())
        return damaged(tr("its picture does not match its checksum"));
    if (!isLittleEndianFloat32Picture(body))
        return damaged(tr("its picture holds a value that is not a number"));
    // The same swap reads them back on a big-endian machine.
    const auto blob = [&](qsizetype i) { return toLittleEndian(body.sliced(i * pictureBytes, pictureBytes).toByteArray()); };
    checkpoint.picture = blob(0);
    if (blobs == 4) {
        checkpoint.adamPoint = blob(1);
        checkpoint.adamExpAvg = blob(2);
        checkpoint.adamExpAvgSq = blob(3);
    }
    return checkpoint;
}

} // namespace nss
