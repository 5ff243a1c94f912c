// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include "engine/imagetensor.h"

using namespace nss;

class TestImageTensor : public QObject
{
    Q_OBJECT

private:
    static QImage randomImage(int w, int h, QImage::Format format, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QImage image(w, h, QImage::Format_RGB888);
        for (int y = 0; y < h; ++y) {
            uchar *row = image.scanLine(y);
            for (int x = 0; x < w * 3; ++x)
                row[x] = static_cast<uchar>(rng.bounded(256));
        }
        return image.convertToFormat(format);
    }

private Q_SLOTS:
    void roundTripIsExact_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QImage::Format>("format");
        // Odd widths make QImage pad each row: the stride differs from width * 3.
        QTest::newRow("64x48 rgb888") << 64 << 48 << QImage::Format_RGB888;
        QTest::newRow("1x1 rgb888") << 1 << 1 << QImage::Format_RGB888;
        QTest::newRow("odd 37x5 rgb888") << 37 << 5 << QImage::Format_RGB888;
        QTest::newRow("odd 13x29 rgb32") << 13 << 29 << QImage::Format_RGB32;
        QTest::newRow("odd 3x101 argb32 opaque") << 3 << 101 << QImage::Format_ARGB32;
        QTest::newRow("odd 250x7 rgbx8888") << 250 << 7 << QImage::Format_RGBX8888;
    }

    void roundTripIsExact()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QImage::Format, format);
        const QImage source = randomImage(width, height, format, 42);
        const auto tensor = imageToTensor(source);
        QCOMPARE(tensor.dim(), 4);
        QCOMPARE(tensor.size(0), 1);
        QCOMPARE(tensor.size(1), 3);
        QCOMPARE(tensor.size(2), height);
        QCOMPARE(tensor.size(3), width);
        QVERIFY(tensor.min().item<float>() >= 0.0f);
        QVERIFY(tensor.max().item<float>() <= 1.0f);

        const QImage back = tensorToImage(tensor);
        QCOMPARE(back.size(), source.size());
        QCOMPARE(back, source.convertToFormat(QImage::Format_RGB888));
    }

    void channelsAreRgbInOrder()
    {
        QImage image(2, 1, QImage::Format_RGB32);
        image.setPixel(0, 0, qRgb(255, 0, 0));
        image.setPixel(1, 0, qRgb(0, 128, 255));
        const auto t = imageToTensor(image);
        QCOMPARE(t[0][0][0][0].item<float>(), 1.0f);
        QCOMPARE(t[0][1][0][0].item<float>(), 0.0f);
        QCOMPARE(t[0][1][0][1].item<float>(), 128.0f / 255.0f);
        QCOMPARE(t[0][2][0][1].item<float>(), 1.0f);
    }

    void transparentPixelsBecomeWhite()
    {
        QImage image(4, 4, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QImage back = tensorToImage(imageToTensor(image));
        QCOMPARE(back.pixel(2, 2), qRgb(255, 255, 255));
    }

    void valuesOutsideRangeAreClamped()
    {
        auto t = torch::tensor({-0.5f, 0.5f, 2.0f}).view({1, 3, 1, 1});
        const QImage image = tensorToImage(t);
        QCOMPARE(image.pixel(0, 0), qRgb(0, 128, 255));
    }
};

QTEST_GUILESS_MAIN(TestImageTensor)
#include "tst_imagetensor.moc"
