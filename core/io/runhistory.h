// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "base/runmasks.h"
#include "base/stylesettings.h"
#include "io/imageexport.h"

namespace nss {

// One kept result of a run: the picture at full resolution, and everything needed to make it again.
struct HistoryItem
{
    enum class Outcome { Finished, Stopped, Failed, Recovered };

    QString id; // the item's folder name; unique in its history, ordered by time
    StyleSettings settings; // as the run started (seed included)
    QList<LossWeightsChange> weightChanges; // the sliders moved during the run, in step order
    int step = 0; // the step the picture was taken at
    int totalSteps = 0;
    double totalLoss = 0.0;
    double elapsedSeconds = 0.0;
    QDateTime createdAt;
    Outcome outcome = Outcome::Finished;
    bool starred = false; // never removed to make room
    QSize pictureSize;
    qint64 bytes = 0; // on disk, every file of the item
    // Region masks painted for the run (issue 21), kept in the item's folder by RunHistory::add as
    // mask-style-N.png and mask-keep.png; read back, the settings' mask paths point at those files
    // and this is empty. A mask the settings name by path (a style's source mask too) is copied in
    // the same way.
    RunMasks masks;
    // A video job's result (issue 23): the painted video, copied by RunHistory::add into the item's
    // folder as video.<suffix>; read back, its path there. Empty for a picture.
    QString video;

    // The settings at the picture's step: what an export of it records.
    StyleSettings settingsUsed() const { return settingsAtStep(settings, weightChanges, step); }
    // What an export of the picture embeds: settingsUsed(), the step and the changes up to it.
    ExportMetadata metadata() const;
    QJsonObject toJson() const;
    static Expected<HistoryItem> fromJson(const QJsonObject &json);

    Q_DECLARE_TR_FUNCTIONS(nss::HistoryItem)
};

QString toString(HistoryItem::Outcome outcome); // "finished", "stopped", "failed", "recovered"

// The run history (the film strip): every run's result kept in a folder of the app's data
// location, one subfolder per item holding picture.png (full resolution, settings embedded),
// thumbnail.png and item.json. An item is written in a hidden folder and renamed into place,
// so a crash leaves it whole or absent. Disk use is bounded by prune(): oldest first, never a
// starred item. Not synchronised: one thread at a time per folder (a worker thread is fine).
class RunHistory
{
public:
    // <AppLocalDataLocation>/history: data, not cache (it must survive a cache clean-up).
    static QString defaultFolder();
    static constexpr int kThumbnailSize = 160; // longest side, pixels

    explicit RunHistory(QString folder = defaultFolder());
    QString folder() const { return m_folder; }

    // Keeps `picture` with `item`'s description. An empty item.id gets one from item.createdAt
    // (or now); an id already in the history is refused. Returns the item as stored.
    Expected<HistoryItem> add(HistoryItem item, const QImage &picture);
    // Every readable item, newest first; a damaged item folder is skipped.
    QList<HistoryItem> items() const;
    Expected<HistoryItem> item(const QString &id) const;
    bool contains(const QString &id) const;
    QString picturePath(const QString &id) const;
    Expected<QImage> picture(const QString &id) const;
    QImage thumbnail(const QString &id) const;

    Status setStarred(const QString &id, bool starred);
    Status remove(const QString &id);
    // Removes the oldest items that are not starred until the history takes at most maxBytes
    // (the newest item is always kept); the ids removed. Also clears unfinished writes.
    QStringList prune(qint64 maxBytes);
    qint64 totalBytes() const;

    // A project's results: copies the items `ids` into `folder` (another history's folder, e.g.
    // "work.results" beside "work.nssproj"); items already there are kept as they are.
    Status copyItemsTo(const QStringList &ids, const QString &folder) const;
    // Takes in the items of the history in `folder` that this one lacks; the ids taken.
    QStringList adoptItemsFrom(const QString &folder);

    Q_DECLARE_TR_FUNCTIONS(nss::RunHistory)

private:
    static Status copyItem(const QString &from, const QString &toFolder, const QString &id);
    QString itemFolder(const QString &id) const;
    Status writeDescription(const QString &folder, const HistoryItem &item) const;

    QString m_folder;
};

} // namespace nss
