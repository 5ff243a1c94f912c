// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "io/imageloader.h"

using namespace nss;

class TestImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static quint32 crc32(const QByteArray &bytes)
    {
        quint32 crc = 0xFFFFFFFFu;
        for (char c : bytes) {
            crc ^= static_cast<uchar>(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return crc ^ 0xFFFFFFFFu;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QByteArray pngBytes(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB888);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private Q_SLOTS:
    void readsAGoodImage()
    {
        const auto result = loadImage(write(QStringLiteral("ok.png"), pngBytes(31, 17)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), QSize(31, 17));
    }

    void formatIsDecidedByContentNotExtension()
    {
        const auto result = loadImage(write(QStringLiteral("really-a-png.jpg"), pngBytes(8, 8)));
        QVERIFY2(result.ok(), qPrintable(result.error()));
    }

    void badInputsGiveReadableErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("text") << "text"
                              << "is not an image";
        QTest::newRow("truncated png") << "truncated"
                                       << "could not be decoded";
        QTest::newRow("bomb") << "bomb"
                              << "too large";
    }

    void badInputsGiveReadableErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QString path;
        if (kind == QLatin1String("missing")) {
            path = m_dir.filePath(QStringLiteral("nope.png"));
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.path();
        } else if (kind == QLatin1String("empty")) {
            path = write(QStringLiteral("empty.png"), {});
        } else if (kind == QLatin1String("text")) {
            path = write(QStringLiteral("notes.png"), "just some words, not pixels\n");
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray png = pngBytes(200, 200);
            path = write(QStringLiteral("cut.png"), png.left(png.size() / 2));
        } else if (kind == QLatin1String("bomb")) {
            // A valid PNG header claiming 100000 x 100000 pixels: refused before decoding.
            QByteArray png = pngBytes(1, 1);
            const char dims[8] = {0x00, 0x01, char(0x86), char(0xA0), 0x00, 0x01, char(0x86), char(0xA0)};
            png.replace(16, 8, QByteArray(dims, 8));
            const quint32 crc = crc32(png.mid(12, 17)); // IHDR chunk type + data
            for (int i = 0; i < 4; ++i)
                png[29 + i] = char((crc >> (24 - 8 * i)) & 0xFF);
            path = write(QStringLiteral("bomb.png"), png);
        }
        const auto result = loadImage(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
    }

    // A header claiming a huge picture, in each format whose size field is easy to patch: the
    // loader must refuse it from the header, before the decoder allocates gigabytes.
    void bombsInOtherFormatsAreRefusedFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("fragment");
        // Qt's BMP handler reports no size for this header; the loader reads it from the header.
        QTest::newRow("bmp") << QByteArray("BMP") << QStringLiteral("\"bomb.bmp\" is too large (50000 x 50000 pixels)");
        QTest::newRow("bmp top-down") << QByteArray("BMP-") << QStringLiteral("\"bomb.bmp\" is too large (50000 x 50000 pixels)");
        QTest::newRow("jpeg") << QByteArray("JPEG") << QStringLiteral("\"bomb.jpeg\" is too large (60000 x 60000 pixels)");
    }

    void bombsInOtherFormatsAreRefusedFromTheHeader()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, fragment);
        QImage image(4, 4, QImage::Format_RGB888);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool topDown = format.endsWith('-');
        format = format.chopped(topDown ? 1 : 0);
        QVERIFY(image.save(&buffer, format.constData()));
        const auto putLe = [&bytes](int at, int size, quint32 v) {
            for (int i = 0; i < size; ++i)
                bytes[at + i] = char((v >> (8 * i)) & 0xFF);
        };
        if (format == "BMP") {
            putLe(18, 4, 50000); // BITMAPINFOHEADER width, height: 2.5 gigapixels
            putLe(22, 4, topDown ? quint32(-50000) : 50000);
        } else if (format == "JPEG") {
            const qsizetype sof = bytes.indexOf(QByteArray("\xFF\xC0", 2));
            QVERIFY(sof > 0);
            for (int at : {int(sof) + 5, int(sof) + 7}) { // big-endian height, width: 60000 each
                bytes[at] = char(60000 >> 8);
                bytes[at + 1] = char(60000 & 0xFF);
            }
        }
        const auto result = loadImage(write(QStringLiteral("bomb.") + QString::fromLatin1(format.toLower()), bytes));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(fragment), qPrintable(result.error()));
    }

    void bytesFromABrowserDrop()
    {
        QVERIFY(loadImageData(pngBytes(5, 5), QStringLiteral("the dropped image")).ok());
        const auto bad = loadImageData("<html>", QStringLiteral("the dropped image"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().startsWith(QLatin1String("the dropped image")));
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
