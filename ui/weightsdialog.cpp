// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "weights/weightsdownloader.h"
#include "weights/weightsfile.h"

namespace nss {

namespace {

// vgg19-dcbad4b5.pth is about 548 MiB; shown before the server sends the exact Content-Length.
constexpr qint64 kOfficialBytes = 548LL * 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString duration(int seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WeightsSource WeightsSource::official()
{
    return {officialWeightsUrl(), officialWeightsSha256Prefix(),
            weightsDataFolder() + QLatin1Char('/') + officialWeightsFileName(), kOfficialBytes};
}

WeightsDialog::WeightsDialog(QWidget *parent, const WeightsSource &source)
    : QDialog(parent)
    , m_downloader(new WeightsDownloader(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("VGG-19 weights needed"));
    m_description->setWordWrap(true);
    m_description->setOpenExternalLinks(true);
    m_description->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_error->setObjectName(QStringLiteral("weightsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressText->setObjectName(QStringLiteral("downloadProgress"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_downloadButton = buttons->addButton(tr("&Download"), QDialogButtonBox::ActionRole);
    m_chooseButton = buttons->addButton(tr("&Choose File…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &WeightsDialog::reject);
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        if (isDownloading())
            cancelDownload();
        else
            startDownload();
    });
    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString start = QDir::home().filePath(QStringLiteral(".cache/torch/hub/checkpoints"));
        const QString path = QFileDialog::getOpenFileName(this, tr("VGG-19 weights"), start,
                                                          tr("PyTorch weights (*.pth *.pt *.safetensors);;All files (*)"));
        if (!path.isEmpty() && choose(path))
            accept();
    });

    connect(m_downloader, &WeightsDownloader::progress, this, &WeightsDialog::onProgress);
    connect(m_downloader, &WeightsDownloader::verifying, this, [this] {
        m_progress->setRange(0, 0); // busy: reading the file back takes a few seconds
        m_progressText->setText(tr("Checking the downloaded file…"));
        updateButtons();
    });
    connect(m_downloader, &WeightsDownloader::finished, this, &WeightsDialog::onFinished);
    connect(m_downloader, &WeightsDownloader::failed, this, [this](const QString &message) {
        m_progress->setRange(0, 1000);
        showError(message);
        const qint64 partial = QFileInfo(m_downloader->partialPath()).size();
        m_progressText->setText(partial > 0 ? tr("%1 MB downloaded earlier; Resume continues from there.").arg(megabytes(partial))
                                            : QString());
        updateButtons();
    });
    connect(m_downloader, &WeightsDownloader::canceled, this, [this] {
        m_progressText->setText(tr("Download paused at %1 MB; Resume continues from there.")
                                    .arg(megabytes(QFileInfo(m_downloader->partialPath()).size())));
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    setSource(source);
}

WeightsDialog::~WeightsDialog() = default; // the downloader aborts its transfer and keeps the .part file

void WeightsDialog::setSource(const WeightsSource &source)
{
    m_source = source;
    m_downloader->setUrl(source.url);
    m_downloader->setExpectedSha256Prefix(source.sha256Prefix);
    m_downloader->setDestination(source.destination);
    updateDescription();
    const qint64 partial = QFileInfo(m_downloader->partialPath()).size();
    m_progress->setValue(source.expectedBytes > 0 ? int(1000 * partial / source.expectedBytes) : 0);
    m_progressText->setText(partial > 0 ? tr("%1 MB downloaded earlier; Resume continues from there.").arg(megabytes(partial))
                                        : QString());
    updateButtons();
}

void WeightsDialog::updateDescription()
{
    const QString url = m_source.url.toDisplayString();
    const QString name = m_source.url.fileName();
    const QString size = m_source.expectedBytes > 0 ? tr("%1 MB").arg(QLocale().toString(m_source.expectedBytes / (1024 * 1024)))
                                                    : tr("size unknown");
    m_description->setText(
        tr("<p>Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs "
           "torchvision's weights file once:</p>"
           "<p><b>%1</b>, %2, licence CC BY 4.0<br><a href=\"%3\">%3</a></p>"
           "<p><b>Download</b> fetches it into <tt>%4</tt> (it can be stopped and resumed). "
           "Or choose a copy you already have, for example from PyTorch's cache, "
           "<tt>~/.cache/torch/hub/checkpoints/</tt>. The choice is remembered; Preferences can change it.</p>")
            .arg(name.toHtmlEscaped(), size, url.toHtmlEscaped(),
                 QDir::toNativeSeparators(QFileInfo(m_source.destination).absolutePath()).toHtmlEscaped()));
}

bool WeightsDialog::isDownloading() const
{
    return m_downloader->isRunning();
}

void WeightsDialog::startDownload()
{
    if (isDownloading())
        return;
    m_error->hide();
    m_progressText->setText(tr("Connecting to %1…").arg(m_source.url.host()));
    m_downloader->start(); // may fail at once (folder not writable): the failed handler shows it
    updateButtons();
}

void WeightsDialog::cancelDownload()
{
    m_downloader->cancel();
}

void WeightsDialog::reject()
{
    if (isDownloading())
        m_downloader->cancel(); // the .part file stays for the next time
    QDialog::reject();
}

QString WeightsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString WeightsDialog::progressText() const
{
    return m_progressText->text();
}

void WeightsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void WeightsDialog::updateButtons()
{
    const bool running = isDownloading();
    const bool partial = QFileInfo::exists(m_downloader->partialPath()) && QFileInfo(m_downloader->partialPath()).size() > 0;
    m_downloadButton->setText(running ? tr("S&top Download") : partial ? tr("&Resume Download") : tr("&Download"));
    m_chooseButton->setEnabled(!running);
}

void WeightsDialog::onProgress(qint64 received, qint64 total, double bytesPerSecond, int secondsLeft)
{
    const qint64 all = total > 0 ? total : m_source.expectedBytes;
    if (all > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * std::min(received, all) / all));
    } else {
        m_progress->setRange(0, 0); // busy indicator while the size is unknown
    }
    QString text = all > 0 ? tr("%1 of %2 MB").arg(megabytes(received), megabytes(all)) : tr("%1 MB").arg(megabytes(received));
    if (bytesPerSecond > 0)
        text += QStringLiteral(", ") + tr("%1 MB/s").arg(QLocale().toString(bytesPerSecond / (1024.0 * 1024.0), 'f', 1));
    if (secondsLeft >= 0)
        text += QStringLiteral(", ") + tr("%1 left").arg(duration(secondsLeft));
    m_progressText->setText(text);
    Q_EMIT downloadProgress(received, total);
}

void WeightsDialog::onFinished(const QString &path)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progressText->setText(tr("Downloaded and verified: %1").arg(QDir::toNativeSeparators(path)));
    updateButtons();
    if (choose(path))
        accept();
}

bool WeightsDialog::choose(const QString &path)
{
    const QFileInfo info(path);
    QString problem;
    if (!info.exists())
        problem = tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path));
    else if (!info.isFile())
        problem = tr("“%1” is a folder, not a weights file.").arg(QDir::toNativeSeparators(path));
    else if (!info.isReadable())
        problem = tr("“%1” cannot be read (check its permissions).").arg(QDir::toNativeSeparators(path));
    else if (info.size() == 0)
        problem = tr("“%1” is empty.").arg(QDir::toNativeSeparators(path));
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_chosen = info.absoluteFilePath();
    return true;
}

} // namespace nss
