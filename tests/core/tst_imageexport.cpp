// SPDX-License-Identifier: GPL-3.0-or-later
#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "filelimit.h"
#include "io/imageexport.h"
#include "io/imageloader.h"
#include "nss_version.h"
#include "readonlyfolder.h"

using namespace nss;

Q_DECLARE_METATYPE(nss::ExportFormat)

class TestImageExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QImage picture(int w, int h)
    {
        QImage image(w, h, QImage::Format_RGB888);
        QRandomGenerator random(7);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                image.setPixel(x, y, qRgb(x * 5, y * 7, int(random.bounded(256))));
        return image;
    }

    static ExportMetadata metadata()
    {
        ExportMetadata m;
        m.settings.contentPath = QStringLiteral("/photos/harbour.jpg");
        m.settings.styles = {{QStringLiteral("/paintings/starry night.png"), 0.7}, {QStringLiteral("/p/b&c <d> \"e\".jpg"), 0.3}};
        m.settings.seed = 18446744073709551557ull; // above 2^53: must survive as text
        m.settings.styleWeight = 3.5e5;
        m.settings.outputSize = 48;
        m.step = 250;
        return m;
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString existingFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("the previous export");
        return path;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("quality");
        QTest::addColumn<bool>("lossless");
        // What other tools (exiftool, identify) find in the file: Qt compresses long PNG text (zTXt).
        QTest::addColumn<QByteArray>("marker");
        const QByteArray plain("starry night.png");
        QTest::newRow("png") << QStringLiteral("out.png") << 95 << true << QByteArray("zTXtneural-style-studio");
        QTest::newRow("jpeg") << QStringLiteral("out.jpg") << 90 << false << plain;
        QTest::newRow("jpeg long suffix") << QStringLiteral("OUT.JPEG") << 90 << false << plain;
        QTest::newRow("tiff") << QStringLiteral("out.tif") << 95 << true << plain;
        QTest::newRow("webp lossy") << QStringLiteral("out.webp") << 80 << false << plain;
        QTest::newRow("webp lossless") << QStringLiteral("lossless.webp") << 100 << true << plain;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, quality);
        QFETCH(bool, lossless);
        QFETCH(QByteArray, marker);
        const QString path = m_dir.filePath(name);
        const QImage image = picture(48, 32);
        const Status saved = exportImage(image, path, metadata(), {std::nullopt, quality});
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        const Expected<QImage> back = loadImage(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->size(), QSize(48, 32));
        if (lossless)
            QCOMPARE(back->convertToFormat(QImage::Format_RGB888), image);

        const Expected<ExportMetadata> read = readImageMetadata(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->settings, metadata().settings);
        QCOMPARE(read->settings.seed, 18446744073709551557ull);
        QCOMPARE(read->step, 250);
        QCOMPARE(read->appVersion, QStringLiteral(NSS_VERSION));
        QVERIFY(contents(path).contains(marker));
    }

    // A print keeps the float picture's 16 bits in PNG and TIFF, and every format carries the
    // content's colour profile (Display P3 here) so a wide-gamut photo does not come out dull.
    void deepPicturesKeepTheirBitsAndProfile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("depth");
        QTest::newRow("png") << QStringLiteral("deep.png") << 64;
        QTest::newRow("tiff") << QStringLiteral("deep.tif") << 64;
        QTest::newRow("jpeg") << QStringLiteral("deep.jpg") << 32;
        QTest::newRow("webp") << QStringLiteral("deep.webp") << 32;
    }

    void deepPicturesKeepTheirBitsAndProfile()
    {
        QFETCH(QString, name);
        QFETCH(int, depth);
        QImage deep(40, 24, QImage::Format_RGBX64);
        for (int y = 0; y < deep.height(); ++y) {
            auto *row = reinterpret_cast<quint16 *>(deep.scanLine(y));
            for (int x = 0; x < deep.width(); ++x) // levels between the 8-bit ones: lost at 8 bits
                row[4 * x] = quint16(x * 1601 + 3), row[4 * x + 1] = quint16(y * 2711 + 5), row[4 * x + 2] = 40001, row[4 * x + 3] = 65535;
        }
        deep.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        const QString path = m_dir.filePath(name);
        const Status saved = exportImage(deep, path, metadata());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        const Expected<QImage> back = loadImage(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->depth(), depth);
        QCOMPARE(back->colorSpace(), QColorSpace(QColorSpace::DisplayP3));
        if (depth == 64)
            QCOMPARE(back->convertToFormat(QImage::Format_RGBX64), deep);
        const Expected<ExportMetadata> read = readImageMetadata(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->step, 250);
    }

    // An 8-bit untagged picture is written as before: 8 bits, no profile.
    void plainPicturesStayEightBitsUntagged()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(exportImage(picture(16, 8), path, metadata()).ok());
        const Expected<QImage> back = loadImage(path);
        QVERIFY(back.ok());
        QCOMPARE(back->depth(), 32);
        QVERIFY(!back->colorSpace().isValid() || back->colorSpace() == QColorSpace(QColorSpace::SRgb));
    }

    void pngAndJpegTextIsVisibleToQt_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("text.png");
        QTest::newRow("jpeg") << QStringLiteral("text.jpg");
    }

    void pngAndJpegTextIsVisibleToQt()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QVERIFY(exportImage(picture(16, 16), path, metadata()).ok());
        QImageReader reader(path);
        QCOMPARE(reader.text(QStringLiteral("Software")), QStringLiteral(NSS_PRODUCT_NAME " " NSS_VERSION));
        QVERIFY(reader.text(QString::fromLatin1(kMetadataKey)).contains(QLatin1String("\"step\":250")));
    }

    void explicitFormatWinsOverTheName()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-extension"));
        QVERIFY(exportImage(picture(20, 10), path, metadata(), {ExportFormat::Webp, 90}).ok());
        QCOMPARE(QImageReader(path).format(), QByteArray("webp"));
        QVERIFY(readImageMetadata(path).ok());
    }

    void unknownExtensionIsRefused()
    {
        const QString path = existingFile(QStringLiteral("picture.gif"));
        const Status saved = exportImage(picture(8, 8), path, metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("\"gif\" is not an export format")), qPrintable(saved.error()));
        QCOMPARE(contents(path), QByteArray("the previous export"));
    }

    void missingFolderIsNamed()
    {
        const QString folder = m_dir.filePath(QStringLiteral("not-there"));
        const Status saved = exportImage(picture(8, 8), folder + QStringLiteral("/x.png"), metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("does not exist")), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(folder), qPrintable(saved.error()));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void readOnlyFolderKeepsThePreviousFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/result.png");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the previous export");
        }
        ReadOnlyFolder locked(folder);
        if (locked.writable())
            QSKIP("This file system lets this user write to a read-only folder; nothing to test here.");
        const Status saved = exportImage(picture(8, 8), path, metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("\"result.png\"")), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QLatin1String("cannot create a file in the folder")), qPrintable(saved.error()));
        QCOMPARE(contents(path), QByteArray("the previous export"));
    }

    void fullDiskIsReported()
    {
        const Status saved = exportImage(picture(64, 64), QStringLiteral("/dev/full"), metadata(), {ExportFormat::Png, 95});
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("No space left on device")), qPrintable(saved.error()));
        // Writing to a device must never replace it with a file.
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    void diskFillingUpMidWriteKeepsThePreviousFile()
    {
        const QString path = existingFile(QStringLiteral("big.tif"));
        Status saved = succeeded();
        {
            FileSizeLimit limit(4096);
            saved = exportImage(picture(256, 256), path, metadata());
        }
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("\"big.tif\"")), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QLatin1String("unchanged")), qPrintable(saved.error()));
        QCOMPARE(contents(path), QByteArray("the previous export"));
        // No temporary file is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("big.tif*")}, QDir::Files | QDir::Hidden).size(), 1);
    }

    void webpSizeLimitIsExplained()
    {
        const QString path = m_dir.filePath(QStringLiteral("wide.webp"));
        QImage wide(16384, 1, QImage::Format_RGB888);
        wide.fill(Qt::black);
        const Status saved = exportImage(wide, path, metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("16384 x 1")), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QLatin1String("16383 pixels a side")), qPrintable(saved.error()));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Exporting over a link (a "latest.png" pointing into an archive) replaces the file it points
    // to and keeps the link.
    void symlinkKeepsPointingAtTheNewFile()
    {
        const QString target = existingFile(QStringLiteral("archive-result.png"));
        const QString link = m_dir.filePath(QStringLiteral("latest.png"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(exportImage(picture(12, 10), link, metadata()).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(loadImage(target)->size(), QSize(12, 10));
    }

    void noImageIsRefused()
    {
        const Status saved = exportImage(QImage(), m_dir.filePath(QStringLiteral("none.png")), metadata());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("no image to export")), qPrintable(saved.error()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.png"))));
    }

    void foreignImagesHaveNoSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("foreign.png");
        QTest::newRow("tiff") << QStringLiteral("foreign.tif");
        QTest::newRow("webp") << QStringLiteral("foreign.webp");
    }

    void foreignImagesHaveNoSettings()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QVERIFY(picture(8, 8).save(path));
        const Expected<ExportMetadata> read = readImageMetadata(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QLatin1String("holds no Neural Style Studio settings")), qPrintable(read.error()));
        QVERIFY2(read.error().contains(name), qPrintable(read.error()));
    }

    // How long an export or an autosave (a PNG export) takes at a typical output size: the GUI
    // decides from this what may run on its thread. Numbers in docs/PERFORMANCE.md.
    void encodeSpeed_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<int>("quality");
        QTest::newRow("png") << ExportFormat::Png << 95;
        QTest::newRow("png fast (autosave)") << ExportFormat::Png << -1;
        QTest::newRow("jpeg") << ExportFormat::Jpeg << 95;
        QTest::newRow("tiff") << ExportFormat::Tiff << 95;
        QTest::newRow("webp q95") << ExportFormat::Webp << 95;
        QTest::newRow("webp lossless") << ExportFormat::Webp << 100;
    }

    void encodeSpeed()
    {
        QFETCH(ExportFormat, format);
        QFETCH(int, quality);
        const int side =
            qEnvironmentVariableIntValue("NSS_BENCH_SIZE") > 0 ? qEnvironmentVariableIntValue("NSS_BENCH_SIZE") : 128;
        QImage image(side, side * 3 / 4, QImage::Format_RGB888);
        QRandomGenerator random(3);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) // smooth like a painting, with some grain
                image.setPixel(x, y,
                               qRgb((x * 255 / side + int(random.bounded(16))) & 255, y * 255 / side, (x + y) * 127 / side));
        QByteArray bytes;
        QBENCHMARK
        {
            bytes = encodeImage(image, format, metadata(), {format, quality < 0 ? 95 : quality, quality < 0}).value();
        }
        QVERIFY(loadImageData(bytes, QStringLiteral("encoded")).ok());
        qInfo("%s at %dx%d: %lld bytes", QTest::currentDataTag(), image.width(), image.height(), qlonglong(bytes.size()));
    }

    void missingFileHasNoSettings()
    {
        const Expected<ExportMetadata> read = readImageMetadata(m_dir.filePath(QStringLiteral("gone.png")));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QLatin1String("\"gone.png\" does not exist")), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestImageExport)
#include "tst_imageexport.moc"
