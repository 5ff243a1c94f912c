// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "io/projectfile.h"
#include "readonlyfolder.h"

using namespace nss;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QImage image(4, 4, QImage::Format_RGB888);
        image.fill(Qt::gray);
        image.save(path, "PNG");
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }

    // A project folder with its images inside: <root>/images/{photo,style1,style2}.png
    StyleSettings settingsIn(const QString &root)
    {
        StyleSettings s;
        s.contentPath = root + QStringLiteral("/images/photo.png");
        s.styles = {{root + QStringLiteral("/images/style1.png"), 2.0}, {root + QStringLiteral("/images/style 2.png"), 1.0}};
        s.styleWeight = 2.5e5;
        s.seed = 1234;
        s.steps = 40;
        s.optimizer = Optimizer::Adam;
        touch(s.contentPath);
        for (const StyleSource &style : s.styles)
            touch(style.path);
        return s;
    }

private Q_SLOTS:
    void roundTripStoresRelativePaths()
    {
        const QString root = m_dir.filePath(QStringLiteral("round"));
        const StyleSettings settings = settingsIn(root);
        const QString path = root + QStringLiteral("/my.nssproj");
        const Status saved = saveProject(path, settings);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        const QJsonObject json = QJsonDocument::fromJson(contents(path)).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("neural-style-studio-project"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("images/photo.png"));

        const Expected<StyleSettings> opened = openProject(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), settings);
    }

    // A bundled sample (the app's "Try a sample" gallery) is stored as its resource path, never
    // made relative to the project, so the project reopens wherever the app runs.
    void bundledSamplesKeepTheirResourcePaths()
    {
        const QString root = m_dir.filePath(QStringLiteral("samples"));
        StyleSettings settings = settingsIn(root);
        settings.contentPath = QStringLiteral(":/gallery/photo-astronaut.jpg");
        settings.styles[0].path = QStringLiteral(":/gallery/hokusai-great-wave.jpg");
        const QString path = root + QStringLiteral("/p.nssproj");
        QVERIFY(saveProject(path, settings).ok());
        const QJsonObject stored = QJsonDocument::fromJson(contents(path)).object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(stored.value(QStringLiteral("content")).toString(), settings.contentPath);

        const Expected<StyleSettings> opened = openProject(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), settings);
    }

    void movedFolderFindsItsImages()
    {
        const QString before = m_dir.filePath(QStringLiteral("before"));
        const StyleSettings settings = settingsIn(before);
        QVERIFY(saveProject(before + QStringLiteral("/p.nssproj"), settings).ok());
        const QString after = m_dir.filePath(QStringLiteral("after"));
        QVERIFY(QDir().rename(before, after));

        const Expected<StyleSettings> opened = openProject(after + QStringLiteral("/p.nssproj"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->contentPath, after + QStringLiteral("/images/photo.png"));
        QCOMPARE(opened->styles[1].path, after + QStringLiteral("/images/style 2.png"));
    }

    void movedProjectFileFallsBackToAbsolutePaths()
    {
        const QString root = m_dir.filePath(QStringLiteral("stay"));
        StyleSettings settings = settingsIn(root);
        settings.styles[1].sourceMaskPath = root + QStringLiteral("/images/part.png"); // the part of a painting: found too
        touch(settings.styles[1].sourceMaskPath);
        QVERIFY(saveProject(root + QStringLiteral("/p.nssproj"), settings).ok());
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere/deeper"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::rename(root + QStringLiteral("/p.nssproj"), elsewhere + QStringLiteral("/p.nssproj")));

        const Expected<StyleSettings> opened = openProject(elsewhere + QStringLiteral("/p.nssproj"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), settings);
    }

    void missingImagesAreNamed()
    {
        const QString root = m_dir.filePath(QStringLiteral("missing"));
        const StyleSettings settings = settingsIn(root);
        QVERIFY(saveProject(root + QStringLiteral("/p.nssproj"), settings).ok());
        QVERIFY(QFile::remove(settings.styles[0].path));

        const Expected<StyleSettings> opened = openProject(root + QStringLiteral("/p.nssproj"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("uses images that are missing")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("style1.png")), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(QLatin1String("photo.png")), qPrintable(opened.error()));

        const Expected<StyleSettings> kept = openProject(root + QStringLiteral("/p.nssproj"), MissingImages::Keep);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept.value(), settings);
    }

    void badFilesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("\x89PNG\r\n\x1a\n binary") << QStringLiteral("it is not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("it is not JSON");
        QTest::newRow("other json") << QByteArray(R"({"name": "something else"})")
                                    << QStringLiteral("is JSON but not a Neural Style Studio project");
        QTest::newRow("newer") << QByteArray(
            R"({"format": "neural-style-studio-project", "version": 7, "savedBy": "Neural Style Studio 9.0", "settings": {}})")
                               << QStringLiteral(
                                      "saved by a newer Neural Style Studio (Neural Style Studio 9.0, project format 7)");
        QTest::newRow("no version") << QByteArray(R"({"format": "neural-style-studio-project", "settings": {}})")
                                    << QStringLiteral("no valid format version");
        QTest::newRow("bad setting") << QByteArray(
            R"({"format": "neural-style-studio-project", "version": 1, "settings": {"steps": "many"}})")
                                     << QStringLiteral("has a bad setting");
    }

    void badFilesAreExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.nssproj"));
        write(path, bytes);
        const Expected<StyleSettings> opened = openProject(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("\"bad.nssproj\"")), qPrintable(opened.error()));
    }

    // Every value outside the range the window's controls hold is refused at open, naming the
    // setting, instead of being clamped by a spin box without a word.
    void outOfRangeSettingsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("setting"); // JSON: "key": value
        QTest::addColumn<QString>("message");
        QTest::newRow("steps 10^9") << R"("steps": 1000000000)"
                                    << "Steps must be between 1 and 1000000 (got 1000000000)";
        QTest::newRow("steps 0") << R"("steps": 0)"
                                 << "Steps must be between 1 and 1000000 (got 0)";
        QTest::newRow("size -5") << R"("size": -5)"
                                 << "Output size must be between 16 and 8192 pixels (got -5)";
        QTest::newRow("size 10^5") << R"("size": 100000)"
                                   << "Output size must be between 16 and 8192 pixels";
        QTest::newRow("style weight 1e40") << R"("styleWeight": 1e40)"
                                           << "The style weight must be a number from 0 to 1e15";
        QTest::newRow("content weight -1") << R"("contentWeight": -1)"
                                           << "The content weight must be a number from 0 to 1e15";
        QTest::newRow("tv weight 1e16") << R"("tvWeight": 1e16)"
                                        << "The total variation weight must be a number";
        QTest::newRow("style scale 100") << R"("styleScale": 100)"
                                         << "Style scale must be between 0.05 and 8";
        QTest::newRow("blend 1e9") << R"("styles": [{"path": "a.png", "blend": 1e9}])"
                                   << "Style blend weights";
        QTest::newRow("frame every 10^8") << R"("frameEvery": 100000000)"
                                          << "The frame interval must be between 1 and";
        QTest::newRow("scales 9") << R"("scales": 9)"
                                  << "The number of scales must be between 0 (automatic) and 5";
        QTest::newRow("seed 2^40") << R"("seed": "1099511627776")"
                                   << "The seed must be a whole number from 0 to 2147483647";
        QTest::newRow("threads 5000") << R"("threads": 5000)"
                                      << "The thread count must be between 0";
        QTest::newRow("learning rate 0") << R"("learningRate": 0)"
                                         << "The learning rate must be above 0";
        QTest::newRow("unknown layer") << R"("styleLayers": [{"layer": "conv9_9", "weight": 1}])"
                                       << "Unknown VGG-19 layer \"conv9_9\"";
        QTest::newRow("layer weight 1e9") << R"("contentLayers": [{"layer": "conv4_2", "weight": 1e9}])"
                                          << "Layer weights must be numbers from 0 to 1e6 (got 1e+09 for conv4_2)";
        QTest::newRow("layer twice") << R"("styleLayers": [{"layer": "conv1_1"}, {"layer": "conv1_1"}])"
                                     << "The layer conv1_1 is listed twice in the style layers";
        QTest::newRow("unknown optimizer") << R"("optimizer": "sgd")"
                                           << "The setting \"optimizer\"";
        QTest::newRow("steps not whole") << R"("steps": 1.5)"
                                         << "The setting \"steps\"";
        QTest::newRow("steps beyond int") << R"("steps": 1e300)"
                                          << "The setting \"steps\"";
    }

    void outOfRangeSettingsAreRefusedByName()
    {
        QFETCH(QString, setting);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("range.nssproj"));
        write(
            path,
            QStringLiteral(R"({"format": "neural-style-studio-project", "version": 1, "settings": {%1}})").arg(setting).toUtf8());
        const Expected<StyleSettings> opened = openProject(path, MissingImages::Keep);
        QVERIFY2(!opened.ok(), qPrintable(setting));
        QVERIFY2(opened.error().contains(QLatin1String("The project \"range.nssproj\" has a bad setting")),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    }

    // The edges themselves open: the ranges are the controls' ranges, not narrower.
    void settingsAtTheEdgesOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("edges.nssproj"));
        write(path, R"({"format": "neural-style-studio-project", "version": 1, "settings": {
            "steps": 1000000, "size": 16, "styleWeight": 1e15, "contentWeight": 0, "tvWeight": 0,
            "styleScale": 8, "frameEvery": 1000000, "scales": 5, "seed": "2147483647",
            "styleLayers": [{"layer": "conv5_4", "weight": 1e6}]}})");
        const Expected<StyleSettings> opened = openProject(path, MissingImages::Keep);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->steps, 1000000);
        QCOMPARE(opened->styleWeight, 1e15);
        QCOMPARE(opened->seed, quint64(2147483647));
    }

    void missingProjectIsNamed()
    {
        const Expected<StyleSettings> opened = openProject(m_dir.filePath(QStringLiteral("nowhere.nssproj")));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("\"nowhere.nssproj\" does not exist")), qPrintable(opened.error()));
    }

    void failedSaveKeepsThePreviousProject()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/p.nssproj");
        write(path, "previous project");
        ReadOnlyFolder locked(folder);
        if (locked.writable())
            QSKIP("This file system lets this user write to a read-only folder; nothing to test here.");
        const Status saved = saveProject(path, StyleSettings());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("\"p.nssproj\"")), qPrintable(saved.error()));
        QCOMPARE(contents(path), QByteArray("previous project"));
    }

    void saveToMissingFolderIsNamed()
    {
        const Status saved = saveProject(m_dir.filePath(QStringLiteral("no-folder/p.nssproj")), StyleSettings());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("does not exist")), qPrintable(saved.error()));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
