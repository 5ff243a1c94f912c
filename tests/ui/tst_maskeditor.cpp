// SPDX-License-Identifier: GPL-3.0-or-later
// The mask painter (issue 21), offscreen: strokes, tools, undo, import and export, and a painted
// mask reaching a run in the studio window.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "historystrip.h"
#include "maskcanvas.h"
#include "maskeditor.h"
#include "studiotestutil.h"

using namespace nss;
using namespace nss::testutil;

namespace {

QImage photo(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(120, 130, 140));
    return image;
}

// Where photo pixel `p` is on the canvas.
QPoint onScreen(const MaskCanvas &canvas, QPointF p)
{
    const QRectF r = canvas.photoRect();
    return (r.topLeft() + p * (r.width() / canvas.photo().width())).toPoint();
}

int greyAt(const QImage &mask, int x, int y)
{
    return mask.isNull() ? 0 : qGray(mask.pixel(x, y));
}

} // namespace

class TestMaskEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void aBrushStrokeChangesTheMaskUnderIt()
    {
        MaskEditor editor;
        editor.setStyles({QStringLiteral("wave.jpg"), QStringLiteral("lilies.jpg")});
        MaskCanvas *canvas = editor.canvas();
        canvas->setPhoto(photo(200, 100));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        canvas->setBrushRadius(10);
        canvas->setSoftness(0.0);
        QSignalSpy changed(canvas, &MaskCanvas::masksChanged);
        QTest::mousePress(canvas, Qt::LeftButton, {}, onScreen(*canvas, {30, 50}));
        QTest::mouseMove(canvas, onScreen(*canvas, {90, 50}));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, onScreen(*canvas, {90, 50}));
        QVERIFY(changed.count() >= 2);
        const QImage mask = canvas->mask(0);
        QCOMPARE(mask.size(), QSize(200, 100));
        QCOMPARE(greyAt(mask, 60, 50), 255); // under the stroke
        QCOMPARE(greyAt(mask, 60, 5), 0); // above it
        QCOMPARE(greyAt(mask, 180, 50), 0); // past its end
        QVERIFY(canvas->mask(1).isNull());
        QVERIFY(canvas->mask(MaskCanvas::kKeep).isNull());
        const RunMasks masks = canvas->masks();
        QCOMPARE(masks.styles.size(), 1); // trailing empty layers are left out
        QVERIFY(masks.keep.isNull());
        QCOMPARE(canvas->undoStack()->count(), 1);
    }

    void undoRestoresAndRedoReapplies()
    {
        MaskCanvas canvas;
        canvas.setStyles({Qt::red});
        canvas.setPhoto(photo(120, 80));
        canvas.setBrushRadius(8);
        canvas.stroke({10, 10}, {10, 10}); // a press without the mouse: no undo step yet
        canvas.clear();
        QVERIFY(canvas.mask(0).isNull());
        canvas.undoStack()->undo();
        const QImage dot = canvas.mask(0);
        QVERIFY(!dot.isNull());
        canvas.fill();
        const QImage full = canvas.mask(0);
        QCOMPARE(greyAt(full, 100, 70), 255);
        canvas.undoStack()->undo();
        QCOMPARE(canvas.mask(0), dot); // bit for bit
        canvas.undoStack()->redo();
        QCOMPARE(canvas.mask(0), full);
    }

    void fillInvertClearAndErase()
    {
        MaskCanvas canvas;
        canvas.setStyles({Qt::red, Qt::blue});
        canvas.setPhoto(photo(64, 48));
        canvas.setTarget(MaskCanvas::kKeep);
        canvas.fill();
        QCOMPARE(greyAt(canvas.mask(MaskCanvas::kKeep), 3, 3), 255);
        QVERIFY(!canvas.masks().keep.isNull());
        canvas.invert();
        QVERIFY(canvas.mask(MaskCanvas::kKeep).isNull()); // all black: no mask
        QVERIFY(!canvas.hasMasks());
        canvas.invert();
        QCOMPARE(greyAt(canvas.mask(MaskCanvas::kKeep), 60, 40), 255);
        canvas.setErasing(true);
        canvas.setBrushRadius(6);
        canvas.setSoftness(0.0);
        canvas.stroke({32, 24}, {32, 24});
        QCOMPARE(greyAt(canvas.mask(MaskCanvas::kKeep), 32, 24), 0);
        QCOMPARE(greyAt(canvas.mask(MaskCanvas::kKeep), 5, 5), 255);
        canvas.clear();
        QVERIFY(canvas.mask(MaskCanvas::kKeep).isNull());
        QVERIFY(canvas.mask(0).isNull() && canvas.mask(1).isNull());
    }

    void aSoftBrushFadesOut()
    {
        MaskCanvas canvas;
        canvas.setStyles({Qt::red});
        canvas.setPhoto(photo(100, 100));
        canvas.setBrushRadius(20);
        canvas.setSoftness(1.0);
        canvas.stroke({50, 50}, {50, 50});
        const QImage mask = canvas.mask(0);
        const int centre = greyAt(mask, 50, 50), half = greyAt(mask, 60, 50), edge = greyAt(mask, 69, 50);
        QVERIFY2(centre > half && half > edge && edge > 0 && greyAt(mask, 75, 50) == 0,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(centre).arg(half).arg(edge)));
    }

    void exportThenImportIsBitForBit()
    {
        QTemporaryDir dir;
        MaskEditor editor;
        editor.setStyles({QStringLiteral("wave.jpg")});
        MaskCanvas *canvas = editor.canvas();
        canvas->setPhoto(photo(90, 60));
        canvas->setBrushRadius(15);
        canvas->stroke({10, 10}, {80, 50});
        const QImage painted = canvas->mask(0);
        const QString path = dir.filePath(QStringLiteral("sky.png"));
        QVERIFY(editor.exportMask(path));
        const QImage saved(path);
        QCOMPARE(saved.format(), QImage::Format_Grayscale8);
        QCOMPARE(saved, painted);
        canvas->clear();
        QVERIFY(editor.importMask(path));
        QCOMPARE(canvas->mask(0), painted);
        // A picture of another shape is not a mask for this photo.
        QVERIFY(!canvas->setMask(0, QImage(60, 60, QImage::Format_Grayscale8)));
        // Of the same shape and another size: resized.
        QImage big(180, 120, QImage::Format_Grayscale8);
        big.fill(255);
        QVERIFY(canvas->setMask(0, big));
        QCOMPARE(greyAt(canvas->mask(0), 45, 30), 255);
    }

    void thePhotoDecidesWhetherMasksStay()
    {
        MaskCanvas canvas;
        canvas.setStyles({Qt::red});
        canvas.setPhoto(photo(300, 200));
        canvas.fill();
        canvas.setPhoto(photo(150, 100)); // the same shape: kept, resized
        QCOMPARE(canvas.mask(0).size(), QSize(150, 100));
        QCOMPARE(greyAt(canvas.mask(0), 10, 10), 255);
        QCOMPARE(canvas.undoStack()->count(), 0); // its pictures were of the old size
        canvas.setPhoto(photo(150, 100)); // the same photo again: nothing changes
        QCOMPARE(canvas.mask(0).size(), QSize(150, 100));
        canvas.setPhoto(photo(100, 100)); // another shape: a fresh start
        QVERIFY(!canvas.hasMasks());
        QCOMPARE(canvas.undoStack()->count(), 0);
        canvas.setPhoto(photo(5000, 2500)); // large: masks at most 2048 px
        QCOMPARE(canvas.maskSize(), QSize(2048, 1024));
    }

    // A project keeps its masks bit for bit: saved as grey PNGs beside it, painted back on open; a
    // project without masks opens with none.
    void aProjectKeepsItsMasks()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(loadSmallPictures(window, dir));
        MaskCanvas *canvas = window.maskEditor()->canvas();
        canvas->setBrushRadius(9);
        canvas->stroke({5, 5}, {50, 40});
        canvas->setTarget(MaskCanvas::kKeep);
        canvas->setSoftness(0.0);
        canvas->stroke({40, 10}, {40, 10});
        const QImage style = canvas->mask(0), keep = canvas->mask(MaskCanvas::kKeep);
        QVERIFY(!style.isNull() && !keep.isNull());
        const QString project = dir.filePath(QStringLiteral("lake.nssproj"));
        QVERIFY(window.saveProject(project));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lake.masks/style-1.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lake.masks/keep.png"))));
        QVERIFY(window.currentSettings().keepMaskPath.isEmpty()); // only the project names the files
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("settings")).toObject();
        QCOMPARE(stored.value(QLatin1String("keepMask")).toString(), QStringLiteral("lake.masks/keep.png")); // moves with the project
        QCOMPARE(stored.value(QLatin1String("styles")).toArray().at(0).toObject().value(QLatin1String("mask")).toString(),
                 QStringLiteral("lake.masks/style-1.png"));

        MainWindow other;
        QVERIFY(other.openProject(project));
        QVERIFY(other.waitForPictures());
        QTRY_VERIFY(!other.maskEditor()->canvas()->mask(0).isNull());
        QCOMPARE(other.maskEditor()->canvas()->mask(0), style);
        QCOMPARE(other.maskEditor()->canvas()->mask(MaskCanvas::kKeep), keep);
        QCOMPARE(other.maskEditor()->canvas()->undoStack()->count(), 0);

        // Saved again without masks: the next open has none, even over painted ones.
        canvas->reset();
        const QString plain = dir.filePath(QStringLiteral("plain.nssproj"));
        QVERIFY(window.saveProject(plain));
        QVERIFY(other.openProject(plain));
        QVERIFY(other.waitForPictures());
        QTRY_VERIFY(!other.maskEditor()->canvas()->hasMasks());
    }

    // The run history keeps the masks a run used: Restore Settings paints them back, bit for bit,
    // over whatever is painted now; a result made without masks clears them.
    void theHistoryKeepsTheMasks()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.history()->setFolder(dir.filePath(QStringLiteral("history")));
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 4, 2);
        MaskCanvas *canvas = window.maskEditor()->canvas();
        canvas->setBrushRadius(9);
        canvas->stroke({5, 5}, {50, 40});
        canvas->setTarget(MaskCanvas::kKeep);
        canvas->setSoftness(0.0);
        canvas->stroke({40, 10}, {40, 10});
        const QImage style = canvas->mask(0), keep = canvas->mask(MaskCanvas::kKeep);
        QSignalSpy kept(window.history(), &HistoryStrip::itemKept);
        window.start();
        QVERIFY(kept.wait(120000) || kept.count() == 1);
        const auto masked = window.history()->item(kept.constFirst().at(0).toString());
        QVERIFY2(masked.ok(), qPrintable(masked.error()));
        QVERIFY(!masked->settings.keepMaskPath.isEmpty());

        canvas->reset(); // painted away; the strip's Restore Settings brings them back
        canvas->setTarget(0);
        canvas->fill();
        Q_EMIT window.history()->restoreRequested(masked.value());
        QTRY_COMPARE(canvas->mask(MaskCanvas::kKeep), keep);
        QCOMPARE(canvas->mask(0), style);

        canvas->reset();
        QSignalSpy plainKept(window.history(), &HistoryStrip::itemKept);
        window.start();
        QVERIFY(plainKept.wait(120000) || plainKept.count() == 1);
        const auto plain = window.history()->item(plainKept.constFirst().at(0).toString());
        QVERIFY(plain.ok());
        QVERIFY(plain->settings.keepMaskPath.isEmpty());
        canvas->fill();
        QVERIFY(canvas->hasMasks());
        Q_EMIT window.history()->restoreRequested(plain.value());
        QTRY_VERIFY(!canvas->hasMasks());
    }

    // The window sends the painting to the engine: a keep layer over the whole photo, painted
    // before Start, turns the style loss off in the run.
    void aPaintedMaskReachesTheRun()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, dir));
        useQuickSettings(window, 6, 2);
        MaskCanvas *canvas = window.maskEditor()->canvas();
        QCOMPARE(canvas->photo().size(), QSize(56, 48));
        QCOMPARE(canvas->styleCount(), 1);
        canvas->setTarget(MaskCanvas::kKeep);
        canvas->fill();
        QSignalSpy frames(window.controller(), &StyleController::frameReady);
        QSignalSpy finished(window.controller(), &StyleController::finished);
        window.start();
        QVERIFY(finished.wait(120000) || finished.count() == 1);
        QVERIFY(!frames.isEmpty());
        for (const auto &args : frames)
            QCOMPARE(args.at(0).value<StyleFrame>().styleLoss, 0.0);
        // Cleared during the next run, on its first frame: the style comes back at a later step. 200
        // steps leave the window seconds to send it, on a loaded machine too.
        useQuickSettings(window, 200, 2);
        QSignalSpy again(window.controller(), &StyleController::frameReady);
        QSignalSpy done(window.controller(), &StyleController::finished);
        connect(window.controller(), &StyleController::frameReady, canvas, [canvas](const StyleFrame &f) {
            if (f.step == 2)
                canvas->clear();
        });
        window.start();
        QVERIFY(done.wait(120000) || done.count() == 1);
        QVERIFY(!again.isEmpty());
        QCOMPARE(again.constFirst().at(0).value<StyleFrame>().styleLoss, 0.0);
        QVERIFY2(again.constLast().at(0).value<StyleFrame>().styleLoss > 0.0, "the cleared mask did not reach the run");
    }
};

QTEST_MAIN(TestMaskEditor)
#include "tst_maskeditor.moc"
