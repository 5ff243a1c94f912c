// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "weights/weightsdownloader.h"
#include "weights/weightsfile.h"

using namespace nss;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(NSS_FIXTURE_DIR "/") + QLatin1String(name);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A loopback HTTP/1.1 server for one file: honours "Range: bytes=N-", answers 404 for other
// paths, and can hang up after a number of body bytes (a server gone mid-transfer).
class FileServer
{
public:
    explicit FileServer(QString file)
        : m_file(std::move(file))
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
    void hangUpAfter(qint64 bytes) { m_hangUpAfter = bytes; }
    QList<QByteArray> ranges; // the Range header of each request ("" when none)

private:
    struct Transfer
    {
        QFile file;
        qint64 left = 0;
    };

    void serve(QTcpSocket *socket)
    {
        auto request = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            respond(socket, *request);
            request->clear();
        });
    }

    void respond(QTcpSocket *socket, const QByteArray &request)
    {
        const QByteArray path = request.split(' ').value(1);
        QByteArray range;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("range:"))
                range = line.mid(6).trimmed();
        }
        ranges << range;
        auto transfer = std::make_shared<Transfer>();
        transfer->file.setFileName(m_file);
        if (path != "/vgg19-test.pth" || !transfer->file.open(QIODevice::ReadOnly)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n");
            socket->disconnectFromHost();
            return;
        }
        const qint64 size = transfer->file.size();
        qint64 start = 0;
        if (range.startsWith("bytes="))
            start = range.mid(6, range.indexOf('-') - 6).toLongLong();
        QByteArray head = start > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(start) + '-'
                                          + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n"
                                    : QByteArray("HTTP/1.1 200 OK\r\n");
        head += "Content-Length: " + QByteArray::number(size - start) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        transfer->file.seek(start);
        transfer->left = m_hangUpAfter >= 0 ? std::min(m_hangUpAfter, size - start) : size - start;
        m_hangUpAfter = -1;
        // Streams in 1 MiB chunks as the socket drains, so a 548 MB file never sits in memory.
        auto pump = [socket, transfer] {
            while (transfer->left > 0 && socket->bytesToWrite() < (4 << 20)) {
                const QByteArray chunk = transfer->file.read(std::min<qint64>(transfer->left, 1 << 20));
                if (chunk.isEmpty())
                    break;
                socket->write(chunk);
                transfer->left -= chunk.size();
            }
            // Hanging up early: the client sees fewer bytes than Content-Length promised.
            if (transfer->left == 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QTcpServer m_server;
    QString m_file;
    qint64 m_hangUpAfter = -1;
};

} // namespace

