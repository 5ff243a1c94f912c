// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QMenu>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "exportactions.h"
#include "io/imageexport.h"
#include "studiotestutil.h"

using namespace nss;

namespace {

// Noise compresses badly: the slowest picture to encode, so the export takes long enough to matter.
StyleFrame noiseFrame(int step, int width, int height)
{
    StyleFrame frame;
    frame.jobId = 1;
    frame.step = step;
    frame.totalSteps = 100;
    frame.isFinal = step == 100;
    frame.image = QImage(width, height, QImage::Format_RGB888);
    QRandomGenerator generator{quint32(step)};
    for (int y = 0; y < height; ++y) {
        uchar *line = frame.image.scanLine(y);
        for (int x = 0; x < width * 3; ++x)
            line[x] = uchar(generator.bounded(256));
    }
    return frame;
}

void fill(ExportActions &actions, int frames, int width, int height)
{
    StyleSettings settings;
    settings.seed = 77;
    settings.steps = 100;
    actions.beginRun(settings);
    for (int i = 1; i <= frames; ++i)
        actions.addFrame(noiseFrame(i * 100 / frames, width, height));
}

} // namespace

class TestExportWorker : public QObject
{
    Q_OBJECT

private:
    QWidget m_window;

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void bigExportDoesNotBlockTheHeartbeat()
    {
        ExportActions actions(&m_window);
        fill(actions, 1, 1024, 1024);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.png"));
        QSignalSpy finished(&actions, &ExportActions::finished);

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        heartbeat.start();
        QVERIFY(actions.startExport(ExportActions::Kind::Image, path));
        QVERIFY(actions.isBusy());
        QVERIFY(finished.wait(60000));
        const qint64 took = clock.elapsed();
        heartbeat.stop();
        qInfo("1024 px PNG export: %lld ms on the worker, worst heartbeat gap %lld ms over %d ticks", took, worstGap, ticks);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("big.png")));
        QVERIFY(!actions.isBusy());
        QVERIFY2(worstGap <= 10 + 50, qPrintable(QStringLiteral("worst heartbeat gap %1 ms").arg(worstGap)));

        QImageReader reader(path);
        const QImage back = reader.read();
        QVERIFY2(!back.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(back.size(), QSize(1024, 1024));
        QCOMPARE(back.convertToFormat(QImage::Format_RGB888), actions.frames().constLast().image);
        const auto metadata = readImageMetadata(path);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.seed, quint64(77));
    }

    void aSecondExportIsRefusedWhileOneRuns()
    {
        ExportActions actions(&m_window);
        fill(actions, 1, 1024, 768);
        QTemporaryDir dir;
        QSignalSpy messages(&actions, &ExportActions::message);
        QSignalSpy finished(&actions, &ExportActions::finished);
        QVERIFY(actions.startExport(ExportActions::Kind::Image, dir.filePath(QStringLiteral("first.tif"))));
        QVERIFY(!actions.startExport(ExportActions::Kind::Image, dir.filePath(QStringLiteral("second.png"))));
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Another export can start when it is done")),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("first.tif")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.png"))));
        QCOMPARE(QImageReader(dir.filePath(QStringLiteral("first.tif"))).size(), QSize(1024, 768));
        // Once it is done the next one runs.
        QVERIFY(actions.startExport(ExportActions::Kind::Image, dir.filePath(QStringLiteral("second.png"))));
        QVERIFY(finished.wait(60000));
        QCOMPARE(QImageReader(dir.filePath(QStringLiteral("second.png"))).size(), QSize(1024, 768));
    }

    void framesAndTimeLapseRunOnTheWorker()
    {
        ExportActions actions(&m_window);
        fill(actions, 4, 64, 48);
        QTemporaryDir dir;
        QSignalSpy finished(&actions, &ExportActions::finished);
        const QString folder = dir.filePath(QStringLiteral("frames"));
        QVERIFY(actions.startExport(ExportActions::Kind::Frames, folder));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("Saved 4 frame")));

        const QString webp = dir.filePath(QStringLiteral("timelapse.webp"));
        QVERIFY(actions.startExport(ExportActions::Kind::TimeLapse, webp));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QImageReader reader(webp);
        QVERIFY(reader.supportsAnimation());
        QCOMPARE(reader.imageCount(), 4);
    }

    void aFailedExportSaysWhy()
    {
        ExportActions actions(&m_window);
        fill(actions, 1, 32, 32);
        QSignalSpy finished(&actions, &ExportActions::finished);
        QVERIFY(actions.startExport(ExportActions::Kind::Image, QStringLiteral("/nonexistent-folder/x.png")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("x.png")),
                 qPrintable(finished.last().at(1).toString()));
        QVERIFY(!actions.isBusy());
    }

    void closingTheWindowWaitsForARunningExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("at-close.png"));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            fill(*window.exportActions(), 1, 1024, 1024);
            QVERIFY(window.exportActions()->startExport(ExportActions::Kind::Image, path));
            auto *busy = window.statusBar()->findChild<QProgressBar *>(QStringLiteral("exportBusy"));
            QVERIFY(busy && busy->isVisible());
            QVERIFY(!window.close()); // not yet: the file is being written
            QVERIFY(window.isVisible());
            QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Closing when the export is finished")));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60000); // and then it closes by itself
            QVERIFY(!busy->isVisible());
        }
        QCOMPARE(QImage(path).size(), QSize(1024, 1024)); // complete, nothing lost
    }
};

QTEST_MAIN(TestExportWorker)
#include "tst_exportactions_worker.moc"
