// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "mainwindow.h"
#include "weightsdialog.h"

using namespace nss;

namespace {

// A loopback HTTP/1.1 server for one in-memory file at /vgg19-test.pth: honours "Range: bytes=N-",
// answers 404 elsewhere, and can stop sending (without hanging up) after some bytes, like a
// stalled connection the user then cancels.
class FakeWeightsServer
{
public:
    explicit FakeWeightsServer(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path));
    }
    // The next response sends `bytes` and kLatePiece more, then nothing while keeping the connection.
    void stallAfter(qint64 bytes) { m_stallAfter = bytes; }
    static constexpr qint64 kLatePiece = 64 << 10;
    QList<QByteArray> ranges; // the Range header of each request ("" when none)

private:
    void serve(QTcpSocket *socket)
    {
        auto request = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            if (request->contains("\r\n\r\n"))
                respond(socket, *request);
        });
    }

    void respond(QTcpSocket *socket, const QByteArray &request)
    {
        QByteArray range;
        for (const QByteArray &line : request.split('\n'))
            if (line.toLower().startsWith("range:"))
                range = line.mid(6).trimmed();
        ranges << range;
        if (request.split(' ').value(1) != "/vgg19-test.pth") {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n");
            socket->disconnectFromHost();
            return;
        }
        const qint64 size = m_body.size();
        const qint64 start = range.startsWith("bytes=") ? range.mid(6, range.indexOf('-') - 6).toLongLong() : 0;
        QByteArray head = start > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(start) + '-'
                                          + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n"
                                    : QByteArray("HTTP/1.1 200 OK\r\n");
        head += "Content-Length: " + QByteArray::number(size - start) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        const qint64 end = m_stallAfter >= 0 ? std::min(size, start + m_stallAfter) : size;
        // In 64 KiB pieces as the socket drains, so the client sees several progress reports.
        auto offset = std::make_shared<qint64>(start);
        const bool stall = m_stallAfter >= 0;
        m_stallAfter = -1;
        auto pump = [this, socket, offset, end, stall] {
            while (*offset < end && socket->bytesToWrite() < (256 << 10)) {
                const qint64 n = std::min<qint64>(64 << 10, end - *offset);
                socket->write(m_body.constData() + *offset, n);
                *offset += n;
            }
            if (*offset == end && !stall)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        if (stall) {
            // One more piece a little later: Qt reports download progress at most every 100 ms,
            // so without it a burst on loopback would never be reported before the stall.
            QTimer::singleShot(300, socket, [this, socket, end] { socket->write(m_body.constData() + end, kLatePiece); });
        }
    }

    QTcpServer m_server;
    QByteArray m_body;
    qint64 m_stallAfter = -1;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

QString sha256Prefix(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(8));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWeightsDialog : public QObject
{
    Q_OBJECT

private:
    QByteArray m_body = randomBytes(3 << 20);

    WeightsSource sourceFor(const FakeWeightsServer &server, const QTemporaryDir &dir,
                            const QString &path = QStringLiteral("vgg19-test.pth")) const
    {
        return {server.url(path), sha256Prefix(m_body), dir.filePath(QStringLiteral("vgg19-test.pth")), m_body.size()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void officialSourceShowsAddressSizeAndLicence()
    {
        WeightsDialog dialog;
        const QString text = dialog.findChild<QLabel *>()->text();
        QVERIFY(text.contains(QStringLiteral("https://download.pytorch.org/models/vgg19-dcbad4b5.pth")));
        QVERIFY(text.contains(QStringLiteral("548 MB")));
        QVERIFY(text.contains(QStringLiteral("CC BY 4.0")));
        QCOMPARE(dialog.downloadButton()->text(), QStringLiteral("&Download"));
    }

    void downloadFromTheWindowIsUsedAndRemembered()
    {
        QSettings().clear();
        FakeWeightsServer server(m_body);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.checkWeights();
        auto *dialog = window.findChild<WeightsDialog *>();
        QVERIFY(dialog);
        dialog->setSource(sourceFor(server, dir));
        QSignalSpy progress(dialog, &WeightsDialog::downloadProgress);
        QTest::mouseClick(dialog->downloadButton(), Qt::LeftButton);
        QVERIFY(dialog->isDownloading());

        const QString destination = dir.filePath(QStringLiteral("vgg19-test.pth"));
        QTRY_COMPARE_WITH_TIMEOUT(window.networkFile(), destination, 20000);
        QCOMPARE(readAll(destination), m_body);
        QVERIFY(!QFile::exists(destination + QStringLiteral(".part")));
        QVERIFY(!progress.isEmpty()); // Qt sends at most one every 100 ms: on loopback often just the last
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_body.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_body.size()));

        MainWindow next; // remembered like a chosen file
        QCOMPARE(next.networkFile(), destination);
    }

    void cancelKeepsThePartAndDownloadResumes()
    {
        FakeWeightsServer server(m_body);
        QTemporaryDir dir;
        WeightsDialog dialog(nullptr, sourceFor(server, dir));
        dialog.show();
        QSignalSpy progress(&dialog, &WeightsDialog::downloadProgress);
        server.stallAfter(1 << 20);
        dialog.startDownload();
        const qint64 sent = (1 << 20) + FakeWeightsServer::kLatePiece;
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() == sent, 20000);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_body.size()));
        QVERIFY(dialog.progressText().contains(QStringLiteral("of 3.0 MB")));
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton); // "Stop Download"
        QTRY_VERIFY(!dialog.isDownloading());
        QCOMPARE(dialog.result(), 0); // still open, nothing chosen
        QCOMPARE(dialog.downloadButton()->text(), QStringLiteral("&Resume Download"));
        const QString part = dir.filePath(QStringLiteral("vgg19-test.pth.part"));
        const qint64 kept = QFileInfo(part).size();
        QCOMPARE(kept, sent);
        QVERIFY(dialog.progressText().contains(QStringLiteral("Resume")));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        QCOMPARE(server.ranges.last(), "bytes=" + QByteArray::number(kept) + '-');
        QCOMPARE(dialog.chosenFile(), dir.filePath(QStringLiteral("vgg19-test.pth")));
        QCOMPARE(readAll(dialog.chosenFile()), m_body);
    }

    void errorsShowInTheDialogWhichStaysUsable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("diskProblem");
        QTest::newRow("404") << QStringLiteral("missing.pth") << QString() << QStringLiteral("HTTP 404 (Not Found)") << false;
        QTest::newRow("checksum") << QStringLiteral("vgg19-test.pth") << QStringLiteral("00000000")
                                  << QStringLiteral("00000000 was expected") << false;
        // The destination's folder cannot be made: a file stands where it should be.
        QTest::newRow("disk") << QStringLiteral("vgg19-test.pth") << QString() << QStringLiteral("cannot be created") << true;
    }

    void errorsShowInTheDialogWhichStaysUsable()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        FakeWeightsServer server(m_body);
        QTemporaryDir dir;
        QFETCH(bool, diskProblem);
        WeightsSource source = sourceFor(server, dir, path);
        if (!prefix.isEmpty())
            source.sha256Prefix = prefix;
        if (diskProblem) {
            QFile blocker(dir.filePath(QStringLiteral("models")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            source.destination = dir.filePath(QStringLiteral("models/vgg19-test.pth"));
        }
        WeightsDialog dialog(nullptr, source);
        dialog.show();
        dialog.startDownload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isDownloading());
        QVERIFY(dialog.downloadButton()->isEnabled());
        QCOMPARE(dialog.downloadButton()->text(), QStringLiteral("&Download")); // nothing to resume
        QVERIFY(dialog.chosenFile().isEmpty());
        QVERIFY(!dialog.progressText().contains(QStringLiteral("Connecting"))); // no stale activity shown
        QVERIFY(!QFile::exists(source.destination));
    }
};

QTEST_MAIN(TestWeightsDialog)
#include "tst_weightsdialog.moc"
