// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightsdownloader.h"

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>

#include "weights/weightsfile.h"

namespace nss {

namespace {

constexpr int kStallTimeoutMs = 60'000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The SHA-256 of the file as it is on disk (what a later run will read), or an error message.
struct DiskHash
{
    QString hex;
    QString error;
};

DiskHash hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {{}, file.errorString()};
    return {QString::fromLatin1(hash.result().toHex()), {}};
}

// Makes a rename in `folder` durable: the folder's entry is on disk before "finished" is said.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

WeightsDownloader::WeightsDownloader(QObject *parent)
    : QObject(parent)
    , m_url(officialWeightsUrl())
    , m_prefix(officialWeightsSha256Prefix())
    , m_destination(weightsDataFolder() + QLatin1Char('/') + officialWeightsFileName())
{ }

WeightsDownloader::~WeightsDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void WeightsDownloader::setUrl(const QUrl &url)
{
    m_url = url;
}

void WeightsDownloader::setExpectedSha256Prefix(const QString &hexPrefix)
{
    m_prefix = hexPrefix.toLower();
}

void WeightsDownloader::setDestination(const QString &path)
{
    m_destination = path;
}

void WeightsDownloader::start()
{
    if (m_reply || m_verifying)
        return;
    m_canceled = false;
    m_checkedStatus = false;
    m_writeError.clear();
    if (!QDir().mkpath(QFileInfo(m_destination).absolutePath())) {
        Q_EMIT failed(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(m_destination).absolutePath())));
        return;
    }
    m_part.setFileName(partialPath());
    if (!m_part.open(QIODevice::ReadWrite)) {
        Q_EMIT failed(tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(partialPath()), m_part.errorString()));
        return;
    }
    // Resuming: the bytes already here stay; the checksum is taken over the whole file on disk at
    // the end, off the GUI thread.
    m_written = m_part.size();
    m_resumedFrom = m_written;
    m_part.seek(m_written);

    QNetworkRequest request(m_url);
    request.setTransferTimeout(kStallTimeoutMs);
    if (m_written > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
    m_reply = m_manager.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &WeightsDownloader::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &WeightsDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &WeightsDownloader::onProgress);
    connect(m_reply, &QNetworkReply::finished, this, &WeightsDownloader::onFinished);
    m_clock.start();
}

void WeightsDownloader::cancel()
{
    if (!m_reply)
        return;
    m_canceled = true;
    m_reply->abort(); // emits finished, handled in onFinished
}

void WeightsDownloader::onMetaData()
{
    if (m_checkedStatus || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // redirects are followed by QNetworkAccessManager; errors are reported in onFinished
    m_checkedStatus = true;
    if (status == 200 && m_written > 0) {
        // The server ignored the Range request: start the file over.
        m_part.resize(0);
        m_part.seek(0);
        m_written = 0;
        m_resumedFrom = 0;
    } else if (status == 206) {
        const QByteArray range = m_reply->rawHeader("Content-Range"); // "bytes START-END/TOTAL"
        const qint64 start = range.mid(6, range.indexOf('-') - 6).toLongLong();
        if (!range.startsWith("bytes ") || start != m_written) {
            m_writeError = tr("The server resumed the download at the wrong place (%1). Delete %2 and start again.")
                               .arg(QString::fromLatin1(range), QDir::toNativeSeparators(partialPath()));
            m_reply->abort();
        }
    }
}

bool WeightsDownloader::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    if (m_part.write(data) != data.size()) {
        m_writeError = tr("%1 cannot be written: %2. Is the disk full? %3 MB are needed.")
                           .arg(QDir::toNativeSeparators(partialPath()), m_part.errorString(), QStringLiteral("548"));
        return false;
    }
    m_written += data.size();
    return true;
}

void WeightsDownloader::onReadyRead()
{
    onMetaData();
    if (!m_reply || !m_checkedStatus || !m_writeError.isEmpty())
        return;
    if (!writeChunk(m_reply->readAll()))
        m_reply->abort();
}

void WeightsDownloader::onProgress(qint64 received, qint64 total)
{
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0.2 ? received / seconds : 0.0;
    const qint64 all = total >= 0 ? m_resumedFrom + total : -1;
    const int left = (rate > 0 && all >= 0) ? int((total - received) / rate + 0.5) : -1;
    Q_EMIT progress(m_resumedFrom + received, all, rate, left);
}

