// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/runhistory.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include "base/atomicfile.h"
#include "io/imageexport.h"
#include "io/imageloader.h"

namespace nss {

namespace {

constexpr const char *kItemFormat = "neural-style-studio-history-item";
constexpr int kItemVersion = 1;
const QString kPictureName = QStringLiteral("picture.png");
const QString kThumbnailName = QStringLiteral("thumbnail.png");
const QString kDescriptionName = QStringLiteral("item.json");
const QString kUnfinishedPrefix = QStringLiteral(".writing-");
const QString kMaskPrefix = QStringLiteral("mask-");
const QString kVideoBase = QStringLiteral("video");

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const std::pair<HistoryItem::Outcome, const char *> kOutcomeNames[] = {
    {HistoryItem::Outcome::Finished, "finished"},
    {HistoryItem::Outcome::Stopped, "stopped"},
    {HistoryItem::Outcome::Failed, "failed"},
    {HistoryItem::Outcome::Recovered, "recovered"},
};

// Keeps the item's masks in `folder` and points its settings at them, by names relative to the
// folder (RunHistory::item makes them absolute again). A painted mask is written as a grey PNG; one
// the settings name by path is copied as it is. A mask that cannot be kept stays as it was: the
// picture matters more, and restoring the settings says which mask is missing.
void keepMasks(HistoryItem &item, const QString &folder)
{
    const auto keep = [&folder](const QImage &painted, QString &path, const QString &name) {
        QString file;
        if (!painted.isNull()) {
            file = name + QStringLiteral(".png");
            if (!painted.save(folder + QLatin1Char('/') + file, "PNG"))
                return;
        } else if (!path.isEmpty() && QFileInfo(path).isFile()) {
            const QString suffix = QFileInfo(path).suffix();
            file = suffix.isEmpty() ? name : name + QLatin1Char('.') + suffix;
            if (!QFile::copy(path, folder + QLatin1Char('/') + file))
                return;
        } else {
            return;
        }
        path = file;
    };
    for (int i = 0; i < item.settings.styles.size(); ++i) {
        keep(item.masks.styles.value(i), item.settings.styles[i].maskPath, kMaskPrefix + QStringLiteral("style-%1").arg(i + 1));
        keep(QImage(), item.settings.styles[i].sourceMaskPath, kMaskPrefix + QStringLiteral("source-%1").arg(i + 1));
    }
    keep(item.masks.keep, item.settings.keepMaskPath, kMaskPrefix + QStringLiteral("keep"));
    item.masks = {};
}

} // namespace

QString toString(HistoryItem::Outcome outcome)
{
    for (const auto &[value, name] : kOutcomeNames)
        if (value == outcome)
            return QLatin1String(name);
    return {};
}

ExportMetadata HistoryItem::metadata() const
{
    return metadataAtStep(settings, weightChanges, step);
}

QJsonObject HistoryItem::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kItemFormat)},
        {QStringLiteral("version"), kItemVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("lossWeightChanges"), lossWeightsChangesToJson(weightChanges)},
        {QStringLiteral("step"), step},
        {QStringLiteral("totalSteps"), totalSteps},
        {QStringLiteral("totalLoss"), totalLoss},
        {QStringLiteral("elapsedSeconds"), elapsedSeconds},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("outcome"), toString(outcome)},
        {QStringLiteral("starred"), starred},
        {QStringLiteral("width"), pictureSize.width()},
        {QStringLiteral("height"), pictureSize.height()},
    };
    if (!video.isEmpty()) // only for a video's result: a picture's item keeps its bytes
        json.insert(QStringLiteral("video"), video);
    return json;
}

Expected<HistoryItem> HistoryItem::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kItemFormat))
        return fail(tr("This is not a Neural Style Studio history item."));
    if (json.value(QLatin1String("version")).toInt() > kItemVersion)
        return fail(tr("This history item was made by a newer version of Neural Style Studio."));
    auto settings = StyleSettings::fromJson(json.value(QLatin1String("settings")).toObject());
    if (!settings)
        return fail(settings.error());
    HistoryItem item;
    item.id = json.value(QLatin1String("id")).toString();
    item.settings = std::move(settings).value();
    item.weightChanges = lossWeightsChangesFromJson(json.value(QLatin1String("lossWeightChanges")).toArray());
    item.step = json.value(QLatin1String("step")).toInt();
    item.totalSteps = json.value(QLatin1String("totalSteps")).toInt();
    item.totalLoss = json.value(QLatin1String("totalLoss")).toDouble();
    item.elapsedSeconds = json.value(QLatin1String("elapsedSeconds")).toDouble();
    item.createdAt = QDateTime::fromString(json.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    const QString outcome = json.value(QLatin1String("outcome")).toString();
    for (const auto &[value, name] : kOutcomeNames)
        if (outcome == QLatin1String(name))
            item.outcome = value;
    item.starred = json.value(QLatin1String("starred")).toBool();
    item.pictureSize = QSize(json.value(QLatin1String("width")).toInt(), json.value(QLatin1String("height")).toInt());
    item.video = json.value(QLatin1String("video")).toString();
    return item;
}

