// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "base/atomicfile.h"
#include "filelimit.h"
#include "readonlyfolder.h"

using namespace nss;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// writeFileAtomically: a reader sees the old file or the new one, never a mix, and a failed write
// leaves the old file as it was, with a message that names the file.
class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void writesAndReplaces()
    {
        const QString folder = m_dir.filePath(QStringLiteral("replace"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/a.bin");
        QVERIFY(writeFileAtomically(path, "first").ok());
        QCOMPARE(contents(path), QByteArray("first"));
        QVERIFY(writeFileAtomically(path, "second, longer").ok());
        QCOMPARE(contents(path), QByteArray("second, longer"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("a.bin")});
    }

    void fullDiskKeepsTheOldFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/keep.bin");
        QVERIFY(writeFileAtomically(path, "old picture").ok());
        Status written = succeeded();
        {
            const FileSizeLimit full(1024); // the disk fills after 1 KiB
            written = writeFileAtomically(path, QByteArray(64 * 1024, 'x'));
        }
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("keep.bin")), qPrintable(written.error()));
        QCOMPARE(contents(path), QByteArray("old picture"));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("keep.bin")}); // no temporary left
    }

    // In pieces (a checkpoint's header and its picture of hundreds of MB): written in order, and
    // a disk that fills in the second piece leaves the old file as it was.
    void piecesAreWrittenInOrderOrNotAtAll()
    {
        const QString folder = m_dir.filePath(QStringLiteral("pieces"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/pieces.bin");
        const QByteArray big(64 * 1024, 'y');
        QVERIFY(writeFileAtomically(path, {QByteArrayView("head:"), QByteArrayView(), big}).ok());
        QCOMPARE(contents(path), QByteArray("head:") + big);
        Status written = succeeded();
        {
            const FileSizeLimit full(1024);
            written = writeFileAtomically(path, {QByteArrayView("new head:"), big});
        }
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("pieces.bin")), qPrintable(written.error()));
        QCOMPARE(contents(path), QByteArray("head:") + big);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("pieces.bin")});
    }

    void readOnlyFolderKeepsTheOldFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/p.png");
        QVERIFY(writeFileAtomically(path, "old").ok());
        const ReadOnlyFolder readOnly(folder);
        if (readOnly.writable())
            QSKIP("This file system lets the folder accept files anyway.");
        const Status written = writeFileAtomically(path, "new");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("p.png")), qPrintable(written.error()));
        QCOMPARE(contents(path), QByteArray("old"));
    }

    void targetChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty name") << QString();
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/x.png");
        QTest::newRow("a folder") << QStringLiteral(".");
    }
    void targetChecks()
    {
        QFETCH(QString, name);
        const QString path = name.isEmpty() ? QString() : m_dir.filePath(name);
        QVERIFY(!checkWritableTarget(path).ok());
        const Status written = writeFileAtomically(path, "bytes");
        QVERIFY(!written.ok());
        QVERIFY(!written.error().isEmpty());
    }

    void deviceIsWrittenDirectly()
    {
        // /dev/null must stay a device: the write goes through it instead of replacing it.
        if (!QFile::exists(QStringLiteral("/dev/null")))
            QSKIP("No /dev/null here.");
        QVERIFY(writeFileAtomically(QStringLiteral("/dev/null"), "discarded").ok());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
