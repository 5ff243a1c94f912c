// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace nss {

// One download of a picture dropped as an http(s) address, bounded in time and size: a server
// that sends nothing for `timeoutMs` or announces or sends more than `maxBytes` ends it with a
// message. Deleting it (or abort()) stops the transfer without a signal, so a pane can drop a
// download the user has replaced with another picture.
class RemoteImageFetch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = 30 * 1000;
        qint64 maxBytes = 200LL * 1024 * 1024;
    };

    RemoteImageFetch(QNetworkAccessManager *network, const QUrl &url, Limits limits, QObject *parent = nullptr);
    ~RemoteImageFetch() override;

    QUrl url() const { return m_url; }
    void abort();

Q_SIGNALS:
    // `total` is -1 while the server has not said.
    void progress(qint64 received, qint64 total);
    void finished(const QByteArray &data);
    void failed(const QString &message);

private:
    void fail(const QString &message);
    void checkSize(qint64 announcedOrReceived);
    void onFinished();

    QUrl m_url;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
};

} // namespace nss