QString RunHistory::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/history");
}

RunHistory::RunHistory(QString folder)
    : m_folder(std::move(folder))
{ }

QString RunHistory::itemFolder(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id;
}

QString RunHistory::picturePath(const QString &id) const
{
    return itemFolder(id) + QLatin1Char('/') + kPictureName;
}

bool RunHistory::contains(const QString &id) const
{
    return !id.isEmpty() && QFileInfo(itemFolder(id) + QLatin1Char('/') + kDescriptionName).isFile();
}

Status RunHistory::writeDescription(const QString &folder, const HistoryItem &item) const
{
    return writeFileAtomically(folder + QLatin1Char('/') + kDescriptionName, QJsonDocument(item.toJson()).toJson());
}

Expected<HistoryItem> RunHistory::add(HistoryItem item, const QImage &picture)
{
    if (picture.isNull())
        return fail(tr("There is no picture to keep in the history."));
    if (!QDir().mkpath(m_folder))
        return fail(tr("The history folder %1 could not be created.").arg(native(m_folder)));
    if (!item.createdAt.isValid())
        item.createdAt = QDateTime::currentDateTimeUtc();
    if (item.id.isEmpty()) {
        const QString base = item.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        item.id = base;
        for (int n = 2; QFileInfo::exists(itemFolder(item.id)); ++n)
            item.id = base + QLatin1Char('-') + QString::number(n);
    } else if (item.id.contains(QLatin1Char('/')) || item.id.startsWith(QLatin1Char('.'))) {
        return fail(tr("\"%1\" cannot name a history item.").arg(item.id));
    } else if (QFileInfo::exists(itemFolder(item.id))) {
        return fail(tr("The history already holds an item named %1.").arg(item.id));
    }
    item.pictureSize = picture.size();

    // Everything goes to a hidden folder first and is renamed into place at the end.
    const QString writing = m_folder + QLatin1Char('/') + kUnfinishedPrefix + item.id;
    QDir(writing).removeRecursively();
    if (!QDir().mkpath(writing))
        return fail(tr("The history folder %1 is not writable.").arg(native(m_folder)));
    const auto abandon = [&](const QString &why) {
        QDir(writing).removeRecursively();
        return fail(tr("The picture could not be kept in the history: %1").arg(why));
    };
    keepMasks(item, writing); // before the picture: its metadata names them, beside it
    if (!item.video.isEmpty()) {
        const QString suffix = QFileInfo(item.video).suffix();
        const QString name = suffix.isEmpty() ? kVideoBase : kVideoBase + QLatin1Char('.') + suffix;
        // The picture matters more: without room for the video the item keeps the last frame alone.
        item.video = QFile::copy(item.video, writing + QLatin1Char('/') + name) ? name : QString();
    }
    if (Status saved = exportImage(picture, writing + QLatin1Char('/') + kPictureName, item.metadata()); !saved)
        return abandon(saved.error());
    const QImage thumb = picture.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (Status saved = exportImage(thumb, writing + QLatin1Char('/') + kThumbnailName,
                                   ExportMetadata{item.settings, item.step, {}}, {ExportFormat::Png, 95, true});
        !saved)
        return abandon(saved.error());
    if (Status saved = writeDescription(writing, item); !saved)
        return abandon(saved.error());
    if (!QDir().rename(writing, itemFolder(item.id)))
        return abandon(tr("%1 could not be renamed.").arg(native(writing)));
    item.bytes = folderBytes(itemFolder(item.id));
    return this->item(item.id); // as read back: the masks' paths in the item's folder
}

