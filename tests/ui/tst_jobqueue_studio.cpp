// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22 through the window: queued jobs run one at a time in the background, in the queue's
// order, into the run history; the queue survives a restart in the middle; reorder, remove and
// hold change what runs; a corrupt picture fails its job and the next one still runs; the
// artist's own run goes first.
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "batchdialog.h"
#include "historystrip.h"
#include "io/autosave.h"
#include "maskcanvas.h"
#include "maskeditor.h"
#include "io/jobqueue.h"
#include "queuepanel.h"
#include "queuerunner.h"
#include "studiotestutil.h"

using namespace nss;
using namespace nss::testutil;

namespace {

constexpr int kRunTimeoutMs = 180000;

// Photos of distinct colours (so results differ), a painting and a "photo" that is not one.
struct Pictures
{
    QTemporaryDir dir;
    QStringList photos;
    QString painting;
    QString corrupt;

    explicit Pictures(int count = 4)
    {
        for (int i = 0; i < count; ++i) {
            QImage photo(40 + 4 * i, 32, QImage::Format_RGB32);
            for (int y = 0; y < photo.height(); ++y)
                for (int x = 0; x < photo.width(); ++x)
                    photo.setPixelColor(x, y, QColor((x * 6 + 60 * i) % 256, y * 7, 40 * i));
            photos << dir.filePath(QStringLiteral("photo%1.png").arg(i + 1));
            photo.save(photos.last());
        }
        QImage style(32, 32, QImage::Format_RGB32);
        style.fill(Qt::white);
        for (int x = 0; x < 32; x += 8)
            for (int y = 0; y < 32; ++y)
                style.setPixelColor(x, y, QColor(200, 40, 20));
        painting = dir.filePath(QStringLiteral("painting.png"));
        style.save(painting);
        corrupt = dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(corrupt);
        if (file.open(QIODevice::WriteOnly))
            file.write("\xff\xd8\xff\xe0 this is not really a JPEG");
    }
};

StyleSettings quick(const QString &photo, const QString &painting, int steps = 4)
{
    StyleSettings s;
    s.contentPath = photo;
    s.styles = {StyleSource{painting, 1.0}};
    s.outputSize = 40;
    s.steps = steps;
    s.frameEvery = 2;
    s.optimizer = Optimizer::Adam;
    return s;
}

void prepare(MainWindow &window)
{
    window.setNetworkFile(fixtureWeights());
    window.setSessionThreads(1); // a core left to the GUI thread, as in the other studio tests
}

// The photos of the kept results, in the order the history wrote them.
QStringList contentsOf(const QSignalSpy &kept, const HistoryStrip *history)
{
    QStringList contents;
    for (const auto &args : kept)
        if (const auto item = history->item(args.at(0).toString()))
            contents << item->settings.contentPath;
    return contents;
}

bool waitForDone(MainWindow &window, int done)
{
    JobQueue *queue = window.queueRunner()->queue();
    (void)QTest::qWaitFor([&] { return queue->count(QueueJob::State::Done) >= done; }, kRunTimeoutMs);
    return queue->count(QueueJob::State::Done) == done;
}

} // namespace

class TestJobQueueStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY2(QFile::exists(fixtureWeights()), qPrintable(fixtureWeights()));
    }

    void init()
    {
        QDir(RunHistory::defaultFolder()).removeRecursively();
        QFile::remove(JobQueue::defaultFile());
        Autosave().clear();
    }

    void threeQueuedJobsRunInOrderIntoTheHistory()
    {
        Pictures pictures;
        MainWindow window;
        prepare(window);
        QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
        QCOMPARE(window.queuePanel()->list()->count(), 0);
        QVERIFY(window.queuePanel()->statusText().contains(QStringLiteral("empty")));
        JobQueue *queue = window.queueRunner()->queue();
        queue->add({quick(pictures.photos[0], pictures.painting), quick(pictures.photos[1], pictures.painting, 6),
                    quick(pictures.photos[2], pictures.painting)});
        QCOMPARE(window.queuePanel()->list()->count(), 3);
        QVERIFY(waitForDone(window, 3));
        QCOMPARE(contentsOf(kept, window.history()), pictures.photos.mid(0, 3));

        const QList<HistoryItem> items = window.history()->items(); // newest first
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[1].settings.contentPath, pictures.photos[1]);
        QCOMPARE(items[1].step, 6); // ran to its own end, with its own settings
        QCOMPARE(items[1].settings.steps, 6);
        QVERIFY(items[1].outcome == HistoryItem::Outcome::Finished);
        QCOMPARE(window.history()->picture(items[1].id)->width(), 40); // the output size: its own photo, 44 px wide, scaled
        for (const QueueJob &job : queue->jobs())
            QVERIFY(window.history()->item(job.historyId).ok()); // each job knows its result
        QVERIFY(window.history()->selectedIds().isEmpty()); // nothing the artist looked at was replaced
        QVERIFY(window.queuePanel()->list()->item(2)->text().contains(QStringLiteral("done")));
    }

    // Closed while job 2 runs: the next start runs job 2 again from its start and job 3, not job 1.
    void aRestartContinuesWithTheUnfinishedJobs()
    {
        Pictures pictures;
        QStringList ids;
        QString firstResult;
        {
            MainWindow window;
            prepare(window);
            JobQueue *queue = window.queueRunner()->queue();
            ids = queue->add({quick(pictures.photos[0], pictures.painting), quick(pictures.photos[1], pictures.painting, 400),
                              quick(pictures.photos[2], pictures.painting)});
            QSignalSpy progress(window.queueRunner(), &QueueRunner::progressed);
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toString() == ids[1], kRunTimeoutMs);
            QVERIFY(waitForDone(window, 1));
            firstResult = queue->job(ids[0])->historyId;
            QVERIFY(queue->job(ids[1])->state == QueueJob::State::Running);
        } // the window goes mid-job, as a crash or a quit would leave it
        QVERIFY(JobQueue().job(ids[1])->state == QueueJob::State::Waiting);

        MainWindow again;
        prepare(again);
        QSignalSpy kept(again.history(), &HistoryStrip::itemKept);
        QCOMPARE(again.queuePanel()->list()->count(), 3);
        QVERIFY(!again.queueDock()->isHidden()); // shown when the queue has jobs
        QVERIFY(waitForDone(again, 3));
        QCOMPARE(contentsOf(kept, again.history()), (QStringList{pictures.photos[1], pictures.photos[2]}));
        QCOMPARE(again.queueRunner()->queue()->job(ids[0])->historyId, firstResult);
        QCOMPARE(again.history()->items().size(), 3); // job 1 once
    }

    void reorderRemoveAndHoldChangeWhatRuns()
    {
        Pictures pictures;
        MainWindow window;
        prepare(window);
        JobQueue *queue = window.queueRunner()->queue();
        queue->setPaused(true);
        const QStringList ids = queue->add({quick(pictures.photos[0], pictures.painting), quick(pictures.photos[1], pictures.painting),
                                            quick(pictures.photos[2], pictures.painting), quick(pictures.photos[3], pictures.painting)});
        QVERIFY(window.queuePanel()->statusText().contains(QStringLiteral("paused")));
        QueuePanel *panel = window.queuePanel();
        panel->select(ids[3]);
        panel->moveSelected(-1);
        panel->moveSelected(-1);
        panel->moveSelected(-1); // 4 first
        panel->select(ids[1]);
        panel->removeSelected(); // 2 gone
        panel->select(ids[2]);
        panel->toggleHoldSelected(); // 3 held
        QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
        window.queuePanel()->findChild<QPushButton *>(QStringLiteral("queuePause"))->click(); // resume
        QVERIFY(waitForDone(window, 2));
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 2, kRunTimeoutMs);
        QCOMPARE(contentsOf(kept, window.history()), (QStringList{pictures.photos[3], pictures.photos[0]}));
        QVERIFY(queue->job(ids[2])->state == QueueJob::State::Held);
        QVERIFY(!queue->job(ids[1]));
        QVERIFY(window.queueRunner()->runningJobId().isEmpty());
    }

    void aCorruptPictureFailsItsJobAndTheNextRuns()
    {
        Pictures pictures;
        MainWindow window;
        prepare(window);
        JobQueue *queue = window.queueRunner()->queue();
        const QStringList ids = queue->add({quick(pictures.corrupt, pictures.painting), quick(pictures.photos[0], pictures.painting)});
        QVERIFY(waitForDone(window, 1));
        const QueueJob failed = *queue->job(ids[0]);
        QVERIFY(failed.state == QueueJob::State::Failed);
        QVERIFY2(failed.message.contains(QStringLiteral("broken.jpg")), qPrintable(failed.message));
        QListWidgetItem *row = window.queuePanel()->list()->item(0);
        QVERIFY(row->text().contains(failed.message));
        QCOMPARE(row->toolTip(), failed.message);
        QVERIFY(queue->job(ids[1])->state == QueueJob::State::Done);
    }

    // The artist's run goes first: the queue's job waits at its step and goes on afterwards.
    void theWindowsOwnRunGoesFirst()
    {
        Pictures pictures;
        QTemporaryDir dir;
        MainWindow window;
        prepare(window);
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 6, 2);
        JobQueue *queue = window.queueRunner()->queue();
        const QStringList ids = queue->add({quick(pictures.photos[0], pictures.painting, 100000)});
        QSignalSpy progress(window.queueRunner(), &QueueRunner::progressed);
        QVERIFY(progress.wait(kRunTimeoutMs));

        QSignalSpy finished(window.controller(), &StyleController::finished);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.queueRunner()->controller()->state(), StyleController::State::Paused, 5000);
        QVERIFY(window.queuePanel()->statusText().contains(QStringLiteral("goes first")));
        QVERIFY(finished.wait(kRunTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(window.queueRunner()->controller()->state(), StyleController::State::Running, 5000);
        const int before = progress.size();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > before, kRunTimeoutMs); // it went on where it was
        QVERIFY(progress.last().at(1).value<StyleProgress>().step > 1);
        window.queueRunner()->removeJob(ids[0]);
        QVERIFY(queue->jobs().isEmpty());
    }

    // Add to Queue takes what Start would run; a pasted picture, with no file, is refused.
    void addToQueueTakesTheCurrentSettings()
    {
        QTemporaryDir dir;
        MainWindow window;
        prepare(window);
        window.queueRunner()->queue()->setPaused(true);
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 5, 5);
        window.addToQueue();
        const QList<QueueJob> jobs = window.queueRunner()->queue()->jobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].settings, window.currentSettings());
        QVERIFY(!window.queueDock()->isHidden());
    }

    // Issue 21: the painted masks go with a queued job as files (later strokes do not change it),
    // its result keeps them in the history, and a removed job's masks are gone at the next start.
    void aQueuedJobTakesThePaintedMasks()
    {
        QTemporaryDir dir;
        QString maskFolder;
        {
            MainWindow window;
            prepare(window);
            JobQueue *queue = window.queueRunner()->queue();
            queue->setPaused(true);
            QVERIFY(loadSmallPictures(window, dir));
            useQuickSettings(window, 4, 2);
            MaskCanvas *canvas = window.maskEditor()->canvas();
            canvas->setTarget(MaskCanvas::kKeep);
            canvas->fill(); // the whole photo kept: a job that uses the mask leaves it as it is
            const QImage keep = canvas->mask(MaskCanvas::kKeep);
            window.addToQueue();
            QCOMPARE(queue->jobs().size(), 1);
            const StyleSettings job = queue->jobs().constFirst().settings;
            QVERIFY2(job.keepMaskPath.startsWith(QFileInfo(queue->file()).absolutePath()), qPrintable(job.keepMaskPath));
            QVERIFY(job.styles.constFirst().maskPath.isEmpty()); // no style layer was painted
            QCOMPARE(QImage(job.keepMaskPath), keep);
            maskFolder = QFileInfo(job.keepMaskPath).absolutePath();
            canvas->clear(); // after queueing: the job keeps what was painted
            QCOMPARE(QImage(job.keepMaskPath), keep);

            QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
            queue->setPaused(false);
            QVERIFY(waitForDone(window, 1));
            QTRY_COMPARE(kept.count(), 1);
            const auto result = window.history()->item(kept.constFirst().at(0).toString());
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QVERIFY2(result->settings.keepMaskPath.startsWith(RunHistory::defaultFolder()), qPrintable(result->settings.keepMaskPath));
            QVERIFY(!result->settings.keepMaskPath.startsWith(maskFolder)); // a copy of its own
            QCOMPARE(QImage(result->settings.keepMaskPath), keep);
            // The mask reached the queue's engine: no style anywhere, so the picture is the photo's.
            const auto painted = window.history()->picture(result->id);
            QVERIFY(painted.ok());
            const QImage photo = window.contentPane()->image().scaled(painted->size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                     .convertToFormat(QImage::Format_RGB32);
            const QImage got = painted->convertToFormat(QImage::Format_RGB32);
            int worst = 0;
            for (int y = 0; y < got.height(); ++y)
                for (int x = 0; x < got.width(); ++x)
                    worst = std::max({worst, std::abs(qRed(got.pixel(x, y)) - qRed(photo.pixel(x, y))),
                                      std::abs(qGreen(got.pixel(x, y)) - qGreen(photo.pixel(x, y))),
                                      std::abs(qBlue(got.pixel(x, y)) - qBlue(photo.pixel(x, y)))});
            QVERIFY2(worst <= 8, qPrintable(QStringLiteral("the kept picture differs from the photo by %1 levels").arg(worst)));
            QVERIFY(queue->remove(queue->jobs().constFirst().id));
            QVERIFY(QFileInfo(maskFolder).isDir());
        }
        MainWindow again; // starts without the job: its masks are removed
        QVERIFY(!QFileInfo::exists(maskFolder));
    }

    void theBatchDialogCountsEveryCombination()
    {
        Pictures pictures(2);
        BatchDialog dialog(quick(QString(), QString(), 7));
        QVERIFY(dialog.jobs().isEmpty());
        QDir photos(pictures.dir.filePath(QStringLiteral("photos")));
        QVERIFY(photos.mkpath(QStringLiteral(".")));
        for (const QString &photo : pictures.photos)
            QVERIFY(QFile::copy(photo, photos.filePath(QFileInfo(photo).fileName())));
        dialog.setContents({photos.path()});
        dialog.setStyles({pictures.painting, pictures.photos[0], pictures.corrupt});
        QCOMPARE(dialog.jobs().size(), 6);
        QVERIFY2(dialog.summary().contains(QStringLiteral("= 6 job")), qPrintable(dialog.summary()));
        QCOMPARE(dialog.jobs()[1].contentPath, photos.filePath(QStringLiteral("photo1.png")));
        QCOMPARE(dialog.jobs()[1].styles.first().path, pictures.photos[0]);
        QCOMPARE(dialog.jobs()[1].steps, 7); // the current settings
        dialog.setStyles({pictures.dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(dialog.jobs().isEmpty());
        QVERIFY(dialog.summary().contains(QStringLiteral("nowhere")));
    }
};

QTEST_MAIN(TestJobQueueStudio)
#include "tst_jobqueue_studio.moc"
