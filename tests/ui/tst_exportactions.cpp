// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include "exportactions.h"
#include "io/imageexport.h"

using namespace nss;

namespace {

StyleFrame frameAt(int step, int total, QColor color)
{
    StyleFrame frame;
    frame.jobId = 1;
    frame.step = step;
    frame.totalSteps = total;
    frame.image = QImage(40, 30, QImage::Format_RGB888);
    frame.image.fill(color);
    frame.isFinal = step == total;
    return frame;
}

// RIFF chunks after the 12-byte header: the fourcc of each, in order.
QList<QByteArray> riffChunks(const QByteArray &data)
{
    QList<QByteArray> chunks;
    qsizetype at = 12;
    while (at + 8 <= data.size()) {
        const QByteArray fourcc = data.mid(at, 4);
        const quint32 size =
            quint8(data[at + 4]) | quint8(data[at + 5]) << 8 | quint8(data[at + 6]) << 16 | quint32(quint8(data[at + 7])) << 24;
        chunks.append(fourcc);
        at += 8 + size + (size & 1);
    }
    return chunks;
}

} // namespace

class TestStudioExport : public QObject
{
    Q_OBJECT

private:
    QWidget m_window;
    StyleSettings m_settings;

    void fill(ExportActions &actions)
    {
        m_settings.seed = 4242;
        m_settings.steps = 30;
        m_settings.styles = {{QStringLiteral("/pictures/wave.jpg"), 1.0}};
        actions.beginRun(m_settings);
        actions.addFrame(frameAt(10, 30, Qt::red));
        actions.addFrame(frameAt(20, 30, Qt::green));
        actions.addFrame(frameAt(30, 30, Qt::blue));
    }

private Q_SLOTS:
    void nothingToExportBeforeARun()
    {
        ExportActions actions(&m_window);
        QMenu menu;
        actions.populate(&menu);
        for (QAction *action : menu.actions())
            QVERIFY(!action->isEnabled());
        QTemporaryDir dir;
        const Status status = actions.exportCurrentImage(dir.filePath(QStringLiteral("x.png")));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("Start")));
    }

    void imageRoundTrips_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("png") << QStringLiteral("result.png");
        QTest::newRow("jpeg") << QStringLiteral("result.jpg");
        QTest::newRow("tiff") << QStringLiteral("result.tif");
        QTest::newRow("webp") << QStringLiteral("result.webp");
    }

    void imageRoundTrips()
    {
        QFETCH(QString, fileName);
        ExportActions actions(&m_window);
        QMenu menu;
        actions.populate(&menu);
        fill(actions);
        for (QAction *action : menu.actions()) // Video… waits for a video run
            QCOMPARE(action->isEnabled(), action->objectName() != QLatin1String("exportVideo"));
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        const Status status = actions.exportCurrentImage(path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QImageReader reader(path);
        const QImage back = reader.read();
        QVERIFY2(!back.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(back.size(), QSize(40, 30));
        // The final frame, not an earlier one.
        QVERIFY(qAbs(back.pixelColor(20, 15).blue() - 255) < 8);
        const auto metadata = readImageMetadata(path);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->settings.seed, quint64(4242));
        QCOMPARE(metadata->step, 30);
        QCOMPARE(metadata->settings.styles, m_settings.styles);
    }

    void framesFolderHoldsOneFilePerFrame()
    {
        ExportActions actions(&m_window);
        fill(actions);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("frames"));
        const Status status = actions.exportAllFrames(folder);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(files[i].contains(QString::number((i + 1) * 10)), qPrintable(files[i]));
            QCOMPARE(QImageReader(QDir(folder).filePath(files[i])).size(), QSize(40, 30));
        }
    }

    // A second run's frames go to a new subfolder: the two runs never mix (issue 18, item 8).
    void framesOfAnotherRunDoNotMix()
    {
        ExportActions actions(&m_window);
        fill(actions);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("frames"));
        QVERIFY(actions.exportAllFrames(folder).ok());
        const QStringList first = QDir(folder).entryList(QDir::Files, QDir::Name);
        const QByteArray firstBytes = [&] {
            QFile f(QDir(folder).filePath(first.first()));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        fill(actions);
        QVERIFY(actions.exportAllFrames(folder).ok());
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), first); // nothing replaced or added
        QFile again(QDir(folder).filePath(first.first()));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), firstBytes);
        const QStringList subfolders = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(subfolders.size(), 1);
        QVERIFY2(subfolders.first().startsWith(QLatin1String("frames-")), qPrintable(subfolders.first()));
        QCOMPARE(QDir(QDir(folder).filePath(subfolders.first())).entryList(QDir::Files).size(), 3);
    }

    void timeLapseIsAnAnimatedWebp()
    {
        ExportActions actions(&m_window);
        fill(actions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timelapse.webp"));
        const Status status = actions.exportTimeLapseTo(path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QCOMPARE(data.left(4), QByteArray("RIFF"));
        QCOMPARE(data.mid(8, 4), QByteArray("WEBP"));
        const QList<QByteArray> chunks = riffChunks(data);
        QCOMPARE(chunks.value(0), QByteArray("VP8X"));
        QVERIFY(chunks.contains("ANIM"));
        QCOMPARE(chunks.count("ANMF"), 3);
        QImageReader reader(path);
        QVERIFY(reader.supportsAnimation());
        QCOMPARE(reader.imageCount(), 3);
    }
};

QTEST_MAIN(TestStudioExport)
#include "tst_exportactions.moc"