Expected<HistoryItem> RunHistory::item(const QString &id) const
{
    QFile file(itemFolder(id) + QLatin1Char('/') + kDescriptionName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The history item %1 cannot be read: %2").arg(id, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("The history item %1 is damaged: %2").arg(id, error.errorString()));
    auto item = HistoryItem::fromJson(document.object());
    if (!item)
        return fail(tr("The history item %1 is damaged: %2").arg(id, item.error()));
    item->id = id; // the folder's name is the truth
    const QDir folder(itemFolder(id));
    const auto inFolder = [&folder](QString &path) {
        if (!path.isEmpty() && QFileInfo(path).isRelative())
            path = folder.filePath(path);
    };
    for (StyleSource &style : item->settings.styles) {
        inFolder(style.maskPath);
        inFolder(style.sourceMaskPath);
    }
    inFolder(item->settings.keepMaskPath);
    inFolder(item->video);
    item->bytes = folderBytes(itemFolder(id));
    return item;
}

QList<HistoryItem> RunHistory::items() const
{
    QList<HistoryItem> found;
    const QStringList folders = QDir(m_folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : folders)
        if (auto item = this->item(id); item.ok() && QFileInfo(picturePath(id)).isFile())
            found.append(std::move(item).value());
    std::stable_sort(found.begin(), found.end(), [](const HistoryItem &a, const HistoryItem &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return found;
}

Expected<QImage> RunHistory::picture(const QString &id) const
{
    return loadImage(picturePath(id));
}

QImage RunHistory::thumbnail(const QString &id) const
{
    QImage thumb(itemFolder(id) + QLatin1Char('/') + kThumbnailName);
    if (thumb.isNull()) { // made again from the picture when the small copy is gone
        const QImage full(picturePath(id));
        if (!full.isNull())
            thumb = full.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return thumb;
}

Status RunHistory::setStarred(const QString &id, bool starred)
{
    auto item = this->item(id);
    if (!item)
        return fail(item.error());
    item->starred = starred;
    return writeDescription(itemFolder(id), item.value());
}

Status RunHistory::remove(const QString &id)
{
    if (id.isEmpty() || !QFileInfo(itemFolder(id)).isDir())
        return fail(tr("The history has no item %1.").arg(id));
    if (!QDir(itemFolder(id)).removeRecursively())
        return fail(tr("The history item %1 could not be removed from %2.").arg(id, native(m_folder)));
    return succeeded();
}

QStringList RunHistory::prune(qint64 maxBytes)
{
    const QStringList unfinished =
        QDir(m_folder).entryList({kUnfinishedPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : unfinished)
        QDir(m_folder + QLatin1Char('/') + name).removeRecursively();
    QList<HistoryItem> all = items(); // newest first
    qint64 total = 0;
    for (const HistoryItem &item : std::as_const(all))
        total += item.bytes;
    QStringList removed;
    for (qsizetype i = all.size() - 1; i >= 1 && total > maxBytes; --i) {
        if (all[i].starred)
            continue;
        if (remove(all[i].id)) {
            total -= all[i].bytes;
            removed.append(all[i].id);
        }
    }
    return removed;
}

Status RunHistory::copyItem(const QString &from, const QString &toFolder, const QString &id)
{
    const QString writing = toFolder + QLatin1Char('/') + kUnfinishedPrefix + id;
    QDir(writing).removeRecursively();
    if (!QDir().mkpath(writing))
        return fail(tr("The folder %1 could not be created.").arg(native(toFolder)));
    QStringList names{kPictureName, kThumbnailName, kDescriptionName};
    names += QDir(from).entryList({kMaskPrefix + QLatin1Char('*'), kVideoBase + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : std::as_const(names)) {
        const QString source = from + QLatin1Char('/') + name;
        if (!QFileInfo::exists(source) && name == kThumbnailName)
            continue; // made again from the picture when needed
        if (!QFile::copy(source, writing + QLatin1Char('/') + name)) {
            QDir(writing).removeRecursively();
            return fail(tr("%1 could not be copied to %2.").arg(native(source), native(toFolder)));
        }
    }
    if (!QDir().rename(writing, toFolder + QLatin1Char('/') + id)) {
        QDir(writing).removeRecursively();
        return fail(tr("%1 could not be renamed.").arg(native(writing)));
    }
    return succeeded();
}

Status RunHistory::copyItemsTo(const QStringList &ids, const QString &folder) const
{
    const RunHistory target(folder);
    for (const QString &id : ids) {
        if (target.contains(id))
            continue;
        if (!contains(id))
            return fail(tr("The history has no item %1.").arg(id));
        if (Status copied = copyItem(itemFolder(id), folder, id); !copied)
            return copied;
    }
    return succeeded();
}

QStringList RunHistory::adoptItemsFrom(const QString &folder)
{
    QStringList adopted;
    const RunHistory source(folder);
    if (!QDir().mkpath(m_folder))
        return adopted;
    for (const HistoryItem &item : source.items())
        if (!contains(item.id) && copyItem(source.itemFolder(item.id), m_folder, item.id))
            adopted.append(item.id);
    return adopted;
}

qint64 RunHistory::totalBytes() const
{
    return QFileInfo(m_folder).isDir() ? folderBytes(m_folder) : 0;
}

} // namespace nss
