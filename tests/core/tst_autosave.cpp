// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "io/autosave.h"

using namespace nss;

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static StyleSettings settings()
    {
        StyleSettings s;
        s.contentPath = QStringLiteral("/photos/moved-away.jpg"); // need not exist to be restored
        s.styles = {{QStringLiteral("/paintings/gone.png"), 1.0}};
        s.seed = 99;
        s.tvWeight = 1e-3;
        return s;
    }

    static QImage frame(QColor colour)
    {
        QImage image(40, 30, QImage::Format_RGB888);
        image.fill(colour);
        image.setPixel(3, 4, qRgb(1, 2, 3));
        return image;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultFolderIsInTheCache()
    {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QCOMPARE(Autosave::defaultFolder(), cache + QStringLiteral("/autosave"));
    }

    void nothingToRestoreAtFirst()
    {
        const Autosave autosave(m_dir.filePath(QStringLiteral("fresh")));
        QVERIFY(!autosave.exists());
        const Expected<AutosaveData> restored = autosave.restore();
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QLatin1String("no autosave")), qPrintable(restored.error()));
    }

    void roundTrip()
    {
        Autosave autosave(m_dir.filePath(QStringLiteral("cache/autosave")));
        QVERIFY(autosave.save(settings(), frame(Qt::darkGreen), 200).ok());
        const Status saved = autosave.save(settings(), frame(Qt::darkRed), 300); // the newer one wins
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(autosave.exists());

        // As at the next start: a new object on the same folder.
        const Expected<AutosaveData> restored = Autosave(autosave.folder()).restore();
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(restored->settings, settings());
        QCOMPARE(restored->step, 300);
        QCOMPARE(restored->lastFrame.convertToFormat(QImage::Format_RGB888), frame(Qt::darkRed));
        QVERIFY(restored->savedAt.isValid());
    }

    void settingsAloneBeforeTheFirstFrame()
    {
        Autosave autosave(m_dir.filePath(QStringLiteral("settings-only")));
        QVERIFY(autosave.save(settings(), frame(Qt::blue), 100).ok());
        QVERIFY(autosave.save(settings()).ok()); // a new run started: its old frame must not come back
        const Expected<AutosaveData> restored = autosave.restore();
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(restored->settings, settings());
        QVERIFY(restored->lastFrame.isNull());
    }

    void clearRemovesIt()
    {
        Autosave autosave(m_dir.filePath(QStringLiteral("cleared")));
        QVERIFY(autosave.save(settings(), frame(Qt::yellow), 100).ok());
        QVERIFY(autosave.clear().ok());
        QVERIFY(!autosave.exists());
        QVERIFY(!QFileInfo::exists(autosave.framePath()));
        QVERIFY(!autosave.restore().ok());
        QVERIFY(autosave.clear().ok()); // clearing twice is fine
    }

    void unwritableCacheIsReported()
    {
        // A file where the autosave folder should be.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Autosave autosave(blocker + QStringLiteral("/autosave"));
        const Status saved = autosave.save(settings(), frame(Qt::white), 1);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("could not be created")), qPrintable(saved.error()));
        QVERIFY(!autosave.exists());
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