class TestWeightsDownloader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_fixtureSha;

    // Runs the download to its end; returns "finished", "failed: <message>" or "canceled".
    static QString run(WeightsDownloader &downloader)
    {
        QString outcome;
        QEventLoop loop;
        auto a = QObject::connect(&downloader, &WeightsDownloader::finished, &loop, [&] {
            outcome = QStringLiteral("finished");
            loop.quit();
        });
        auto b = QObject::connect(&downloader, &WeightsDownloader::failed, &loop, [&](const QString &m) {
            outcome = QStringLiteral("failed: ") + m;
            loop.quit();
        });
        auto c = QObject::connect(&downloader, &WeightsDownloader::canceled, &loop, [&] {
            outcome = QStringLiteral("canceled");
            loop.quit();
        });
        downloader.start();
        if (outcome.isEmpty())
            loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(b);
        QObject::disconnect(c);
        return outcome;
    }

    void configure(WeightsDownloader &downloader, const FileServer &server, const QString &name)
    {
        downloader.setUrl(server.url(QStringLiteral("vgg19-test.pth")));
        downloader.setDestination(m_dir.filePath(name));
        downloader.setExpectedSha256Prefix(QString::fromLatin1(m_fixtureSha.left(8)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        m_fixtureSha = sha256Of(fixture("vgg19-legacy.pth"));
        QVERIFY2(!m_fixtureSha.isEmpty(), "run the fixtures.vgg19 test first (ctest does)");
    }

    void downloadsVerifiesAndRenames()
    {
        FileServer server(fixture("vgg19-legacy.pth"));
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("full.pth"));
        QSignalSpy progress(&downloader, &WeightsDownloader::progress);
        QCOMPARE(run(downloader), QStringLiteral("finished"));
        QCOMPARE(sha256Of(downloader.destination()), m_fixtureSha);
        QVERIFY(!QFile::exists(downloader.partialPath()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), QFile(fixture("vgg19-legacy.pth")).size());
        QCOMPARE(progress.last().at(1).toLongLong(), QFile(fixture("vgg19-legacy.pth")).size());
        const auto info = inspectWeightsFile(downloader.destination());
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->vggLayers.size(), 16);
    }

    void resumesAfterTheServerHangsUp()
    {
        FileServer server(fixture("vgg19-legacy.pth"));
        server.hangUpAfter(50 << 20);
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("resumed.pth"));
        const QString first = run(downloader);
        QVERIFY2(first.contains(QLatin1String("interrupted")), qPrintable(first));
        QVERIFY(!QFile::exists(downloader.destination()));
        const qint64 kept = QFile(downloader.partialPath()).size();
        QVERIFY2(kept > 0 && kept <= (50 << 20), qPrintable(QString::number(kept)));

        QCOMPARE(run(downloader), QStringLiteral("finished"));
        QCOMPARE(server.ranges.size(), 2);
        QCOMPARE(server.ranges.at(1), "bytes=" + QByteArray::number(kept) + '-');
        QCOMPARE(sha256Of(downloader.destination()), m_fixtureSha);
    }

    // A full disk on the last buffer (only the final flush fails) never puts a file in place (issue 18, item 6).
    void aWriteThatFailsAtTheEndNeverInstallsTheFile()
    {
        const QString small = m_dir.filePath(QStringLiteral("small-source.bin"));
        {
            QFile file(small);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(3000, 'w')); // smaller than QFile's buffer: only flush() can fail
        }
        FileServer server(small);
        WeightsDownloader downloader;
        downloader.setUrl(server.url(QStringLiteral("vgg19-test.pth")));
        downloader.setDestination(m_dir.filePath(QStringLiteral("full-disk.pth")));
        downloader.setExpectedSha256Prefix(QString()); // the check must not be what saves the day
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), downloader.partialPath()));
        const QString outcome = run(downloader);
        QVERIFY2(outcome.startsWith(QLatin1String("failed: ")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QLatin1String("No space left on device")), qPrintable(outcome));
        QVERIFY(!QFileInfo::exists(downloader.destination()));
        QCOMPARE(QFileInfo(downloader.partialPath()).symLinkTarget(), QStringLiteral("/dev/full"));
    }

    // The checksum is taken from the file on disk, on another thread: the window goes on meanwhile.
    void verifyingRunsOffTheCallingThread()
    {
        FileServer server(fixture("vgg19-legacy.pth"));
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("verified.pth"));
        QSignalSpy verifying(&downloader, &WeightsDownloader::verifying);
        QSignalSpy finished(&downloader, &WeightsDownloader::finished);
        bool sawTheLoopTurn = false;
        connect(&downloader, &WeightsDownloader::verifying, this,
                [&] { QTimer::singleShot(0, this, [&] { sawTheLoopTurn = finished.isEmpty(); }); });
        QCOMPARE(run(downloader), QStringLiteral("finished"));
        QCOMPARE(verifying.size(), 1);
        QVERIFY(sawTheLoopTurn); // the event loop ran between "verifying" and "finished"
        QCOMPARE(sha256Of(downloader.destination()), m_fixtureSha);
    }

    void checksumMismatchDeletesTheFile()
    {
        FileServer server(fixture("vgg19-expected.json"));
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("wrong.pth"));
        downloader.setExpectedSha256Prefix(officialWeightsSha256Prefix());
        const QString outcome = run(downloader);
        QVERIFY2(outcome.contains(QLatin1String("damaged")) && outcome.contains(QLatin1String("dcbad4b5")), qPrintable(outcome));
        QVERIFY(!QFile::exists(downloader.destination()));
        QVERIFY(!QFile::exists(downloader.partialPath()));
    }

    void httpErrorIsReported()
    {
        FileServer server(fixture("vgg19-legacy.pth"));
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("missing.pth"));
        downloader.setUrl(server.url(QStringLiteral("no-such-file.pth")));
        const QString outcome = run(downloader);
        QVERIFY2(outcome.contains(QLatin1String("HTTP 404")), qPrintable(outcome));
        QVERIFY(!QFile::exists(downloader.destination()));
    }

    void noServerIsReported()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        WeightsDownloader downloader;
        downloader.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/vgg19.pth").arg(port)));
        downloader.setDestination(m_dir.filePath(QStringLiteral("refused.pth")));
        const QString outcome = run(downloader);
        QVERIFY2(outcome.contains(QLatin1String("cannot be reached")), qPrintable(outcome));
    }

    void cancelKeepsThePartialFile()
    {
        FileServer server(fixture("vgg19-legacy.pth"));
        WeightsDownloader downloader;
        configure(downloader, server, QStringLiteral("canceled.pth"));
        connect(&downloader, &WeightsDownloader::progress, &downloader, [&](qint64 received) {
            if (received > (8 << 20))
                downloader.cancel();
        });
        QCOMPARE(run(downloader), QStringLiteral("canceled"));
        QVERIFY(!QFile::exists(downloader.destination()));
        QVERIFY(QFile(downloader.partialPath()).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestWeightsDownloader)
#include "tst_weightsdownloader.moc"
