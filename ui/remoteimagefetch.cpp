// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteimagefetch.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace nss {

RemoteImageFetch::RemoteImageFetch(QNetworkAccessManager *network, const QUrl &url, Limits limits, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_limits(limits)
{
    QNetworkRequest request(url);
    // A server that stops sending is given up after this long without a byte, not after a fixed
    // total, so a large picture on a slow line still arrives.
    request.setTransferTimeout(m_limits.timeoutMs);
    m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        checkSize(std::max(received, total));
        if (!m_done)
            Q_EMIT progress(received, total > 0 ? total : -1);
    });
    connect(m_reply, &QNetworkReply::finished, this, &RemoteImageFetch::onFinished);
}

RemoteImageFetch::~RemoteImageFetch()
{
    abort();
}

void RemoteImageFetch::abort()
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void RemoteImageFetch::fail(const QString &message)
{
    if (m_done)
        return;
    abort();
    Q_EMIT failed(message);
}

void RemoteImageFetch::checkSize(qint64 announcedOrReceived)
{
    if (announcedOrReceived > m_limits.maxBytes)
        fail(tr("Did not download %1: it is larger than %2, the most a dropped picture may be.")
                 .arg(m_url.toDisplayString(), QLocale().formattedDataSize(m_limits.maxBytes)));
}

void RemoteImageFetch::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (reply->error() == QNetworkReply::OperationCanceledError) // only the transfer timeout cancels it
        return fail(tr("Could not download %1: the server sent nothing for %2 s.")
                        .arg(m_url.toDisplayString(), QLocale().toString(m_limits.timeoutMs / 1000.0)));
    if (reply->error() != QNetworkReply::NoError)
        return fail(tr("Could not download %1: %2").arg(m_url.toDisplayString(), reply->errorString()));
    const QByteArray data = reply->readAll();
    abort();
    if (data.size() > m_limits.maxBytes)
        return Q_EMIT failed(tr("Did not download %1: it is larger than %2, the most a dropped picture may be.")
                                 .arg(m_url.toDisplayString(), QLocale().formattedDataSize(m_limits.maxBytes)));
    Q_EMIT finished(data);
}

} // namespace nss
