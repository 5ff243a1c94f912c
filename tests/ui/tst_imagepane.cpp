// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "imagepane.h"
#include "mainwindow.h"
#include "stylelistpanel.h"

using namespace nss;

namespace {

// What a file manager or browser does: a drag enter, then the drop, at the pane's centre.
void dropOnto(QWidget *target, QMimeData *mime)
{
    const QPointF centre = QRectF(target->rect()).center();
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    dropOnto(target, &mime);
}

QString writeImage(const QTemporaryDir &dir, const QString &name, QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    if (!image.save(path))
        return {};
    return path;
}

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

class TestImagePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // remembered settings go to a test location
        QSettings().clear();
    }

    void droppingFilesLoadsEachPane_data()
    {
        QTest::addColumn<QString>("paneName");
        QTest::newRow("content") << QStringLiteral("contentPane");
        QTest::newRow("style") << QStringLiteral("stylePane");
    }

    void droppingFilesLoadsEachPane()
    {
        QFETCH(QString, paneName);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = window.findChild<ImagePane *>(paneName);
        QVERIFY(pane);
        QSignalSpy changed(pane, &ImagePane::imageChanged);

        const QString good = writeImage(dir, QStringLiteral("photo.png"), {64, 40}, Qt::red);
        dropFile(pane, good);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pane->image().size(), QSize(64, 40));
        QCOMPARE(pane->filePath(), good);
        QVERIFY(pane->errorText().isEmpty());
        const auto caption = pane->findChildren<QLabel *>();
        bool namesFile = false;
        for (QLabel *label : caption)
            namesFile |= label->text().contains(QStringLiteral("photo.png")) && label->text().contains(QStringLiteral("64 × 40"));
        QVERIFY2(namesFile, "the pane shows the file name and size");
    }

    void badDropsShowTheErrorAndKeepThePicture_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArray("just some words\n")
                                   << QStringLiteral("notes.txt");
        QByteArray corrupt("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0garbage", 37);
        QTest::newRow("corrupt png") << QStringLiteral("broken.png") << corrupt << QStringLiteral("broken.png");
    }

    void badDropsShowTheErrorAndKeepThePicture()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        ImagePane pane(QStringLiteral("Content"), QStringLiteral("Drop"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString good = writeImage(dir, QStringLiteral("good.png"), {32, 32}, Qt::blue);
        QVERIFY(pane.loadFile(good));

        QSignalSpy failed(&pane, &ImagePane::loadFailed);
        dropFile(&pane, writeBytes(dir, fileName, bytes));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(pane.errorText().contains(expectedInError), qPrintable(pane.errorText()));
        auto *errorLabel = pane.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(errorLabel && errorLabel->isVisible());
        QCOMPARE(errorLabel->text(), pane.errorText());
        QCOMPARE(pane.filePath(), good);
        QCOMPARE(pane.image().pixelColor(0, 0), QColor(Qt::blue));
    }

    void rawImageDataFromABrowserLoads()
    {
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::green);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QMimeData mime;
        mime.setData(QStringLiteral("image/png"), png);
        mime.setUrls({QUrl(QStringLiteral("https://example.org/painting.png"))});
        dropOnto(&pane, &mime);
        QCOMPARE(pane.image().size(), QSize(20, 10));
        QVERIFY(pane.filePath().isEmpty());
    }

    void plainTextIsRefusedWithAMessage()
    {
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        QMimeData mime;
        mime.setText(QStringLiteral("hello"));
        // A text drag is refused up front (the cursor says no)...
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&pane, &enter);
        QVERIFY(!enter.isAccepted());
        // ...and pasting it says why nothing happened.
        QVERIFY(!pane.loadMimeData(&mime));
        QVERIFY(!pane.hasImage());
        QVERIFY2(pane.errorText().contains(QStringLiteral("hello")), qPrintable(pane.errorText()));
    }

    void pasteTakesTheClipboardImage()
    {
        ImagePane pane(QStringLiteral("Content"), QStringLiteral("Drop"));
        QImage image(12, 34, QImage::Format_RGB32);
        image.fill(Qt::yellow);
        QApplication::clipboard()->setImage(image);
        pane.pasteFromClipboard();
        QCOMPARE(pane.image().size(), QSize(12, 34));
    }

    void severalStylesWithBlendWeights()
    {
        QTemporaryDir dir;
        StyleListPanel panel;
        QVERIFY(panel.firstPane()->loadFile(writeImage(dir, QStringLiteral("a.png"), {16, 16}, Qt::red)));
        ImagePane *second = panel.addStyle();
        QVERIFY(second->loadFile(writeImage(dir, QStringLiteral("b.png"), {16, 16}, Qt::blue)));
        panel.setBlend(1, 3.0);
        const QList<StyleSource> sources = panel.sources();
        QCOMPARE(sources.size(), 2);
        QVERIFY(sources[0].path.endsWith(QStringLiteral("a.png")));
        QCOMPARE(sources[1].blend, 3.0);
        QCOMPARE(panel.images().size(), 2);
        panel.removeStyle(1);
        QCOMPARE(panel.sources().size(), 1);
    }
};

QTEST_MAIN(TestImagePane)
#include "tst_imagepane.moc"
