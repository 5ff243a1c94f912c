// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nss {

class WeightsDownloader;

// Where the first-run dialog downloads the weights from and to. The official file by default;
// tests point it at a loopback server and a temporary folder.
struct WeightsSource
{
    QUrl url;
    QString sha256Prefix; // empty: not checked
    QString destination; // the finished file; the transfer goes to destination + ".part"
    qint64 expectedBytes = 0; // shown before the server says; 0: unknown

    static WeightsSource official();
};

// First run without weights: says which file the engine needs (name, size, licence, address),
// downloads it (progress, rate, time left, cancel, resume from the ".part" file) or lets the user
// choose a local copy. The file is returned in chosenFile() and remembered by the window.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeightsDialog(QWidget *parent = nullptr, const WeightsSource &source = WeightsSource::official());
    ~WeightsDialog() override;

    QString chosenFile() const { return m_chosen; }
    // Accepts `path` as the weights file when it is a readable, non-empty file; else shows why not.
    bool choose(const QString &path);

    void setSource(const WeightsSource &source);
    WeightsSource source() const { return m_source; }
    bool isDownloading() const;
    // Starts the download, or resumes it when an earlier one left a ".part" file.
    void startDownload();
    // Stops the download and keeps what arrived, so a later startDownload() resumes.
    void cancelDownload();

    QString errorText() const;
    QString progressText() const;
    QPushButton *downloadButton() const { return m_downloadButton; }

Q_SIGNALS:
    // The same numbers the progress bar shows; total is -1 while unknown.
    void downloadProgress(qint64 received, qint64 total);

public Q_SLOTS:
    void reject() override;

private:
    void showError(const QString &message);
    void updateDescription();
    void updateButtons();
    void onProgress(qint64 received, qint64 total, double bytesPerSecond, int secondsLeft);
    void onFinished(const QString &path);

    WeightsSource m_source;
    WeightsDownloader *m_downloader = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QString m_chosen;
};

} // namespace nss
