// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nss {

// Downloads the VGG-19 weights over HTTP(S): resumable (a ".part" file next to the destination and
// an HTTP Range request), with progress, cancellable, checked against the SHA-256 prefix that
// torchvision puts in the file name, and renamed into place only when complete and verified: every
// write and the final flush are checked, the file is fsynced, and the checksum is taken over the
// file on disk (on a pool thread, so the window never waits for 548 MB to be read).
class WeightsDownloader : public QObject
{
    Q_OBJECT

public:
    explicit WeightsDownloader(QObject *parent = nullptr);
    ~WeightsDownloader() override;

    void setUrl(const QUrl &url); // default: officialWeightsUrl()
    QUrl url() const { return m_url; }
    void setExpectedSha256Prefix(const QString &hexPrefix); // default "dcbad4b5"; empty: not checked
    void setDestination(const QString &path); // default: weightsDataFolder()/vgg19-dcbad4b5.pth
    QString destination() const { return m_destination; }
    QString partialPath() const { return m_destination + QStringLiteral(".part"); }
    bool isRunning() const { return m_reply != nullptr || m_verifying; }

    // Starts, or resumes from partialPath() when an earlier transfer was interrupted.
    void start();
    // Stops the transfer and keeps partialPath() for a later start(); emits canceled().
    void cancel();

Q_SIGNALS:
    // total is -1 while unknown; secondsLeft is -1 while the rate is unknown.
    void progress(qint64 received, qint64 total, double bytesPerSecond, int secondsLeft);
    void verifying(); // the transfer is complete; the file on disk is being checked (seconds)
    void finished(const QString &path);
    void failed(const QString &message);
    void canceled();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onProgress(qint64 received, qint64 total);
    void finish(const QString &error);
    void complete();
    void installVerified(const QString &hex, const QString &readError);
    bool writeChunk(const QByteArray &data);

    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QString m_prefix;
    QString m_destination;
    QFile m_part;
    QElapsedTimer m_clock;
    qint64 m_resumedFrom = 0; // bytes already in the .part file when this request started
    qint64 m_written = 0; // bytes in the .part file now
    bool m_checkedStatus = false;
    bool m_canceled = false;
    bool m_verifying = false; // the checksum is being taken on a pool thread
    QString m_writeError;
};

} // namespace nss
