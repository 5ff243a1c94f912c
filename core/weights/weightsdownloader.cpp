// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightsdownloader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "weights/weightsfile.h"

namespace nss {

namespace {

constexpr int kStallTimeoutMs = 60'000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
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
    if (m_reply)
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
    // Resuming: the hash covers the whole file, so the bytes already here go in first.
    m_hash.reset();
    m_hash.addData(&m_part);
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
        m_hash.reset();
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
    m_hash.addData(data);
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
    m_part.flush();

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
    m_part.close();
    const QString hex = QString::fromLatin1(m_hash.result().toHex());
    if (!m_prefix.isEmpty() && !hex.startsWith(m_prefix)) {
        QFile::remove(partialPath());
        Q_EMIT failed(tr("The downloaded file is damaged: its SHA-256 starts with %1, %2 was expected. "
                         "It was deleted; start the download again.")
                          .arg(hex.left(m_prefix.size()), m_prefix));
        return;
    }
    QFile::remove(m_destination);
    if (!QFile::rename(partialPath(), m_destination)) {
        Q_EMIT failed(tr("%1 cannot be renamed to %2.")
                          .arg(QDir::toNativeSeparators(partialPath()), QDir::toNativeSeparators(m_destination)));
        return;
    }
    Q_EMIT finished(m_destination);
}

void WeightsDownloader::finish(const QString &error)
{
    m_part.close();
    Q_EMIT failed(error);
}

} // namespace nss
