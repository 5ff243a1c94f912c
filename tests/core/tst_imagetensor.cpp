// SPDX-License-Identifier: GPL-3.0-or-later
#include <QColorSpace>
#include <QColorTransform>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include "engine/imagetensor.h"
#include "io/colormanagement.h"

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

    // A 16-bit PNG or TIFF is read at 16 bits, and written back from the float picture exactly.
    void deepPicturesKeepSixteenBits()
    {
        QImage deep(37, 5, QImage::Format_RGBX64);
        QRandomGenerator rng(3);
        for (int y = 0; y < deep.height(); ++y) {
            auto *row = reinterpret_cast<quint16 *>(deep.scanLine(y));
            for (int x = 0; x < deep.width(); ++x) {
                for (int c = 0; c < 3; ++c)
                    row[4 * x + c] = quint16(rng.bounded(65536));
                row[4 * x + 3] = 65535;
            }
        }
        const auto t = imageToTensor(deep);
        const auto *row = reinterpret_cast<const quint16 *>(deep.constScanLine(2));
        QCOMPARE(t[0][1][2][7].item<float>(), float(row[4 * 7 + 1]) / 65535.0f);
        QCOMPARE(tensorToDeepImage(t), deep);
        // The 8-bit picture of it is the nearest 8-bit level, as before.
        QCOMPARE(tensorToImage(t).pixel(7, 2), deep.convertToFormat(QImage::Format_RGB888).pixel(7, 2));
    }

    // The network sees sRGB: a Display P3 photo is converted (its numbers read as sRGB would be
    // duller), and a result converted back to P3 and read again is the same picture.
    void wideGamutIsConvertedToSrgbAndBack()
    {
        QImage p3(8, 4, QImage::Format_RGB888);
        p3.fill(QColor(200, 60, 40));
        p3.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        const auto t = imageToTensor(p3);
        const QColorTransform toSrgb = QColorSpace(QColorSpace::DisplayP3).transformationToColorSpace(QColorSpace::SRgb);
        const QRgba64 expected = toSrgb.map(QRgba64::fromRgba(200, 60, 40, 255));
        QVERIFY(std::abs(t[0][0][1][1].item<float>() - expected.red() / 65535.0f) < 2e-4f);
        QVERIFY(std::abs(t[0][1][1][1].item<float>() - expected.green() / 65535.0f) < 2e-4f);
        QVERIFY(t[0][0][1][1].item<float>() > 200.0f / 255.0f + 0.02f); // more saturated than read raw
        QVERIFY(t[0][1][1][1].item<float>() < 60.0f / 255.0f - 0.02f);

        const QImage back = inColorSpace(tensorToDeepImage(t), p3.colorSpace());
        QCOMPARE(back.colorSpace(), QColorSpace(QColorSpace::DisplayP3));
        const QRgb pixel = back.convertToFormat(QImage::Format_RGB888).pixel(3, 2);
        QVERIFY2(std::abs(qRed(pixel) - 200) <= 1 && std::abs(qGreen(pixel) - 60) <= 1 && std::abs(qBlue(pixel) - 40) <= 1,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(qRed(pixel)).arg(qGreen(pixel)).arg(qBlue(pixel))));
        // sRGB and untagged pictures are not touched.
        QImage untagged = p3;
        untagged.setColorSpace(QColorSpace());
        QCOMPARE(imageToTensor(untagged)[0][0][1][1].item<float>(), 200.0f / 255.0f);
        QVERIFY(!inColorSpace(tensorToDeepImage(t), QColorSpace()).colorSpace().isValid());
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
