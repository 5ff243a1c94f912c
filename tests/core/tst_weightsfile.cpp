// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "weights/weightsfile.h"

using namespace nss;

// Where both programs find the network file: the same order, one shared data folder, and the
// per-program folders of earlier versions still searched. A fresh HOME and XDG folders per case.
class TestWeightsFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QString path(const QString &relative) const { return m_home.filePath(relative); }

    static void touch(const QString &file)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not empty");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", path(QStringLiteral("system")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toLocal8Bit());
        qunsetenv("TORCH_HOME");
        qunsetenv("NSS_VGG19_WEIGHTS");
    }

    // The folder does not depend on which program asks: the GUI downloads where the CLI looks.
    void bothProgramsShareOneDataFolder()
    {
        const QString expected = path(QStringLiteral("data/NeuralStyleStudio"));
        for (const char *program : {"neural-style", "neural-style-studio"}) {
            QCoreApplication::setApplicationName(QLatin1String(program));
            QCOMPARE(weightsDataFolder(), expected);
            QCOMPARE(weightsSearchFolders().first(), expected);
        }
    }

    void findsTheFileInOrder_data()
    {
        QTest::addColumn<QStringList>("present"); // files made under the temporary HOME
        QTest::addColumn<QString>("explicitPath");
        QTest::addColumn<QString>("preferredPath");
        QTest::addColumn<QString>("environment"); // NSS_VGG19_WEIGHTS
        QTest::addColumn<QString>("found");

        const QString shared = QStringLiteral("data/NeuralStyleStudio/vgg19-dcbad4b5.pth");
        const QString oldGui = QStringLiteral("data/NeuralStyleStudio/neural-style-studio/vgg19-dcbad4b5.pth");
        const QString oldCli = QStringLiteral("data/NeuralStyleStudio/neural-style/vgg19-dcbad4b5.pth");
        const QString hub = QStringLiteral("cache/torch/hub/checkpoints/vgg19-dcbad4b5.pth");
        const QString all[] = {QStringLiteral("given.pth"), QStringLiteral("chosen.pth"), QStringLiteral("env.pth"), shared, hub};
        const QStringList everything(std::begin(all), std::end(all));

        QTest::newRow("--weights first") << everything << "given.pth"
                                         << "chosen.pth"
                                         << "env.pth"
                                         << "given.pth";
        QTest::newRow("then the Preferences choice") << everything << ""
                                                     << "chosen.pth"
                                                     << "env.pth"
                                                     << "chosen.pth";
        QTest::newRow("a choice whose file went falls through") << everything << ""
                                                                << "gone.pth"
                                                                << "env.pth"
                                                                << "env.pth";
        QTest::newRow("then the environment") << everything << ""
                                              << ""
                                              << "env.pth"
                                              << "env.pth";
        QTest::newRow("then the shared data folder") << everything << ""
                                                     << ""
                                                     << "" << shared;
        QTest::newRow("the studio's old folder") << QStringList{oldGui, hub} << ""
                                                 << ""
                                                 << "" << oldGui;
        QTest::newRow("the command line's old folder") << QStringList{oldCli, hub} << ""
                                                       << ""
                                                       << "" << oldCli;
        QTest::newRow("the shared folder before the old ones") << QStringList{oldGui, shared} << ""
                                                               << ""
                                                               << "" << shared;
        QTest::newRow("then PyTorch's hub cache") << QStringList{hub} << ""
                                                  << ""
                                                  << "" << hub;
    }

    void findsTheFileInOrder()
    {
        QFETCH(QStringList, present);
        QFETCH(QString, explicitPath);
        QFETCH(QString, preferredPath);
        QFETCH(QString, environment);
        QFETCH(QString, found);
        for (const QString &file : present)
            touch(path(file));
        if (!environment.isEmpty())
            qputenv("NSS_VGG19_WEIGHTS", path(environment).toLocal8Bit());
        const auto absolute = [&](const QString &p) { return p.isEmpty() ? p : path(p); };
        for (const char *program : {"neural-style", "neural-style-studio"}) {
            QCoreApplication::setApplicationName(QLatin1String(program));
            const Expected<QString> located = locateWeights(absolute(explicitPath), absolute(preferredPath));
            QVERIFY2(located.ok(), qPrintable(located.error()));
            QCOMPARE(located.value(), path(found));
        }
    }

    void torchHomeNamesTheHubCache()
    {
        touch(path(QStringLiteral("torch-home/hub/checkpoints/vgg19-dcbad4b5.pth")));
        qputenv("TORCH_HOME", path(QStringLiteral("torch-home")).toLocal8Bit());
        const Expected<QString> located = locateWeights();
        QVERIFY2(located.ok(), qPrintable(located.error()));
        QCOMPARE(located.value(), path(QStringLiteral("torch-home/hub/checkpoints/vgg19-dcbad4b5.pth")));
    }

    void aMissingExplicitOrEnvironmentFileIsAnError()
    {
        touch(path(QStringLiteral("data/NeuralStyleStudio/vgg19-dcbad4b5.pth")));
        const Expected<QString> given = locateWeights(path(QStringLiteral("nowhere.pth")));
        QVERIFY(!given.ok());
        QVERIFY2(given.error().contains(QLatin1String("nowhere.pth")), qPrintable(given.error()));
        qputenv("NSS_VGG19_WEIGHTS", path(QStringLiteral("lost.pth")).toLocal8Bit());
        const Expected<QString> fromEnv = locateWeights();
        QVERIFY(!fromEnv.ok());
        QVERIFY2(fromEnv.error().contains(QLatin1String("NSS_VGG19_WEIGHTS")), qPrintable(fromEnv.error()));
    }

    void noneFoundSaysWhereToPutIt()
    {
        const Expected<QString> located = locateWeights();
        QVERIFY(!located.ok());
        QVERIFY2(located.error().contains(QDir::toNativeSeparators(path(QStringLiteral("data/NeuralStyleStudio")))),
                 qPrintable(located.error()));
        QVERIFY2(located.error().contains(QLatin1String("https://download.pytorch.org/models/vgg19-dcbad4b5.pth")),
                 qPrintable(located.error()));
    }
};

QTEST_GUILESS_MAIN(TestWeightsFile)
#include "tst_weightsfile.moc"
