// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <webp/demux.h>

#include "io/frameexport.h"
#include "io/imageloader.h"

using namespace nss;

class TestFrameExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<StyleFrame> frames(int count, QSize size)
    {
        QList<StyleFrame> list;
        for (int i = 1; i <= count; ++i) {
            StyleFrame frame;
            frame.image = QImage(size, QImage::Format_RGB888);
            frame.image.fill(QColor::fromHsv(i * 40 % 360, 200, 220));
            frame.step = i * 100;
            frame.totalSteps = count * 100;
            frame.isFinal = i == count;
            list.append(frame);
        }
        return list;
    }

    static ExportMetadata metadata()
    {
        ExportMetadata m;
        m.settings.contentPath = QStringLiteral("/photos/harbour.jpg");
        m.settings.styles = {{QStringLiteral("/paintings/wave.png"), 1.0}};
        m.settings.seed = 42;
        return m;
    }

    struct Animation
    {
        int frameCount = 0;
        QSize canvas;
        int loopCount = -1;
        QList<int> timestamps; // when each decoded frame ends, in ms
        QList<QRgb> centres; // each frame's centre pixel
    };

    // Decodes with libwebp's own animation decoder: what browsers and viewers do.
    static std::optional<Animation> decode(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray bytes = file.readAll();
        const WebPData data{reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())};
        WebPAnimDecoderOptions options;
        WebPAnimDecoderOptionsInit(&options);
        options.color_mode = MODE_RGBA;
        WebPAnimDecoder *decoder = WebPAnimDecoderNew(&data, &options);
        if (!decoder)
            return std::nullopt;
        WebPAnimInfo info;
        WebPAnimDecoderGetInfo(decoder, &info);
        Animation animation;
        animation.frameCount = int(info.frame_count);
        animation.canvas = QSize(int(info.canvas_width), int(info.canvas_height));
        animation.loopCount = int(info.loop_count);
        while (WebPAnimDecoderHasMoreFrames(decoder)) {
            uint8_t *rgba = nullptr;
            int timestamp = 0;
            if (!WebPAnimDecoderGetNext(decoder, &rgba, &timestamp))
                break;
            const QImage image(rgba, animation.canvas.width(), animation.canvas.height(), QImage::Format_RGBA8888);
            animation.timestamps.append(timestamp);
            animation.centres.append(image.pixel(animation.canvas.width() / 2, animation.canvas.height() / 2));
        }
        WebPAnimDecoderDelete(decoder);
        return animation;
    }

private Q_SLOTS:
    void frameNamesSortByStep()
    {
        QCOMPARE(frameFileName(100), QStringLiteral("frame-000100.png"));
        QCOMPARE(frameFileName(7, ExportFormat::Jpeg), QStringLiteral("frame-000007.jpg"));
        QVERIFY(frameFileName(900) < frameFileName(1000));
    }

    void folderHoldsOneFilePerFrame()
    {
        const QString folder = m_dir.filePath(QStringLiteral("frames"));
        QList<int> progress;
        const Status saved = exportFrames(frames(4, {32, 24}), folder, metadata(), ExportFormat::Png, [&](int done, int total) {
            progress.append(done * 10 + total);
            return true;
        });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("frame-000100.png"), QStringLiteral("frame-000200.png"),
                                     QStringLiteral("frame-000300.png"), QStringLiteral("frame-000400.png")}));
        QCOMPARE(progress, (QList<int>{14, 24, 34, 44}));
        for (int i = 0; i < files.size(); ++i) {
            const QString path = QDir(folder).filePath(files[i]);
            const Expected<QImage> image = loadImage(path);
            QVERIFY2(image.ok(), qPrintable(image.error()));
            QCOMPARE(image->size(), QSize(32, 24));
            const Expected<ExportMetadata> read = readImageMetadata(path);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(read->step, (i + 1) * 100);
            QCOMPARE(read->settings, metadata().settings);
        }
    }

    void cancellingStopsAndSaysHowMany()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
        const Status saved =
            exportFrames(frames(5, {16, 16}), folder, metadata(), ExportFormat::Jpeg, [](int done, int) { return done < 2; });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("cancelled: 2 of 5 frames")), qPrintable(saved.error()));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    void framesNeedAnExistingParent()
    {
        const QString folder = m_dir.filePath(QStringLiteral("no/such/place"));
        const Status saved = exportFrames(frames(2, {8, 8}), folder, metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("does not exist")), qPrintable(saved.error()));
    }

    void timeLapseIsAnAnimatedWebp()
    {
        QList<StyleFrame> list = frames(5, {32, 24});
        // An early frame at another size: the time-lapse shows every frame at the final size.
        list[0].image = list[0].image.scaled(16, 12);
        const QString path = m_dir.filePath(QStringLiteral("timelapse.webp"));
        TimeLapseOptions options;
        options.frameDelayMs = 120;
        options.lastFrameDelayMs = 1000;
        options.quality = 100;
        QList<int> progress;
        const Status saved = exportTimeLapse(list, path, metadata(), options, [&](int done, int total) {
            progress.append(done * 10 + total);
            return true;
        });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(progress.last(), 66);

        const std::optional<Animation> animation = decode(path);
        QVERIFY(animation);
        QCOMPARE(animation->frameCount, 5);
        QCOMPARE(animation->canvas, QSize(32, 24));
        QCOMPARE(animation->loopCount, 0);
        QCOMPARE(animation->timestamps, (QList<int>{120, 240, 360, 480, 1480}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(animation->centres[i], list[i].image.pixel(list[i].image.width() / 2, list[i].image.height() / 2));

        const Expected<ExportMetadata> read = readImageMetadata(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->step, 500);
        QCOMPARE(read->settings.seed, quint64(42));
    }

    void timeLapseErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("delay");
        QTest::addColumn<QString>("message");
        QTest::newRow("not webp") << QStringLiteral("t.gif") << 3 << 100 << QStringLiteral("use the .webp extension");
        QTest::newRow("no frames") << QStringLiteral("t.webp") << 0 << 100 << QStringLiteral("no frames");
        QTest::newRow("zero delay") << QStringLiteral("t.webp") << 3 << 0 << QStringLiteral("at least 1 ms");
        QTest::newRow("missing folder") << QStringLiteral("gone/t.webp") << 3 << 100 << QStringLiteral("does not exist");
    }

    void timeLapseErrors()
    {
        QFETCH(QString, name);
        QFETCH(int, count);
        QFETCH(int, delay);
        QFETCH(QString, message);
        TimeLapseOptions options;
        options.frameDelayMs = delay;
        const Status saved = exportTimeLapse(frames(count, {8, 8}), m_dir.filePath(name), metadata(), options);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(name)));
    }

    void cancelledTimeLapseKeepsThePreviousFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.webp"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the previous time-lapse");
        }
        const Status saved = exportTimeLapse(frames(4, {8, 8}), path, metadata(), {}, [](int done, int) { return done < 2; });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("cancelled")), qPrintable(saved.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the previous time-lapse"));
    }
};

QTEST_GUILESS_MAIN(TestFrameExport)
#include "tst_frameexport.moc"
