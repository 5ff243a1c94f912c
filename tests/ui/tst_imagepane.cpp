// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QNetworkProxy>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

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

QByteArray pngBytes(QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// An HTTP server on 127.0.0.1 only: answers every request with `response`, or stays silent
// (stalls) until sendNow().
class LoopbackServer : public QTcpServer
{
public:
    explicit LoopbackServer(QByteArray response, bool stall = false)
        : m_response(std::move(response))
        , m_stall(stall)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_stall)
                        answer(socket);
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &name) const { return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(name)); }
    int connections() const { return int(m_sockets.size()); }
    void sendNow()
    {
        m_stall = false;
        for (QTcpSocket *socket : std::as_const(m_sockets))
            if (socket->state() == QAbstractSocket::ConnectedState)
                answer(socket);
    }

private:
    void answer(QTcpSocket *socket)
    {
        socket->write(m_response);
        socket->disconnectFromHost();
    }
    QByteArray m_response;
    bool m_stall = false;
    QList<QTcpSocket *> m_sockets;
};

QByteArray httpOk(const QByteArray &body, bool withLength = true)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n";
    if (withLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return head + "\r\n" + body;
}

void dropUrl(ImagePane *pane, const QUrl &url)
{
    QMimeData mime;
    mime.setUrls({url});
    QVERIFY(pane->loadMimeData(&mime));
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
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
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
        QVERIFY(pane->isLoading()); // decoded on a worker thread, saying so meanwhile
        QVERIFY2(pane->captionText().contains(QStringLiteral("Loading photo.png")), qPrintable(pane->captionText()));
        QTRY_COMPARE(changed.count(), 1);
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
        QVERIFY(pane.waitForLoaded());
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
        QVERIFY(pane.waitForLoaded());
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
        QVERIFY(pane.waitForLoaded());
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

    // Issue 21: Part… chooses the part of a painting to use; the settings name it, the pane says
    // so, and a mask that cannot serve is refused with the engine's reason. Another painting drops it.
    void aPartOfThePaintingIsChosen()
    {
        QTemporaryDir dir;
        StyleListPanel panel;
        QVERIFY(panel.firstPane()->loadFile(writeImage(dir, QStringLiteral("wave.png"), {32, 16}, Qt::blue)));
        QImage left(64, 32, QImage::Format_Grayscale8);
        left.fill(0);
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                left.setPixel(x, y, qRgb(255, 255, 255));
        const QString leftPath = dir.filePath(QStringLiteral("sea.png"));
        QVERIFY(left.save(leftPath));
        QSignalSpy changed(&panel, &StyleListPanel::changed);
        QVERIFY(panel.setSourceMask(0, leftPath).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.sources().constFirst().sourceMaskPath, leftPath);
        const auto *note = panel.findChild<QLabel *>(QStringLiteral("stylePartNote"));
        QVERIFY(note && !note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("sea.png")), qPrintable(note->text()));

        const QString square = writeImage(dir, QStringLiteral("square.png"), {20, 20}, Qt::white);
        const Status wrongShape = panel.setSourceMask(0, square);
        QVERIFY2(!wrongShape && wrongShape.error().contains(QStringLiteral("does not have the shape of its painting")),
                 qPrintable(wrongShape.error()));
        const QString black = writeImage(dir, QStringLiteral("black.png"), {32, 16}, Qt::black);
        const Status allBlack = panel.setSourceMask(0, black);
        QVERIFY2(!allBlack && allBlack.error().contains(QStringLiteral("black all over")), qPrintable(allBlack.error()));
        QCOMPARE(panel.sourceMask(0), leftPath); // the refused ones changed nothing

        QVERIFY(panel.firstPane()->loadFile(writeImage(dir, QStringLiteral("other.png"), {32, 16}, Qt::red)));
        QVERIFY(panel.sourceMask(0).isEmpty()); // chosen for the wave, not for this one
        QVERIFY(note->isHidden());

        // Settings read back (a project, Restore Settings) bring the part back with the painting.
        StyleSource source{dir.filePath(QStringLiteral("wave.png")), 1.0};
        source.sourceMaskPath = leftPath;
        panel.loadSources({source});
        QVERIFY(panel.firstPane()->waitForLoaded());
        QCOMPARE(panel.sources().constFirst().sourceMaskPath, leftPath);
        QVERIFY(panel.setSourceMask(0, {}).ok());
        QVERIFY(panel.sources().constFirst().sourceMaskPath.isEmpty());
    }

    // Issue #19: a 36 MP picture decodes on a worker; the GUI thread's 10 ms timer keeps ticking.
    void aBigPictureLoadsWithoutBlockingTheWindow()
    {
        QTemporaryDir dir;
        QImage big(6000, 6000, QImage::Format_RGB32);
        big.fill(Qt::darkCyan);
        QPainter(&big).fillRect(0, 0, 3000, 6000, Qt::darkYellow);
        const QString path = dir.filePath(QStringLiteral("big.png"));
        QVERIFY(big.save(path));
        big = QImage();

        ImagePane pane(QStringLiteral("Content"), QStringLiteral("Drop"));
        pane.resize(400, 320);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy changed(&pane, &ImagePane::imageChanged);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        pane.loadFileAsync(path);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 120000);
        QTest::qWait(100); // the thumbnail painted
        ticker.stop();
        QCOMPARE(pane.image().size(), QSize(6000, 6000));
        // The cached thumbnail is bounded: resizing never touches the 36 MP picture.
        QCOMPARE(pane.thumbnailSource().size(), QSize(ImagePane::kThumbnailSide, ImagePane::kThumbnailSide));
        pane.resize(500, 420);
        // 10 ms interval plus 50 ms late, plus a margin for a loaded 2-core machine.
        QVERIFY2(worstGap <= 10 + 50 + 90, qPrintable(QStringLiteral("the timer was %1 ms late").arg(worstGap - 10)));
        qInfo("worst gap between 10 ms ticks while decoding 36 MP: %lld ms", worstGap);
    }

    // The same in the window: the content pane's picture also reaches the preview and the memory
    // estimate, and none of that may stall the GUI thread either.
    void aBigPictureLoadsWithoutBlockingTheStudioWindow()
    {
        QTemporaryDir dir;
        QImage big(6000, 6000, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        QPainter(&big).fillRect(0, 0, 6000, 3000, Qt::darkRed);
        const QString path = dir.filePath(QStringLiteral("big.jpg"));
        QVERIFY(big.save(path, "JPEG", 90));
        big = QImage();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        window.contentPane()->loadFileAsync(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.contentPane()->hasImage(), 120000);
        QTest::qWait(300); // the preview and the pane repaint with it
        ticker.stop();
        QVERIFY2(worstGap <= 10 + 50 + 90, qPrintable(QStringLiteral("the timer was %1 ms late").arg(worstGap - 10)));
        qInfo("worst gap between 10 ms ticks while the window loads 36 MP: %lld ms", worstGap);
    }

    // A load the user replaced before it finished never overwrites the newer picture.
    void aSupersededLoadNeverOverwritesTheNewerOne()
    {
        QTemporaryDir dir;
        QImage slow(4000, 4000, QImage::Format_RGB32);
        slow.fill(Qt::blue);
        const QString slowPath = dir.filePath(QStringLiteral("slow.png"));
        QVERIFY(slow.save(slowPath));
        const QString quick = writeImage(dir, QStringLiteral("quick.png"), {8, 8}, Qt::red);

        ImagePane pane(QStringLiteral("Content"), QStringLiteral("Drop"));
        QSignalSpy changed(&pane, &ImagePane::imageChanged);
        QSignalSpy ended(&pane, &ImagePane::loadEnded);
        const quint64 first = pane.loadFileAsync(slowPath);
        const quint64 second = pane.loadFileAsync(quick);
        QVERIFY(second > first);
        QCOMPARE(ended.count(), 1); // the replaced one ends at once, without a message
        QCOMPARE(ended.at(0).at(0).toULongLong(), first);
        QVERIFY(ended.at(0).at(1).toString().isEmpty());
        QTRY_VERIFY(!pane.isLoading());
        QThreadPool::globalInstance()->waitForDone(); // the slow decode finishes too...
        QTest::qWait(200); // ...and its result reaches the event loop
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pane.filePath(), quick);
        QCOMPARE(pane.image().size(), QSize(8, 8));

        // The other order: the quick one first, then the slow one the user chose after it.
        pane.loadFileAsync(quick);
        pane.loadFileAsync(slowPath);
        QVERIFY(pane.waitForLoaded());
        QCOMPARE(pane.filePath(), slowPath);
    }

    void aPictureDroppedAsAnAddressDownloads()
    {
        LoopbackServer server(httpOk(pngBytes({30, 20}, Qt::magenta)));
        QVERIFY(server.isListening());
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        dropUrl(&pane, server.url(QStringLiteral("painting.png")));
        QVERIFY(pane.isLoading());
        QVERIFY(pane.waitForLoaded(20000));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QCOMPARE(pane.image().size(), QSize(30, 20));
        QVERIFY(pane.captionText().contains(QStringLiteral("painting.png")));
    }

    void aStalledDownloadTimesOut()
    {
        LoopbackServer server(QByteArray(), true);
        QVERIFY(server.isListening());
        QTemporaryDir dir;
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        QVERIFY(pane.loadFile(writeImage(dir, QStringLiteral("kept.png"), {8, 8}, Qt::green)));
        pane.setDownloadLimits({400, 1024 * 1024});
        QSignalSpy failed(&pane, &ImagePane::loadFailed);
        QElapsedTimer clock;
        clock.start();
        dropUrl(&pane, server.url(QStringLiteral("stalls.png")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY2(pane.errorText().contains(QStringLiteral("sent nothing")), qPrintable(pane.errorText()));
        QVERIFY(!pane.isLoading());
        QCOMPARE(pane.image().pixelColor(0, 0), QColor(Qt::green)); // the previous picture stays
    }

    void aDownloadOverTheCapIsRefused_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length says so") << true;
        QTest::newRow("no length, too many bytes") << false;
    }

    void aDownloadOverTheCapIsRefused()
    {
        QFETCH(bool, announced);
        const QByteArray body(3 * 1024 * 1024, 'x');
        LoopbackServer server(httpOk(body, announced));
        QVERIFY(server.isListening());
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        pane.setDownloadLimits({10000, 1024 * 1024});
        QSignalSpy failed(&pane, &ImagePane::loadFailed);
        dropUrl(&pane, server.url(QStringLiteral("huge.png")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY2(pane.errorText().contains(QStringLiteral("larger than")), qPrintable(pane.errorText()));
        QVERIFY(!pane.hasImage());
        QVERIFY(!pane.isLoading());
    }

    // The user chose another picture while the download ran: it is stopped and cannot replace it.
    void aDownloadCannotOverwriteALaterChoice()
    {
        LoopbackServer server(httpOk(pngBytes({30, 20}, Qt::magenta)), true);
        QTemporaryDir dir;
        ImagePane pane(QStringLiteral("Style"), QStringLiteral("Drop"));
        dropUrl(&pane, server.url(QStringLiteral("late.png")));
        QTRY_COMPARE(server.connections(), 1);
        QVERIFY(pane.loadFile(writeImage(dir, QStringLiteral("chosen.png"), {8, 8}, Qt::green)));
        server.sendNow();
        QTest::qWait(300);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(pane.image().size(), QSize(8, 8));
        QVERIFY(pane.errorText().isEmpty());
        QVERIFY(!pane.isLoading());
    }
};

QTEST_MAIN(TestImagePane)
#include "tst_imagepane.moc"
