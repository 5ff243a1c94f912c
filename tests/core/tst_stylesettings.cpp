// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QJsonDocument>
#include <QTest>

#include "base/stylesettings.h"
#include "base/vgg19layers.h"

using namespace nss;

class TestStyleSettings : public QObject
{
    Q_OBJECT

private:
    static StyleSettings runnable()
    {
        StyleSettings s;
        s.contentPath = QStringLiteral("/photos/harbour.jpg");
        s.styles = {{QStringLiteral("/paintings/starry.png"), 1.0}};
        return s;
    }

private Q_SLOTS:
    void defaultsWithImagesAreValid() { QCOMPARE(runnable().validate(), QString()); }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expectedFragment");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("size 0") << "size" << 0.0 << "Output size";
        QTest::newRow("size negative") << "size" << -5.0 << "Output size";
        QTest::newRow("size absurd") << "size" << 1.0e6 << "Output size";
        QTest::newRow("steps 0") << "steps" << 0.0 << "Steps";
        QTest::newRow("style weight NaN") << "styleWeight" << nan << "style weight";
        QTest::newRow("style weight 1e30") << "styleWeight" << 1.0e30 << "style weight";
        QTest::newRow("content weight negative") << "contentWeight" << -1.0 << "content weight";
        QTest::newRow("tv weight inf") << "tvWeight" << std::numeric_limits<double>::infinity() << "total variation weight";
        QTest::newRow("lr 0") << "lr" << 0.0 << "learning rate";
        QTest::newRow("adam finish 1") << "adamFinish" << 1.0 << "Adam finish";
        QTest::newRow("style scale NaN") << "styleScale" << nan << "Style scale";
    }

    void badValuesAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expectedFragment);
        StyleSettings s = runnable();
        if (field == QLatin1String("size"))
            s.outputSize = value > 2e9 ? 2000000000 : static_cast<int>(value);
        else if (field == QLatin1String("steps"))
            s.steps = static_cast<int>(value);
        else if (field == QLatin1String("styleWeight"))
            s.styleWeight = value;
        else if (field == QLatin1String("contentWeight"))
            s.contentWeight = value;
        else if (field == QLatin1String("tvWeight"))
            s.tvWeight = value;
        else if (field == QLatin1String("lr"))
            s.learningRate = value;
        else if (field == QLatin1String("adamFinish"))
            s.adamFinish = value;
        else if (field == QLatin1String("styleScale"))
            s.styleScale = value;
        const QString message = s.validate();
        QVERIFY2(message.contains(expectedFragment), qPrintable(message));
    }

    void missingStyleAndUnknownLayerAreReported()
    {
        StyleSettings s = runnable();
        s.styles.clear();
        QVERIFY(s.validate().contains(QLatin1String("style image")));
        s = runnable();
        s.styleLayers.append({QStringLiteral("conv9_9"), 1.0});
        QVERIFY(s.validate().contains(QLatin1String("conv9_9")));
    }

    void jsonRoundTripKeepsEverything()
    {
        StyleSettings s = runnable();
        s.styles.append({QStringLiteral("/paintings/wave.jpg"), 0.3});
        s.outputSize = 768;
        s.optimizer = Optimizer::Adam;
        s.learningRate = 0.005;
        s.adamFinish = 0.25;
        s.styleWeight = 3.5e5;
        s.tvWeight = 1e-3;
        s.init = InitMode::Noise;
        s.seed = 18446744073709551557ULL; // above 2^53: must survive JSON
        s.pooling = Pooling::Average;
        s.keepColors = KeepColors::Histogram;
        s.styleLayers = {{QStringLiteral("conv2_1"), 0.5}};
        s.frameEvery = 25;
        s.scales = 3;

        const QByteArray bytes = QJsonDocument(s.toJson()).toJson();
        const auto back = StyleSettings::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == s);
    }

    // Region masks (issue 21): kept through JSON; settings without masks write no mask keys, so
    // files made before them keep their bytes.
    void masksRoundTripAndAreAbsentWhenUnset()
    {
        StyleSettings s = runnable();
        const QJsonObject plain = s.toJson();
        QVERIFY(!plain.contains(QLatin1String("keepMask")));
        QVERIFY(!plain.value(QLatin1String("styles")).toArray().at(0).toObject().contains(QLatin1String("mask")));
        s.styles.append({QStringLiteral("/paintings/wave.jpg"), 0.3, QStringLiteral("/masks/sky.png")});
        s.keepMaskPath = QStringLiteral("/masks/face.png");
        const auto back = StyleSettings::fromJson(s.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == s);
        QCOMPARE(back->styles[1].maskPath, QStringLiteral("/masks/sky.png"));
        QVERIFY(back->styles[0].maskPath.isEmpty());
        QJsonObject bad = s.toJson();
        QJsonArray styles = bad.value(QLatin1String("styles")).toArray();
        QJsonObject second = styles.at(1).toObject();
        second.insert(QStringLiteral("mask"), 3);
        styles.replace(1, second);
        bad.insert(QStringLiteral("styles"), styles);
        const auto refused = StyleSettings::fromJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("\"styles\"")), qPrintable(refused.error()));
    }

    void jsonWithWrongTypeNamesTheKey()
    {
        QJsonObject json = runnable().toJson();
        json.insert(QStringLiteral("steps"), QStringLiteral("many"));
        const auto back = StyleSettings::fromJson(json);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().contains(QLatin1String("steps")), qPrintable(back.error()));

        json = runnable().toJson();
        json.insert(QStringLiteral("optimizer"), QStringLiteral("sgd"));
        QVERIFY(StyleSettings::fromJson(json).error().contains(QLatin1String("optimizer")));
    }

    void layerIndicesFollowTorchvision()
    {
        QCOMPARE(vggFeatureIndex(QStringLiteral("conv1_1")), 0);
        QCOMPARE(vggFeatureIndex(QStringLiteral("conv4_2")), 21);
        QCOMPARE(vggFeatureIndex(QStringLiteral("conv5_1")), 28);
        QCOMPARE(vggFeatureIndex(QStringLiteral("fc6")), -1);
    }
};

QTEST_GUILESS_MAIN(TestStyleSettings)
#include "tst_stylesettings.moc"
