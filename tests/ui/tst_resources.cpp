// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

#include "io/imageloader.h"
#include "nss_version.h"
#include "themedicon.h"

using namespace nss;

namespace {

QStringList actionIconNames()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/icons/actions"));
    while (it.hasNext())
        names << it.nextFileInfo().completeBaseName();
    names.sort();
    return names;
}

// The colour of the icon's drawn (mostly opaque) pixels; fails when nothing is drawn.
bool drawnColour(const QImage &image, QColor *colour)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            if (c.alpha() == 255) {
                *colour = c;
                return true;
            }
        }
    }
    return false;
}

void setTextColour(const QColor &colour)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, colour);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, colour);
    QApplication::setPalette(palette);
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionIconIsInTheResources()
    {
        const QStringList documented{QStringLiteral("add"),      QStringLiteral("clear"),         QStringLiteral("delete"),
                                     QStringLiteral("download"), QStringLiteral("export"),        QStringLiteral("export-frames"),
                                     QStringLiteral("image"),    QStringLiteral("open"),          QStringLiteral("palette"),
                                     QStringLiteral("paste"),    QStringLiteral("pause"),         QStringLiteral("preferences"),
                                     QStringLiteral("remove"),   QStringLiteral("reset"),         QStringLiteral("save"),
                                     QStringLiteral("split"),    QStringLiteral("star"),          QStringLiteral("start"),
                                     QStringLiteral("stop"),     QStringLiteral("timelapse"),     QStringLiteral("zoom-fit"),
                                     QStringLiteral("zoom-in"),  QStringLiteral("zoom-original"), QStringLiteral("zoom-out")};
        QCOMPARE(actionIconNames(), documented);
        QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void actionIconsFollowThePaletteTextColour_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : actionIconNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void actionIconsFollowThePaletteTextColour()
    {
        QFETCH(QString, name);
        const QIcon icon = themedIcon(name);
        QVERIFY(!icon.isNull());
        const QPalette original = QApplication::palette();

        // light theme: dark text; dark theme: light text. The same icon must be drawn in each.
        for (const QColor &text : {QColor(20, 20, 20), QColor(235, 235, 235)}) {
            setTextColour(text);
            for (const qreal dpr : {1.0, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(24, 24), dpr);
                QCOMPARE(pixmap.size(), QSize(24, 24) * dpr);
                QColor drawn;
                QVERIFY2(drawnColour(pixmap.toImage(), &drawn), qPrintable(name + QStringLiteral(" draws nothing")));
                QCOMPARE(drawn.rgb(), text.rgb());
            }
        }

        QApplication::setPalette(original);
        const QColor disabledText = original.color(QPalette::Disabled, QPalette::WindowText);
        QColor drawn;
        QVERIFY(drawnColour(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage(), &drawn));
        QCOMPARE(drawn.rgb(), disabledText.rgb());
    }

    void applicationIconRendersInColourAtEveryDesktopSize()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48, 256}) {
            const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // the photo half's sky is blue, the painted half's sky is dark blue: both present
            const QColor photoSky = image.pixelColor(size * 42 / 100, size / 5);
            const QColor paintSky = image.pixelColor(size * 88 / 100, size / 2);
            QVERIFY2(photoSky.blue() > photoSky.red() && photoSky.lightness() > 120, qPrintable(photoSky.name()));
            QVERIFY2(paintSky.blue() > paintSky.red() && paintSky.lightness() < 120, qPrintable(paintSky.name()));
        }
    }

    void sampleImagesLoadThroughTheImageLoader_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSize>("size");
        QTest::newRow("content") << QStringLiteral(":/samples/content-lake.jpg") << QSize(512, 384);
        QTest::newRow("style swirls") << QStringLiteral(":/samples/style-swirls.jpg") << QSize(384, 384);
        QTest::newRow("style glass") << QStringLiteral(":/samples/style-glass.jpg") << QSize(384, 384);
    }

    void sampleImagesLoadThroughTheImageLoader()
    {
        QFETCH(QString, path);
        QFETCH(QSize, size);
        const auto image = loadImage(path);
        QVERIFY2(image.ok(), qPrintable(image.error()));
        QCOMPARE(image->size(), size);
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
