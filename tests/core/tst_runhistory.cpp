// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "io/imageexport.h"
#include "io/runhistory.h"

using namespace nss;

class TestRunHistory : public QObject
{
    Q_OBJECT

    static StyleSettings settings(quint64 seed)
    {
        StyleSettings s;
        s.contentPath = QStringLiteral("/photos/harbour.jpg"); // need not exist
        s.styles = {{QStringLiteral("/paintings/wave.png"), 1.0}};
        s.seed = seed;
        s.steps = 300;
        return s;
    }

    static QImage picture(int w, int h, QRgb colour)
    {
        QImage image(w, h, QImage::Format_RGB888);
        image.fill(colour);
        image.setPixel(1, 2, qRgb(9, 8, 7));
        return image;
    }

    static HistoryItem describe(quint64 seed, const QDateTime &when)
    {
        HistoryItem item;
        item.settings = settings(seed);
        item.step = 120;
        item.totalSteps = 300;
        item.totalLoss = 0.25;
        item.createdAt = when;
        item.outcome = HistoryItem::Outcome::Stopped;
        return item;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void itLivesInTheDataFolderNotTheCache()
    {
        const QString folder = RunHistory::defaultFolder();
        QVERIFY(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(!folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    }

    // The picture at full resolution, its settings with the weights as they changed, its seed and time.
    void aResultIsKeptWholeAndReadBack()
    {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("history")));
        HistoryItem item = describe(42, QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs));
        item.weightChanges = {{40, 1.0, 5.0e5, 0.0}, {90, 2.0, 1.0e6, 1.0e-3}};
        const QImage full = picture(1200, 800, qRgb(200, 100, 50));
        const auto added = history.add(item, full);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(!added->id.isEmpty());
        QVERIFY(history.contains(added->id));

        const QList<HistoryItem> all = history.items();
        QCOMPARE(all.size(), 1);
        const HistoryItem &back = all.first();
        QCOMPARE(back.id, added->id);
        QCOMPARE(back.settings.seed, quint64(42));
        QCOMPARE(back.weightChanges, item.weightChanges);
        QCOMPARE(back.step, 120);
        QVERIFY(back.outcome == HistoryItem::Outcome::Stopped);
        QCOMPARE(back.createdAt, item.createdAt);
        QCOMPARE(back.pictureSize, QSize(1200, 800));
        QVERIFY(back.bytes > 0);

        const auto image = history.picture(back.id);
        QVERIFY2(image.ok(), qPrintable(image.error()));
        QCOMPARE(image->size(), full.size());
        QCOMPARE(image->convertToFormat(QImage::Format_RGB888), full); // lossless, full resolution
        QCOMPARE(history.thumbnail(back.id).size(), QSize(160, 106));

        // The picture's embedded settings are those in force at its step (the second change was at 90).
        const auto metadata = readImageMetadata(history.picturePath(back.id));
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.styleWeight, 1.0e6);
        QCOMPARE(metadata->settings.tvWeight, 1.0e-3);
        QCOMPARE(metadata->step, 120);
        QCOMPARE(metadata->weightChanges, item.weightChanges); // the whole story travels with the file
    }

    void settingsAtAStepFollowTheChanges()
    {
        const StyleSettings started = settings(1);
        const QList<LossWeightsChange> changes{{10, 2.0, 3.0, 4.0}, {20, 5.0, 6.0, 7.0}};
        QCOMPARE(settingsAtStep(started, changes, 9).styleWeight, started.styleWeight);
        QCOMPARE(settingsAtStep(started, changes, 10).styleWeight, 3.0);
        QCOMPARE(settingsAtStep(started, changes, 300).contentWeight, 5.0);
    }

    void newestComesFirstAndIdsAreUnique()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        const QDateTime when = QDateTime::currentDateTimeUtc();
        const auto a = history.add(describe(1, when.addSecs(-60)), picture(20, 10, qRgb(1, 1, 1)));
        const auto b = history.add(describe(2, when), picture(20, 10, qRgb(2, 2, 2)));
        const auto c = history.add(describe(3, when), picture(20, 10, qRgb(3, 3, 3))); // the same millisecond
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(b->id != c->id);
        const QList<HistoryItem> all = history.items();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().settings.seed, quint64(1));
        HistoryItem again = describe(4, when);
        again.id = a->id;
        QVERIFY(!history.add(again, picture(20, 10, qRgb(4, 4, 4))).ok()); // never overwritten
        QVERIFY(!history.add(describe(5, when), QImage()).ok());
    }

    // Disk use is bounded: oldest first, never a starred item, never the newest.
    void pruneRemovesTheOldestUnstarred()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        const QDateTime when = QDateTime::currentDateTimeUtc();
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const auto added = history.add(describe(i, when.addSecs(i)), picture(64, 64, qRgb(i * 60, 20, 200 - i * 40)));
            QVERIFY(added.ok());
            ids << added->id; // oldest first
        }
        QVERIFY(history.setStarred(ids[0], true).ok());
        const qint64 one = history.items().first().bytes;
        const QStringList removed = history.prune(2 * one + one / 2);
        QCOMPARE(removed, (QStringList{ids[1], ids[2]}));
        QVERIFY(history.contains(ids[0])); // starred, though oldest
        QVERIFY(history.contains(ids[3]));
        QVERIFY(history.items().last().starred);

        QCOMPARE(history.prune(0), QStringList()); // the newest stays even over the limit
        QVERIFY(history.remove(ids[3]).ok());
        QVERIFY(!history.contains(ids[3]));
        QVERIFY(!history.remove(ids[3]).ok());
    }

    // A crash while writing leaves a hidden folder that is never listed, and is cleared later.
    void anUnfinishedOrDamagedItemIsSkipped()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".writing-20261201-000000-000")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("20261201-000001-000")));
        QFile damaged(dir.filePath(QStringLiteral("20261201-000001-000/item.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not json");
        damaged.close();
        QVERIFY(history.add(describe(7, {}), picture(10, 10, qRgb(5, 5, 5))).ok());
        QCOMPARE(history.items().size(), 1);
        QVERIFY(!history.item(QStringLiteral("20261201-000001-000")).ok());
        history.prune(1LL << 40);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".writing-20261201-000000-000"))));
    }

    // A project's results folder is a history of its own: copied out, taken back in once.
    void itemsTravelToAnotherFolderAndBack()
    {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("mine")));
        const auto a = history.add(describe(1, QDateTime::currentDateTimeUtc()), picture(30, 20, qRgb(10, 20, 30)));
        const auto b = history.add(describe(2, QDateTime::currentDateTimeUtc().addSecs(5)), picture(30, 20, qRgb(40, 50, 60)));
        QVERIFY(a.ok() && b.ok());
        const QString results = dir.filePath(QStringLiteral("work.results"));
        QVERIFY(history.copyItemsTo({a->id}, results).ok());
        QVERIFY(history.copyItemsTo({a->id}, results).ok()); // again: kept as it is
        QCOMPARE(RunHistory(results).items().size(), 1);
        QVERIFY(!history.copyItemsTo({QStringLiteral("no-such-item")}, results).ok());

        RunHistory elsewhere(dir.filePath(QStringLiteral("other-machine")));
        QCOMPARE(elsewhere.adoptItemsFrom(results), QStringList{a->id});
        QCOMPARE(elsewhere.adoptItemsFrom(results), QStringList()); // once
        QCOMPARE(elsewhere.items().first().settings.seed, quint64(1));
        QCOMPARE(elsewhere.picture(a->id)->size(), QSize(30, 20));
    }

    // Issue 21: the masks the run used stay with its result. Painted ones are written as grey PNGs,
    // one named by path is copied; read back, the settings point at the copies in the item's folder,
    // the same pixels, and they travel with the item to a project's results.
    void masksAreKeptWithTheItem()
    {
        QTemporaryDir dir;
        QImage painted(30, 20, QImage::Format_Grayscale8);
        painted.fill(0);
        for (int x = 0; x < 15; ++x)
            painted.setPixel(x, 3, qRgb(200, 200, 200));
        QImage onDisk(30, 20, QImage::Format_Grayscale8);
        onDisk.fill(255);
        onDisk.setPixel(7, 7, qRgb(0, 0, 0));
        const QString keepFile = dir.filePath(QStringLiteral("face.png"));
        QVERIFY(onDisk.save(keepFile));

        RunHistory history(dir.filePath(QStringLiteral("history")));
        HistoryItem item = describe(3, QDateTime::currentDateTimeUtc());
        item.settings.styles.append(StyleSource{QStringLiteral("/paintings/lilies.png"), 1.0});
        item.masks.styles = {QImage(), painted}; // the first style has none
        item.settings.keepMaskPath = keepFile;
        const QString partFile = dir.filePath(QStringLiteral("part.png")); // the part of the first painting used
        QVERIFY(painted.save(partFile));
        item.settings.styles[0].sourceMaskPath = partFile;
        const auto added = history.add(item, picture(30, 20, qRgb(1, 2, 3)));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->masks.isEmpty());
        QVERIFY(QFile::remove(keepFile)); // the item has its own copy

        const auto back = history.item(added->id);
        QVERIFY(back.ok());
        const QString folder = QDir(history.folder()).filePath(added->id);
        QVERIFY(back->settings.styles[0].maskPath.isEmpty());
        QCOMPARE(back->settings.styles[1].maskPath, folder + QStringLiteral("/mask-style-2.png"));
        QCOMPARE(back->settings.keepMaskPath, folder + QStringLiteral("/mask-keep.png"));
        QCOMPARE(QImage(back->settings.styles[1].maskPath).convertToFormat(QImage::Format_Grayscale8), painted);
        QCOMPARE(QImage(back->settings.keepMaskPath).convertToFormat(QImage::Format_Grayscale8), onDisk);
        QCOMPARE(back->settings.styles[0].sourceMaskPath, folder + QStringLiteral("/mask-source-1.png"));
        QCOMPARE(QImage(back->settings.styles[0].sourceMaskPath).convertToFormat(QImage::Format_Grayscale8), painted);
        // The picture's own settings name them beside it.
        const auto metadata = readImageMetadata(history.picturePath(added->id));
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.keepMaskPath, QStringLiteral("mask-keep.png"));

        const QString results = dir.filePath(QStringLiteral("work.results"));
        QVERIFY(history.copyItemsTo({added->id}, results).ok());
        QVERIFY(history.remove(added->id).ok());
        const auto moved = RunHistory(results).item(added->id);
        QVERIFY(moved.ok());
        QCOMPARE(QImage(moved->settings.styles[1].maskPath).convertToFormat(QImage::Format_Grayscale8), painted);
        QVERIFY(moved->settings.keepMaskPath.startsWith(results));

        // A mask named by a path that is gone stays named: restoring says which one is missing.
        HistoryItem lost = describe(4, QDateTime::currentDateTimeUtc().addSecs(1));
        lost.settings.keepMaskPath = dir.filePath(QStringLiteral("gone.png"));
        const auto kept = history.add(lost, picture(30, 20, qRgb(1, 2, 3)));
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->settings.keepMaskPath, lost.settings.keepMaskPath);
    }

    // Issue 23: a video job's result keeps its video beside the last frame, and it travels with the item.
    void aVideoResultKeepsItsVideo()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("painted.mp4"));
        QFile file(clip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not really a video, but bytes to keep") + QByteArray(1000, 'x'));
        file.close();
        RunHistory history(dir.filePath(QStringLiteral("history")));
        HistoryItem item = describe(5, QDateTime::currentDateTimeUtc());
        item.video = clip;
        const auto added = history.add(item, picture(30, 20, qRgb(1, 2, 3)));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->video, QDir(history.folder()).filePath(added->id) + QStringLiteral("/video.mp4"));
        QFile kept(added->video);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), file.readAll());
        QVERIFY(added->bytes > 1000); // counted against the history's size limit

        const QString results = dir.filePath(QStringLiteral("work.results"));
        QVERIFY(history.copyItemsTo({added->id}, results).ok());
        const auto moved = RunHistory(results).item(added->id);
        QVERIFY(moved.ok() && moved->video.startsWith(results) && QFileInfo::exists(moved->video));

        // A picture's item has none, and its description no "video" key.
        const auto plain = history.add(describe(6, QDateTime::currentDateTimeUtc().addSecs(1)), picture(30, 20, qRgb(1, 2, 3)));
        QVERIFY(plain.ok() && plain->video.isEmpty());
        QVERIFY(!plain->toJson().contains(QLatin1String("video")));
        // A video that cannot be copied (gone, or no room): the picture is kept without it.
        HistoryItem gone = describe(7, QDateTime::currentDateTimeUtc().addSecs(2));
        gone.video = dir.filePath(QStringLiteral("gone.mp4"));
        const auto withoutVideo = history.add(gone, picture(30, 20, qRgb(1, 2, 3)));
        QVERIFY2(withoutVideo.ok(), qPrintable(withoutVideo.error()));
        QVERIFY(withoutVideo->video.isEmpty());
        QVERIFY(history.picture(withoutVideo->id).ok());
    }

    void anUnwritableFolderIsAReadableError()
    {
        RunHistory history(QStringLiteral("/dev/null/history"));
        const auto added = history.add(describe(1, {}), picture(10, 10, qRgb(1, 2, 3)));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QLatin1String("/dev/null/history")), qPrintable(added.error()));
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
