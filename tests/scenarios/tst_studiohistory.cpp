// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 through the window: nothing the artist makes is lost. Every run's result goes into the
// run history (the film strip), which survives Start, Save Project, closing and crashes.
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "exportactions.h"
#include "historystrip.h"
#include "io/autosave.h"
#include "io/imageexport.h"
#include "logslider.h"
#include "previewview.h"
#include "studiotestutil.h"

using namespace nss;
using namespace nss::testutil;

namespace {

constexpr int kRunTimeoutMs = 120000;

// Runs to the end (or to stop()) and waits until the history has written the result.
bool runAndKeep(MainWindow &window, int expectedItems)
{
    QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
    QSignalSpy finished(window.controller(), &StyleController::finished);
    window.start();
    if (!finished.wait(kRunTimeoutMs) && finished.isEmpty())
        return false;
    if (kept.isEmpty() && !kept.wait(kRunTimeoutMs))
        return false;
    return window.history()->items().size() == expectedItems;
}

} // namespace

class TestStudioHistory : public QObject
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
        Autosave().clear();
    }

    // Run, Start again: the first result is still there, at full resolution, and exportable.
    void startingAgainKeepsTheFirstResult()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 6, 3);
        QVERIFY(runAndKeep(window, 1));
        const QImage first = window.currentImage();
        QVERIFY(!first.isNull());

        StyleSettings other = window.currentSettings();
        other.seed = 77;
        other.steps = 4;
        other.frameEvery = 2;
        window.loadSettings(other);
        QVERIFY(runAndKeep(window, 2));

        const QList<HistoryItem> items = window.history()->items(); // newest first
        QCOMPARE(items[0].step, 4);
        QCOMPARE(items[0].settings.seed, quint64(77));
        QCOMPARE(items[1].step, 6);
        QVERIFY(items[1].outcome == HistoryItem::Outcome::Finished);
        const auto kept = window.history()->picture(items[1].id);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->convertToFormat(QImage::Format_RGB888), first.convertToFormat(QImage::Format_RGB888));
        QCOMPARE(window.history()->list()->count(), 2); // both in the strip

        // Clicking the older one shows it; exporting it writes the picture with its own settings.
        QListWidget *strip = window.history()->list();
        strip->clearSelection();
        strip->item(1)->setSelected(true); // as a click does: newest first, so row 1 is the older
        QCOMPARE(window.preview()->image().convertToFormat(QImage::Format_RGB888), first.convertToFormat(QImage::Format_RGB888));
        const QString path = dir.filePath(QStringLiteral("first.png"));
        QSignalSpy exported(window.exportActions(), &ExportActions::finished);
        QVERIFY(window.exportActions()->startExportOf(kept.value(), items[1].metadata(), path));
        QVERIFY(exported.wait(kRunTimeoutMs));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        const auto metadata = readImageMetadata(path);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->step, 6);
        QCOMPARE(metadata->settings.seed, items[1].settings.seed);

        // Two selected: the split view compares them, the older on the left.
        strip->item(0)->setSelected(true);
        QVERIFY(window.preview()->splitView());
    }

    // Picking an earlier result during a run keeps it on screen while the run goes on; clearing the
    // selection goes back to the live picture.
    void anEarlierResultStaysOnScreenDuringARun()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 4, 2);
        QVERIFY(runAndKeep(window, 1));
        const QImage earlier = window.currentImage().convertToFormat(QImage::Format_RGB888);

        useQuickSettings(window, 100000, 1);
        StyleSettings other = window.currentSettings();
        other.seed = 5;
        window.loadSettings(other);
        QSignalSpy frames(window.controller(), &StyleController::frameReady);
        window.start();
        QVERIFY(window.history()->selectedIds().isEmpty()); // Start follows the new run
        QVERIFY(frames.wait(kRunTimeoutMs));
        window.history()->list()->item(0)->setSelected(true);
        const int picked = frames.size();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() > picked + 2, kRunTimeoutMs);
        QCOMPARE(window.preview()->image().convertToFormat(QImage::Format_RGB888), earlier);
        window.history()->list()->clearSelection();
        QCOMPARE(window.preview()->image(), window.currentImage());
        const int cleared = frames.size();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() > cleared, kRunTimeoutMs);
        QCOMPARE(window.preview()->image(), window.currentImage()); // live again
        window.stop();
    }

    // A slider moved during a run is recorded with the result and in its exports (item 5).
    void weightsMovedDuringARunAreRecorded()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 2000, 2);
        QSignalSpy frames(window.controller(), &StyleController::frameReady);
        QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
        window.start();
        QVERIFY(frames.wait(kRunTimeoutMs));
        const double styleWeight = window.settingsPanel()->styleWeight()->value();
        window.settingsPanel()->styleWeight()->spinBox()->setValue(styleWeight * 10.0);
        const int changedAfter = window.currentImage().isNull() ? 0 : frames.last().at(0).value<StyleFrame>().step;
        QTRY_VERIFY_WITH_TIMEOUT(frames.last().at(0).value<StyleFrame>().step > changedAfter + 2, kRunTimeoutMs);
        window.stop();
        QVERIFY(kept.wait(kRunTimeoutMs));

        const HistoryItem item = window.history()->items().first();
        QVERIFY(item.outcome == HistoryItem::Outcome::Stopped);
        QCOMPARE(item.weightChanges.size(), 1);
        QVERIFY(item.weightChanges.first().step > changedAfter);
        QCOMPARE(item.settings.styleWeight, styleWeight); // as started
        QCOMPARE(item.settingsUsed().styleWeight, window.settingsPanel()->styleWeight()->value()); // as used

        const QString path = dir.filePath(QStringLiteral("moved.png"));
        QVERIFY(window.exportActions()->exportCurrentImage(path).ok());
        const auto metadata = readImageMetadata(path);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.styleWeight, window.settingsPanel()->styleWeight()->value());
        QCOMPARE(metadata->weightChanges.size(), 1);
    }

    // Save Project, then close: the picture is there at the next start (item 2).
    void savingAProjectAndClosingKeepsThePicture()
    {
        QTemporaryDir dir;
        QString id;
        {
            MainWindow window;
            window.setNetworkFile(fixtureWeights());
            QVERIFY(loadSmallPictures(window, dir));
            useQuickSettings(window, 4, 2);
            QVERIFY(runAndKeep(window, 1));
            id = window.history()->items().first().id;
            QVERIFY(window.saveProject(dir.filePath(QStringLiteral("work.nssproj"))));
            window.show();
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.history()->items().size(), 1);
        QCOMPARE(again.history()->items().first().id, id);
        QVERIFY(again.history()->picture(id).ok());
    }

    // A saved project carries its results: opened on a machine without them, the strip has them.
    void aProjectReopensWithItsResults()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("harbour.nssproj"));
        QString id;
        {
            MainWindow window;
            window.setNetworkFile(fixtureWeights());
            QVERIFY(loadSmallPictures(window, dir));
            useQuickSettings(window, 4, 2);
            QVERIFY(runAndKeep(window, 1));
            id = window.history()->items().first().id;
            QVERIFY(window.saveProject(project));
        }
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("harbour.results/%1/picture.png").arg(id))));
        QVERIFY(QDir(RunHistory::defaultFolder()).removeRecursively()); // another machine, or a cleared history
        MainWindow window;
        QCOMPARE(window.history()->items().size(), 0);
        QVERIFY(window.openProject(project));
        QCOMPARE(window.history()->items().size(), 1);
        QCOMPARE(window.history()->items().first().id, id);
        QVERIFY(window.history()->picture(id).ok());
    }

    // Closing during a run asks; "Stop and Keep" writes the picture at the current step (item 3).
    void closingDuringARunAsksAndKeepsThePicture()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 100000, 2);
        QSignalSpy frames(window.controller(), &StyleController::frameReady);
        window.show();
        window.start();
        QVERIFY(frames.wait(kRunTimeoutMs));

        QVERIFY(!window.close()); // asked first
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("quitDuringRun"));
        QVERIFY(question);
        auto *keepRunning = question->findChild<QPushButton *>(QStringLiteral("keepRunning"));
        QVERIFY(keepRunning);
        keepRunning->click();
        QVERIFY(window.isVisible());
        const int stepsBefore = frames.size();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() > stepsBefore, kRunTimeoutMs); // still running
        QVERIFY(window.controller()->isBusy());

        QVERIFY(!window.close());
        question = window.findChild<QMessageBox *>(QStringLiteral("quitDuringRun"));
        QVERIFY(question);
        const int shownStep = frames.last().at(0).value<StyleFrame>().step;
        question->findChild<QPushButton *>(QStringLiteral("stopAndKeep"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kRunTimeoutMs); // closed once kept

        const QList<HistoryItem> items = window.history()->items();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().outcome == HistoryItem::Outcome::Stopped);
        QVERIFY(items.first().step >= shownStep);
        QVERIFY(items.first().step < 100000);
        QVERIFY(window.history()->picture(items.first().id).ok());
    }

    // A crashed session's autosave goes into the history at the next start, asked or not (item 1).
    void aCrashedSessionsPictureIsRescued()
    {
        StyleSettings settings;
        settings.steps = 300;
        QImage picture(48, 40, QImage::Format_RGB888);
        picture.fill(qRgb(30, 140, 90));
        QVERIFY(Autosave().save(settings, picture, 120).ok());
        for (int start = 0; start < 2; ++start) { // twice: kept once
            MainWindow window;
            if (window.history()->isBusy()) {
                QSignalSpy idle(window.history(), &HistoryStrip::idle);
                QVERIFY(idle.wait(kRunTimeoutMs));
            }
            const QList<HistoryItem> items = window.history()->items();
            QCOMPARE(items.size(), 1);
            QVERIFY(items.first().outcome == HistoryItem::Outcome::Recovered);
            QCOMPARE(items.first().step, 120);
            QCOMPARE(window.history()->picture(items.first().id)->size(), picture.size());
        }
    }
};

QTEST_MAIN(TestStudioHistory)
#include "tst_studiohistory.moc"
