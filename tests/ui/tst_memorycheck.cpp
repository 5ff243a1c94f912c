// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "engine/memorybudget.h"
#include "engine/memorymodel.h"
#include "memorycheck.h"
#include "studiotestutil.h"

using namespace nss;

class TestMemoryFit : public QObject
{
    Q_OBJECT

private:
    static qint64 predicted(int size, QSize content, const QList<QSize> &styles, Optimizer optimizer = Optimizer::Lbfgs)
    {
        StyleSettings s;
        s.outputSize = size;
        s.optimizer = optimizer;
        return predictPeakMemoryBytes(s, content, styles);
    }

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void readsMemAvailable()
    {
        const QByteArray meminfo = "MemTotal:       24576000 kB\nMemFree:         1000000 kB\nMemAvailable:   12345678 kB\n";
        QCOMPARE(parseMemAvailable(meminfo), std::optional<qint64>(12345678LL * 1024));
        QCOMPARE(parseMemAvailable("MemTotal: 100 kB\n"), std::optional<qint64>());
        QCOMPARE(parseMemAvailable("MemAvailable: lots\n"), std::optional<qint64>());

        QTemporaryDir dir;
        QFile fake(dir.filePath(QStringLiteral("meminfo")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(meminfo);
        fake.close();
        QCOMPARE(availableMemoryBytes(fake.fileName()), std::optional<qint64>(12345678LL * 1024));
        // Unreadable: the C library's free pages, still a real, positive number on Linux.
        const auto fallback = availableMemoryBytes(dir.filePath(QStringLiteral("missing")));
        QVERIFY(fallback.has_value() && *fallback > 0);
        const auto machine = availableMemoryBytes();
        QVERIFY(machine.has_value() && *machine > 0);
    }

    void largestSizeThatFitsComesFromTheModel()
    {
        const QSize content(800, 600);
        const QList<QSize> styles{{1000, 1000}};
        StyleSettings s;
        s.outputSize = 2048;
        const qint64 budget = predicted(1000, content, styles) + 1;
        s.outputSize = 8192;
        // Whole, 1000 px is the largest that fits; in tiles (issue 20) larger sizes do too.
        const auto planned = [&](int size) {
            StyleSettings at = s;
            at.outputSize = size;
            return chooseTiling(at, content, styles, 0, budget);
        };
        const int fitting = largestOutputSizeWithin(s, content, styles, budget);
        QVERIFY2(fitting > 1000, qPrintable(QString::number(fitting)));
        QVERIFY(planned(fitting).tileSide > 0);
        QVERIFY(planned(fitting).predictedBytes <= budget);
        QVERIFY(planned(fitting + 1).predictedBytes > budget);
        QCOMPARE(planned(1000).tileSide, 0); // whole where it fits
        s.outputSize = 2048;
        QCOMPARE(largestOutputSizeWithin(s, content, styles, qint64(1) << 50), 2048); // never larger than asked
        QCOMPARE(largestOutputSizeWithin(s, content, styles, 10 * 1024 * 1024), 0); // below the fixed part
    }

    void panelShowsThePredictionAndTheFreeMemory()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(testutil::loadSmallPictures(window, dir));
        window.memoryCheck()->setAvailableOverride(qint64(6) << 30);
        QLabel *label = window.settingsPanel()->memoryLabel();
        window.settingsPanel()->outputSize()->setValue(1024);
        const qint64 at1024 = window.memoryCheck()->predict(window.currentSettings(), QSize(56, 48), {QSize(40, 40)});
        QCOMPARE(label->text(), QStringLiteral("needs ≈ %1 of 6.0 GB free").arg(formatMemory(at1024)));
        QVERIFY(label->styleSheet().isEmpty());
        // 4096 px does not fit whole in 6 GB: in tiles it does (issue 20), and the panel says so.
        window.settingsPanel()->outputSize()->setValue(4096); // follows the size
        const TilingChoice at4096 = window.memoryCheck()->plan(window.currentSettings(), QSize(56, 48), {QSize(40, 40)});
        QVERIFY(at4096.tileSide > 0);
        QVERIFY(at4096.predictedBytes <= qint64(6) << 30);
        QCOMPARE(label->text(),
                 QStringLiteral("needs ≈ %1 of 6.0 GB free, in tiles of %2 px").arg(formatMemory(at4096.predictedBytes)).arg(at4096.tileSide));
        QVERIFY(label->styleSheet().isEmpty());
        // With 1 GB not even tiles fit: red.
        window.memoryCheck()->setAvailableOverride(qint64(1) << 30);
        window.settingsPanel()->outputSize()->setValue(4000);
        QVERIFY(window.memoryCheck()->predict(window.currentSettings(), QSize(56, 48), {QSize(40, 40)}) > qint64(1) << 30);
        QVERIFY(label->styleSheet().contains(QStringLiteral("#c62828"))); // red: does not fit
    }

    // Issue 20: a painting smaller than the size it is painted at is named under the styles, with
    // how much its brush strokes are enlarged; the note goes when the style scale makes it fit.
    void aSmallPaintingIsNamedAtPrintSize()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(testutil::loadSmallPictures(window, dir)); // a 40 x 40 px style
        QLabel *note = window.findChild<QLabel *>(QStringLiteral("styleSizeNote"));
        QVERIFY(note);
        window.settingsPanel()->outputSize()->setValue(1024);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("40 px, painted at 1024 px")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("25.6×")), qPrintable(note->text()));
        auto *scale = window.findChild<QDoubleSpinBox *>(QStringLiteral("styleScale"));
        QVERIFY(scale);
        window.settingsPanel()->outputSize()->setValue(512);
        scale->setValue(0.05); // 512 x 0.05 = 26 px: the painting is large enough
        QVERIFY(note->isHidden());
    }

    void startOffersTheLargestSizeThatFits_data()
    {
        QTest::addColumn<bool>("useIt");
        QTest::newRow("use the size that fits") << true;
        QTest::newRow("cancel") << false;
    }

    void startOffersTheLargestSizeThatFits()
    {
        QFETCH(bool, useIt);
        QTemporaryDir dir;
        QFile weights(dir.filePath(QStringLiteral("vgg19.pth")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("present");
        weights.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setNetworkFile(weights.fileName());
        QVERIFY(testutil::loadSmallPictures(window, dir));
        window.settingsPanel()->outputSize()->setValue(3000);
        const StyleSettings asked = window.currentSettings();
        // Less than even the smallest tiles need at 3000 px (chooseTiling with no memory at all
        // gives that plan): injected.
        window.memoryCheck()->setAvailableOverride(0);
        const qint64 budget = window.memoryCheck()->predict(asked, QSize(56, 48), {QSize(40, 40)}) * 9 / 10;
        window.memoryCheck()->setAvailableOverride(budget);
        // The window keeps the run's frames for export: they count (issue 19).
        const int frames = MemoryCheck::keptFrames(asked);
        QCOMPARE(frames, asked.steps / asked.frameEvery + 1);
        const int fitting = largestOutputSizeWithin(asked, QSize(56, 48), {QSize(40, 40)}, budget, frames);
        QVERIFY(fitting > 16 && fitting < 3000);

        const quint64 jobBefore = window.controller()->currentJobId();
        window.start();
        QVERIFY(!window.controller()->isBusy()); // refused: nothing runs
        QCOMPARE(window.controller()->currentJobId(), jobBefore);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("3000 px")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("memoryWarning"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(formatMemory(budget)), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("%1 px").arg(fitting)));
        auto *use = box->findChild<QPushButton *>(QStringLiteral("useFittingSize"));
        QVERIFY(use);
        if (useIt) {
            use->click();
            QCOMPARE(window.settingsPanel()->outputSize()->value(), fitting);
            QVERIFY(window.controller()->currentJobId() != jobBefore); // started at the size that fits
            window.stop();
        } else {
            box->reject();
            QCOMPARE(window.settingsPanel()->outputSize()->value(), 3000);
            QCOMPARE(window.controller()->currentJobId(), jobBefore);
        }
    }
};

QTEST_MAIN(TestMemoryFit)
#include "tst_memorycheck.moc"
