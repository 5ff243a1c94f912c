// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QTest>

#include "weights/zipdirectory.h"

using namespace nss;

// The zip directory reader on its own, with archives built here byte by byte: stored entries
// with and without a top folder, an archive comment, and the damage it must name.
class TestZipDirectory : public QObject
{
    Q_OBJECT

    struct Item
    {
        QByteArray name;
        QByteArray data;
        int method = 0; // 0 stored, 8 deflated (only the header says so)
    };

    static void put(QByteArray &out, quint64 value, int width)
    {
        for (int i = 0; i < width; ++i)
            out.append(char((value >> (8 * i)) & 0xff));
    }

    // Local headers and data, the central directory, the end record (+ comment).
    static QByteArray makeZip(const QList<Item> &items, const QByteArray &comment = {})
    {
        QByteArray zip, directory;
        for (const Item &item : items) {
            const qint64 local = zip.size();
            zip.append("PK\x03\x04", 4);
            put(zip, 20, 2), put(zip, 0, 2), put(zip, item.method, 2), put(zip, 0, 4), put(zip, 0, 4);
            put(zip, item.data.size(), 4), put(zip, item.data.size(), 4), put(zip, item.name.size(), 2), put(zip, 0, 2);
            zip.append(item.name).append(item.data);
            directory.append("PK\x01\x02", 4);
            put(directory, 20, 2), put(directory, 20, 2), put(directory, 0, 2), put(directory, item.method, 2);
            put(directory, 0, 4), put(directory, 0, 4), put(directory, item.data.size(), 4), put(directory, item.data.size(), 4);
            put(directory, item.name.size(), 2), put(directory, 0, 2), put(directory, 0, 2), put(directory, 0, 2);
            put(directory, 0, 2), put(directory, 0, 4), put(directory, local, 4);
            directory.append(item.name);
        }
        const qint64 directoryOffset = zip.size();
        zip.append(directory);
        zip.append("PK\x05\x06", 4);
        put(zip, 0, 2), put(zip, 0, 2), put(zip, items.size(), 2), put(zip, items.size(), 2);
        put(zip, directory.size(), 4), put(zip, directoryOffset, 4), put(zip, comment.size(), 2);
        return zip.append(comment);
    }

    static Expected<ZipDirectory> read(QBuffer &buffer, const QByteArray &bytes)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return ZipDirectory::read(buffer, QStringLiteral("test.zip"));
    }

private Q_SLOTS:
    void findsStoredEntries_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("comment");
        QTest::newRow("archive/ folder") << QByteArray("archive/") << QByteArray();
        QTest::newRow("folder named after the file") << QByteArray("vgg19-zip/") << QByteArray();
        QTest::newRow("no folder") << QByteArray() << QByteArray();
        QTest::newRow("with an archive comment") << QByteArray("archive/") << QByteArray(300, 'c');
    }

    void findsStoredEntries()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, comment);
        QBuffer buffer;
        const auto zip =
            read(buffer, makeZip({{prefix + "data.pkl", "pickle bytes"}, {prefix + "data/0", QByteArray(24, 'x')}}, comment));
        QVERIFY2(zip.ok(), qPrintable(zip.error()));
        QCOMPARE(zip->entries().size(), size_t(2));
        const ZipDirectory::Entry *pickle = zip->find(QString::fromLatin1(prefix + "data.pkl"));
        QVERIFY(pickle);
        QCOMPARE(pickle->size, 12);
        const auto start = zip->dataOffset(buffer, *pickle);
        QVERIFY2(start.ok(), qPrintable(start.error()));
        buffer.seek(start.value());
        QCOMPARE(buffer.read(12), QByteArray("pickle bytes"));
        QVERIFY(!zip->find(QStringLiteral("missing")));
    }

    void namesTheDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("cut before the end record") << "cut"
                                                   << "truncated zip archive";
        QTest::newRow("compressed entry") << "deflated"
                                          << "is compressed; PyTorch writes them uncompressed";
        QTest::newRow("directory outside the file") << "directory"
                                                    << "its zip directory lies outside the file";
        QTest::newRow("garbled directory entry") << "entry"
                                                 << "its zip directory is garbled (entry 1)";
        QTest::newRow("garbled local header") << "local"
                                              << "the zip entry data.pkl is garbled";
    }

    void namesTheDamage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, fragment);
        QByteArray bytes = makeZip({{"data.pkl", "pickle bytes", damage == QLatin1String("deflated") ? 8 : 0}});
        const qint64 directory = bytes.indexOf("PK\x01\x02");
        if (damage == QLatin1String("cut"))
            bytes.chop(10);
        else if (damage == QLatin1String("directory"))
            bytes[bytes.size() - 3] = char(0x7f); // the directory offset's top byte
        else if (damage == QLatin1String("entry"))
            bytes[directory + 1] = 'X';
        else if (damage == QLatin1String("local"))
            bytes[1] = 'X';
        QBuffer buffer;
        const auto zip = read(buffer, bytes);
        QString error = zip.ok() ? QString() : zip.error();
        if (zip.ok()) {
            QCOMPARE(zip->entries().size(), size_t(1));
            const auto start = zip->dataOffset(buffer, zip->entries().front());
            QVERIFY(!start.ok());
            error = start.error();
        }
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("test.zip")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZipDirectory)
#include "tst_zipdirectory.moc"
