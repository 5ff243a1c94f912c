// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "base/cachefolder.h"
#include "io/autosave.h"
#include "weights/weightscache.h"

using namespace nss;

// The cache folder preference: the network file's cache and the autosave both follow it, and an
// empty choice goes back to the platform's cache location.
class TestCacheFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setCacheFolder(QString()); }

    void defaultIsThePlatformCacheLocation()
    {
        QCOMPARE(cacheFolder(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
        QVERIFY(Autosave::defaultFolder().startsWith(cacheFolder()));
    }

    void chosenFolderHoldsTheCacheAndTheAutosave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        setCacheFolder(dir.path());
        QCOMPARE(cacheFolder(), dir.path());
        QCOMPARE(Autosave::defaultFolder(), dir.path() + QStringLiteral("/autosave"));
        QVERIFY2(WeightsCache::pathFor(QCoreApplication::applicationFilePath()).startsWith(dir.path() + QLatin1Char('/')),
                 qPrintable(WeightsCache::pathFor(QCoreApplication::applicationFilePath())));

        // An autosave written through the default folder really lands in the chosen one.
        Autosave autosave;
        QVERIFY(autosave.save(StyleSettings()));
        QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/autosave/autosave.nssproj")));
    }

    void emptyChoiceRestoresTheDefault()
    {
        setCacheFolder(QStringLiteral("/tmp/somewhere"));
        setCacheFolder(QString());
        QCOMPARE(cacheFolder(), defaultCacheFolder());
    }
};

QTEST_GUILESS_MAIN(TestCacheFolder)
#include "tst_cachefolder.moc"
