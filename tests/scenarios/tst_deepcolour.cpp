// SPDX-License-Identifier: GPL-3.0-or-later
#include <QColorSpace>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "io/imageloader.h"

// End to end through the built `neural-style`: a 16-bit Display P3 photo comes out as a 16-bit
// PNG or TIFF in Display P3, and as an 8-bit JPEG carrying the same profile (#20).
class TestDeepColour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_content, m_style;
    static constexpr QRgb kLeft = qRgb(200, 60, 40), kRight = qRgb(90, 160, 110); // P3 numbers inside sRGB

    static QString weights() { return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"); }

    QString run(const QString &name)
    {
        const QString output = m_dir.filePath(name);
        QProcess process;
        process.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"),
                      {QStringLiteral("--content"), m_content, QStringLiteral("--style"), m_style,
                       QStringLiteral("--weights"), weights(), QStringLiteral("--size"), QStringLiteral("48"),
                       QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--optimizer"), QStringLiteral("adam"),
                       QStringLiteral("--lr"), QStringLiteral("0.001"), QStringLiteral("--threads"), QStringLiteral("2"),
                       QStringLiteral("--output"), output});
        if (!process.waitForFinished(240000))
            process.kill();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qWarning().noquote() << process.readAllStandardError();
        return output;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Two flat halves, stored at 16 bits in Display P3.
        QImage content(72, 48, QImage::Format_RGBX64);
        for (int y = 0; y < content.height(); ++y)
            for (int x = 0; x < content.width(); ++x)
                content.setPixelColor(x, y, QColor(x < 36 ? kLeft : kRight));
        content.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        m_content = m_dir.filePath(QStringLiteral("p3-16bit.png"));
        QVERIFY(content.save(m_content));
        QImage style(40, 40, QImage::Format_RGB888);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 40; ++x)
                style.setPixel(x, y, (x / 5 + y / 5) % 2 ? qRgb(230, 200, 30) : qRgb(20, 30, 120));
        m_style = m_dir.filePath(QStringLiteral("style.png"));
        QVERIFY(style.save(m_style));
        const auto read = nss::loadImage(m_content);
        QVERIFY2(read.ok() && read->depth() == 64, "the content is read at 16 bits");
    }

    void printsKeepSixteenBitsAndTheProfile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("depth");
        QTest::newRow("png") << QStringLiteral("out.png") << 64;
        QTest::newRow("tiff") << QStringLiteral("out.tif") << 64;
        QTest::newRow("jpeg") << QStringLiteral("out.jpg") << 32;
    }

    void printsKeepSixteenBitsAndTheProfile()
    {
        QFETCH(QString, name);
        QFETCH(int, depth);
        const auto out = nss::loadImage(run(name));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->size(), QSize(48, 32));
        QCOMPARE(out->depth(), depth);
        QCOMPARE(out->colorSpace(), QColorSpace(QColorSpace::DisplayP3));
        // Two small Adam steps barely move the picture: in P3 numbers it is still the content. Had
        // the sRGB result been written as P3 numbers, the left half would read about (217, 42, 23).
        const QColor left = out->pixelColor(6, 16), right = out->pixelColor(41, 16);
        for (const auto &[got, want] : {std::pair{left, QColor(kLeft)}, std::pair{right, QColor(kRight)}}) {
            const int off = std::max({std::abs(got.red() - want.red()), std::abs(got.green() - want.green()),
                                      std::abs(got.blue() - want.blue())});
            QVERIFY2(off <= 6, qPrintable(QStringLiteral("%1 against %2").arg(got.name(), want.name())));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeepColour)
#include "tst_deepcolour.moc"
