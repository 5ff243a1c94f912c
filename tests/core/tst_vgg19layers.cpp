// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "base/vgg19layers.h"

using namespace nss;

// The one VGG-19 table: torchvision's vgg19().features, which the settings, the network file's
// check and the network all read. A wrong entry would load a file into the wrong layers.
class TestVgg19Layers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixteenConvolutionsChainedByChannels()
    {
        const auto &layers = vgg19ConvLayers();
        QCOMPARE(layers.size(), size_t(16));
        QCOMPARE(layers.front().inChannels, 3);
        for (size_t i = 1; i < layers.size(); ++i) {
            QCOMPARE(layers[i].inChannels, layers[i - 1].outChannels);
            QVERIFY(layers[i].index > layers[i - 1].index);
        }
        QCOMPARE(layers.back().name, QStringLiteral("conv5_4"));
        QCOMPARE(vggConvLayerNames().size(), 16);
    }

    void featureIndexByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::newRow("conv1_1") << QStringLiteral("conv1_1") << 0;
        QTest::newRow("conv2_1") << QStringLiteral("conv2_1") << 5;
        QTest::newRow("conv3_1") << QStringLiteral("conv3_1") << 10;
        QTest::newRow("conv4_1") << QStringLiteral("conv4_1") << 19;
        QTest::newRow("conv4_2") << QStringLiteral("conv4_2") << 21;
        QTest::newRow("conv5_1") << QStringLiteral("conv5_1") << 28;
        QTest::newRow("conv5_4") << QStringLiteral("conv5_4") << 34;
        QTest::newRow("unknown") << QStringLiteral("fc6") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void featureIndexByName()
    {
        QFETCH(QString, name);
        QFETCH(int, index);
        QCOMPARE(vggFeatureIndex(name), index);
    }

    void everyOtherIndexIsReluOrPool()
    {
        // torchvision: pools at 4, 9, 18, 27, 36; every other non-conv index is a ReLU.
        QList<int> pools;
        for (int i = 0; i <= 36; ++i) {
            if (isVggPoolIndex(i))
                pools.append(i);
            QVERIFY(!(isVggPoolIndex(i) && isVggConvIndex(i)));
        }
        QCOMPARE(pools, (QList<int>{4, 9, 18, 27, 36}));
        QVERIFY(!isVggConvIndex(1));
        QVERIFY(isVggConvIndex(21));
    }
};

QTEST_GUILESS_MAIN(TestVgg19Layers)
#include "tst_vgg19layers.moc"
