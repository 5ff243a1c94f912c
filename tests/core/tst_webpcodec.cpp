// SPDX-License-Identifier: GPL-3.0-or-later
#include <webp/demux.h>

#include <QImage>
#include <QTest>

#include "io/webpcodec.h"

using namespace nss;

namespace {

QImage gradient(QSize size, int phase = 0)
{
    QImage image(size, QImage::Format_RGB888);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixelColor(x, y, QColor((x * 7 + phase) % 256, (y * 5) % 256, (x + y + phase) % 256));
    return image;
}

int frameCount(const QByteArray &webp)
{
    const WebPData data{reinterpret_cast<const uint8_t *>(webp.constData()), size_t(webp.size())};
    WebPDemuxer *demux = WebPDemux(&data);
    if (!demux)
        return -1;
    const int frames = int(WebPDemuxGetI(demux, WEBP_FF_FRAME_COUNT));
    WebPDemuxDelete(demux);
    return frames;
}

const QByteArray kXmp = QByteArrayLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><nss>settings</nss></x:xmpmeta>");

} // namespace

// libwebp, directly: still images with their XMP metadata, and the time-lapse animation.
class TestWebpCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void losslessRoundTripKeepsEveryPixel()
    {
        const QImage image = gradient({61, 37});
        const auto encoded = encodeWebp(image, 100, QByteArray());
        QVERIFY2(encoded.ok(), qPrintable(encoded.error()));
        QVERIFY(looksLikeWebp(encoded.value()));
        const QImage decoded = QImage::fromData(encoded.value(), "WEBP").convertToFormat(QImage::Format_RGB888);
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded, image);
        QVERIFY(!webpXmp(encoded.value()).has_value());
    }

    void lossyIsSmallerAndClose()
    {
        const QImage image = gradient({128, 96});
        const auto lossless = encodeWebp(image, 100, QByteArray());
        const auto lossy = encodeWebp(image, 75, QByteArray());
        QVERIFY(lossless.ok() && lossy.ok());
        const QImage decoded = QImage::fromData(lossy.value(), "WEBP").convertToFormat(QImage::Format_RGB888);
        QCOMPARE(decoded.size(), image.size());
        const QColor a = decoded.pixelColor(64, 48), b = image.pixelColor(64, 48);
        QVERIFY(std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40);
    }

    void xmpIsStoredAndReadBack()
    {
        const auto encoded = encodeWebp(gradient({20, 20}), 90, kXmp);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error()));
        QCOMPARE(webpXmp(encoded.value()).value_or(QByteArray()), kXmp);
        QVERIFY(!QImage::fromData(encoded.value(), "WEBP").isNull()); // metadata does not break readers
    }

    void notWebp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("png signature") << QByteArray("\x89PNG\r\n\x1a\n", 8);
        QTest::newRow("riff but not webp") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16);
        QTest::newRow("truncated webp") << QByteArray("RIFF\x10\0\0\0WEB", 11);
    }
    void notWebp()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!looksLikeWebp(bytes));
        QVERIFY(!webpXmp(bytes).has_value());
    }

    void nullImageIsAnError()
    {
        const auto encoded = encodeWebp(QImage(), 90, QByteArray());
        QVERIFY(!encoded.ok());
        QVERIFY(!encoded.error().isEmpty());
    }

    void animationHasEveryFrameAndItsMetadata()
    {
        WebpAnimation animation(QSize(32, 24), 100);
        for (int i = 0; i < 3; ++i)
            QVERIFY(animation.add(gradient({32, 24}, i * 40), i * 100).ok());
        const auto encoded = animation.finish(300, kXmp);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error()));
        QVERIFY(looksLikeWebp(encoded.value()));
        QCOMPARE(frameCount(encoded.value()), 3);
        QCOMPARE(webpXmp(encoded.value()).value_or(QByteArray()), kXmp);
    }

    void animationRefusesAFrameOfAnotherSize()
    {
        WebpAnimation animation(QSize(32, 24), 90);
        QVERIFY(animation.add(gradient({32, 24}), 0).ok());
        const Status wrong = animation.add(gradient({33, 24}), 100);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral("33")), qPrintable(wrong.error()));
    }
};

QTEST_GUILESS_MAIN(TestWebpCodec)
#include "tst_webpcodec.moc"