void WeightsDownloader::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_checkedStatus && m_writeError.isEmpty() && !m_canceled && !writeChunk(reply->readAll()))
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    const qint64 got = m_written - m_resumedFrom;
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    // The last buffered bytes reach the disk here: a full disk shows up now, not at the next start.
    if (m_writeError.isEmpty() && !m_part.flush())
        m_writeError = tr("%1 cannot be written: %2. Is the disk full? %3 MB are needed.")
                           .arg(QDir::toNativeSeparators(partialPath()), m_part.errorString(), QStringLiteral("548"));

    if (!m_writeError.isEmpty())
        return finish(m_writeError);
    if (m_canceled) {
        m_part.close();
        Q_EMIT canceled();
        return;
    }
    if (status == 416 && m_resumedFrom > 0)
        return complete(); // the .part file already holds everything the server has; verify it
    if (status >= 400)
        return finish(tr("The server answered HTTP %1 (%2) for %3.").arg(status).arg(reason, m_url.toDisplayString()));
    if (error != QNetworkReply::NoError) {
        if (got > 0 || error == QNetworkReply::RemoteHostClosedError)
            return finish(tr("The download was interrupted after %1 MB: %2. Start it again to resume where it stopped.")
                              .arg(megabytes(m_written), errorText));
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return finish(tr("The download from %1 stalled (no data for %2 seconds). Check the network connection and try again.")
                              .arg(m_url.host())
                              .arg(kStallTimeoutMs / 1000));
        return finish(tr("%1 cannot be reached: %2. Check the network connection and try again.").arg(m_url.host(), errorText));
    }
    complete();
}

void WeightsDownloader::complete()
{
    // Every byte on the disk before it is checked and renamed: a crash or power cut after
    // "finished" must not leave a short file under the final name.
    const bool flushed = m_part.flush();
    const bool synced = flushed && ::fsync(m_part.handle()) == 0;
    const QString syncError = m_part.errorString();
    m_part.close();
    if (!synced || m_part.error() != QFileDevice::NoError) {
        Q_EMIT failed(tr("%1 cannot be written: %2. Is the disk full? %3 MB are needed.")
                          .arg(QDir::toNativeSeparators(partialPath()), syncError, QStringLiteral("548")));
        return;
    }
    // Reading 548 MB takes seconds: the checksum is taken on a pool thread, the answer comes back here.
    m_verifying = true;
    Q_EMIT verifying();
    QThreadPool::globalInstance()->start([self = QPointer<WeightsDownloader>(this), path = partialPath()] {
        const DiskHash hash = hashFile(path);
        QMetaObject::invokeMethod(
            self.data(),
            [self, hash] {
                if (self)
                    self->installVerified(hash.hex, hash.error);
            },
            Qt::QueuedConnection);
    });
}

void WeightsDownloader::installVerified(const QString &hex, const QString &readError)
{
    m_verifying = false;
    if (!readError.isEmpty()) {
        Q_EMIT failed(tr("%1 cannot be read back: %2.").arg(QDir::toNativeSeparators(partialPath()), readError));
        return;
    }
    if (!m_prefix.isEmpty() && !hex.startsWith(m_prefix)) {
        QFile::remove(partialPath());
        Q_EMIT failed(tr("The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. "
                         "It was deleted; start the download again.")
                          .arg(hex.left(m_prefix.size()), m_prefix));
        return;
    }
    // rename(2) replaces an older file in one step: there is never a moment without one.
    if (std::rename(QFile::encodeName(partialPath()).constData(), QFile::encodeName(m_destination).constData()) != 0) {
        Q_EMIT failed(tr("%1 cannot be renamed to %2.")
                          .arg(QDir::toNativeSeparators(partialPath()), QDir::toNativeSeparators(m_destination)));
        return;
    }
    syncFolder(QFileInfo(m_destination).absolutePath());
    Q_EMIT finished(m_destination);
}

void WeightsDownloader::finish(const QString &error)
{
    m_part.close();
    Q_EMIT failed(error);
}

} // namespace nss
