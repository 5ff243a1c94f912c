// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>

#include "io/tifftags.h"

using namespace nss;

class TestTiffTags : public QObject
{
    Q_OBJECT

private:
    static QByteArray qtTiff()
    {
        QImage image(9, 7, QImage::Format_RGB888);
        image.fill(Qt::darkMagenta);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "TIFF");
        return bytes;
    }

    // A 2x1 8-bit grey image, big endian ("MM"), written by hand: Qt only writes little endian.
    static QByteArray bigEndianTiff()
    {
        QByteArray t("MM\x00\x2A\x00\x00\x00\x08", 8);
        const auto u16 = [&](int v) { t.append(char(v >> 8)).append(char(v & 0xFF)); };
        const auto u32 = [&](quint32 v) {
            u16(int(v >> 16));
            u16(int(v & 0xFFFF));
        };
        const auto shortEntry = [&](int tag, int value) {
            u16(tag);
            u16(3);
            u32(1);
            u16(value);
            u16(0);
        };
        const auto longEntry = [&](int tag, quint32 value) {
            u16(tag);
            u16(4);
            u32(1);
            u32(value);
        };
        u16(8);
        longEntry(256, 2); // ImageWidth
        longEntry(257, 1); // ImageLength
        shortEntry(258, 8); // BitsPerSample
        shortEntry(259, 1); // Compression: none
        shortEntry(262, 1); // Photometric: black is zero
        longEntry(273, 8 + 2 + 8 * 12 + 4); // StripOffsets: right after the IFD
        longEntry(278, 1); // RowsPerStrip
        longEntry(279, 2); // StripByteCounts
        u32(0);
        t.append(char(0x10)).append(char(0xF0));
        return t;
    }

    static QImage decode(const QByteArray &tiff)
    {
        QBuffer buffer;
        buffer.setData(tiff);
        buffer.open(QIODevice::ReadOnly);
        return QImageReader(&buffer, "tiff").read();
    }

private Q_SLOTS:
    void qtTiffKeepsItsPixels()
    {
        const QByteArray plain = qtTiff();
        const auto tagged = withTiffAsciiTags(plain, {{kTiffImageDescription, "{\"a\": 1}"}, {kTiffSoftware, "NSS"}});
        QVERIFY(tagged);
        QCOMPARE(decode(*tagged), decode(plain));
        QCOMPARE(tiffAsciiTag(*tagged, kTiffImageDescription), std::optional<QByteArray>("{\"a\": 1}"));
        QCOMPARE(tiffAsciiTag(*tagged, kTiffSoftware), std::optional<QByteArray>("NSS"));
        QCOMPARE(tiffAsciiTag(plain, kTiffImageDescription), std::nullopt);
    }

    void bigEndianAndReplacing()
    {
        const QByteArray plain = bigEndianTiff();
        QCOMPARE(decode(plain).size(), QSize(2, 1));
        const auto first = withTiffAsciiTags(plain, {{kTiffImageDescription, "first description"}});
        QVERIFY(first);
        const auto second = withTiffAsciiTags(*first, {{kTiffImageDescription, "abc"}}); // short: stored inline
        QVERIFY(second);
        QCOMPARE(tiffAsciiTag(*second, kTiffImageDescription), std::optional<QByteArray>("abc"));
        const QImage image = decode(*second);
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(qGray(image.pixel(0, 0)), 0x10);
        QCOMPARE(qGray(image.pixel(1, 0)), 0xF0);
    }

    // Exported files are read back from anywhere: every cut-off version of one must be refused,
    // never read past its end (the asan preset checks the "never").
    void truncatedFilesAreRefused()
    {
        const auto tagged = withTiffAsciiTags(bigEndianTiff(), {{kTiffImageDescription, "settings text"}});
        QVERIFY(tagged);
        for (qsizetype size = 0; size < tagged->size(); ++size) {
            const QByteArray cut = tagged->left(size);
            QCOMPARE(tiffAsciiTag(cut, kTiffImageDescription), std::nullopt);
            QCOMPARE(withTiffAsciiTags(cut, {{kTiffSoftware, "x"}}), std::nullopt);
        }
    }

    void corruptDirectoriesAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("not tiff") << 0 << QByteArray("PK");
        QTest::newRow("wrong magic") << 2 << QByteArray("\x00\x2B", 2);
        QTest::newRow("ifd beyond end") << 4 << QByteArray("\xFF\xFF\xFF\xF0", 4);
        QTest::newRow("huge entry count") << 8 << QByteArray("\xFF\xFF", 2);
    }

    void corruptDirectoriesAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, patch);
        QByteArray tiff = bigEndianTiff();
        tiff.replace(offset, patch.size(), patch);
        QCOMPARE(tiffAsciiTag(tiff, kTiffImageDescription), std::nullopt);
        QCOMPARE(withTiffAsciiTags(tiff, {{kTiffSoftware, "x"}}), std::nullopt);
    }

    void valueOffsetOutsideTheFileIsRefused()
    {
        auto tagged = withTiffAsciiTags(bigEndianTiff(), {{kTiffImageDescription, "a long enough text"}});
        QVERIFY(tagged);
        // Point the description's value far past the end.
        const qsizetype at = tagged->indexOf(QByteArray("\x01\x0E\x00\x02", 4));
        QVERIFY(at > 0);
        tagged->replace(at + 8, 4, QByteArray("\x7F\xFF\xFF\xFF", 4));
        QCOMPARE(tiffAsciiTag(*tagged, kTiffImageDescription), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTiffTags)
#include "tst_tifftags.moc"
