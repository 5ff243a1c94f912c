// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepane.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDeadlineTimer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "io/imageloader.h"
#include "samplegallery.h"
#include "themedicon.h"

namespace nss {

// What the worker hands back: the picture, its bounded thumbnail, or why there is none.
struct DecodedPicture
{
    QImage image;
    QImage thumbnail;
    QString error;
    QString path;
    QString name;
    qint64 bytes = 0;
};

namespace {

// Browsers put the picture itself under an image/* type next to its URL; bytes beat a URL we
// would have to fetch.
QString imageMimeFormat(const QMimeData *mime)
{
    for (const QString &format : mime->formats())
        if (format.startsWith(QLatin1String("image/")))
            return format;
    return {};
}

// Runs on the worker: the smooth scaling of a 100 MP picture is the slow part after decoding,
// so it happens here once and the GUI thread only ever scales the thumbnail.
DecodedPicture decoded(Expected<QImage> image, const QString &path, const QString &name, qint64 bytes)
{
    DecodedPicture result;
    result.path = path;
    result.name = name;
    result.bytes = bytes;
    if (!image) {
        result.error = image.error();
        return result;
    }
    result.image = std::move(image).value();
    const int side = ImagePane::kThumbnailSide;
    result.thumbnail = result.image.width() > side || result.image.height() > side
                           ? result.image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                           : result.image;
    return result;
}

QString displayName(const QString &path)
{
    const QString sample = SampleGallery::titleOf(path);
    return sample.isEmpty() ? QFileInfo(path).fileName() : sample;
}

} // namespace

ImagePane::ImagePane(const QString &title, const QString &hint, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_samples(new QToolButton(this))
    , m_thumbnail(new QLabel(hint, this))
    , m_caption(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_hint(hint)
{
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus); // so Ctrl+V knows which pane is meant
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(160, 140);
    setToolTip(tr("Drop an image here, click to choose a file, or paste with Ctrl+V."));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_samples->setText(tr("Samples"));
    m_samples->setObjectName(QStringLiteral("samplesButton"));
    m_samples->setToolTip(tr("Use one of the bundled photos or paintings."));
    m_samples->setPopupMode(QToolButton::InstantPopup);
    m_samples->setAutoRaise(true);
    m_samples->setCursor(Qt::ArrowCursor);
    auto *menu = new QMenu(m_samples);
    SampleGallery::addSampleMenus(menu, this, [this](const QString &path) { loadFileAsync(path); });
    m_samples->setMenu(menu);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_thumbnail->setMinimumHeight(64);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_samples);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_thumbnail, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_errorLabel);
}

ImagePane::~ImagePane() = default;

QString ImagePane::title() const
{
    return m_title->text();
}

QString ImagePane::captionText() const
{
    return m_caption->text();
}

quint64 ImagePane::loadFileAsync(const QString &path)
{
    const QString name = displayName(path);
    return startDecode(beginLoad(name), [path, name] { return decoded(loadImage(path), path, name, QFileInfo(path).size()); });
}

quint64 ImagePane::loadDataAsync(const QByteArray &data, const QString &what)
{
    return startDecode(beginLoad(what),
                       [data, what] { return decoded(loadImageData(data, what), QString(), what, data.size()); });
}

quint64 ImagePane::loadImageAsync(const QImage &image, const QString &what)
{
    return startDecode(beginLoad(what),
                       [image, what] { return decoded(Expected<QImage>(image), QString(), what, image.sizeInBytes()); });
}

bool ImagePane::loadFile(const QString &path)
{
    loadFileAsync(path);
    return waitForLoaded() && m_error.isEmpty();
}

bool ImagePane::loadData(const QByteArray &data, const QString &what)
{
    loadDataAsync(data, what);
    return waitForLoaded() && m_error.isEmpty();
}

bool ImagePane::loadMimeData(const QMimeData *mime)
{
    if (!mime) {
        showError(tr("Nothing to paste."));
        return false;
    }
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                loadFileAsync(url.toLocalFile());
                return true;
            }
        }
    }
    const QString format = imageMimeFormat(mime);
    if (!format.isEmpty()) {
        loadDataAsync(mime->data(format), tr("the dropped image"));
        return true;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            loadImageAsync(image, tr("pasted image"));
            return true;
        }
    }
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().constFirst();
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            fetchRemote(url);
            return true;
        }
    }
    showError(mime->hasText() ? tr("“%1” is not an image file or image address.").arg(mime->text().left(80))
                              : tr("What was dropped is not an image."));
    return false;
}

void ImagePane::clear()
{
    beginLoad(QString()); // drops a load in progress
    m_pending = 0;
    m_image = QImage();
    m_thumbnailSource = QImage();
    m_path.clear();
    m_error.clear();
    m_loadedCaption.clear();
    m_caption->clear();
    m_errorLabel->hide();
    m_thumbnail->setPixmap(QPixmap());
    m_thumbnail->setText(m_hint);
    Q_EMIT imageChanged(m_image, m_path);
}

bool ImagePane::waitForLoaded(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (m_pending != 0) {
        if (m_watcher) { // a decode: wait for the worker, then take its result now
            QFutureWatcher<DecodedPicture> *watcher = std::exchange(m_watcher, nullptr);
            watcher->disconnect(this);
            watcher->waitForFinished();
            watcher->deleteLater();
            deliver(m_pending, watcher->result());
            continue;
        }
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20); // a download needs the event loop
        QThread::msleep(2);
    }
    return true;
}

quint64 ImagePane::beginLoad(const QString &name)
{
    const quint64 replaced = m_pending;
    m_pending = ++m_generation;
    // The replaced load is forgotten: its worker finishes unseen, its download stops.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_fetch) {
        m_fetch->abort();
        m_fetch->deleteLater();
    }
    if (replaced)
        Q_EMIT loadEnded(replaced, QString());
    m_caption->setText(tr("Loading %1…").arg(name));
    if (m_image.isNull())
        m_thumbnail->setText(tr("Loading…"));
    return m_pending;
}

template <typename Decode> quint64 ImagePane::startDecode(quint64 generation, Decode decode)
{
    auto *watcher = new QFutureWatcher<DecodedPicture>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (m_watcher == watcher)
            m_watcher = nullptr;
        watcher->deleteLater();
        deliver(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(decode)));
    return generation;
}

void ImagePane::deliver(quint64 generation, const DecodedPicture &result)
{
    if (generation != m_pending)
        return; // replaced by a newer load, or already delivered by waitForLoaded()
    m_pending = 0;
    if (result.error.isEmpty()) {
        setLoaded(result);
    } else {
        m_caption->setText(m_loadedCaption);
        if (m_image.isNull())
            m_thumbnail->setText(m_hint);
        showError(result.error);
    }
    Q_EMIT loadEnded(generation, result.error);
}

void ImagePane::openFileDialog()
{
    const QString folder = m_path.startsWith(QLatin1Char(':')) ? QString() : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open %1 image").arg(title()), folder,
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadFileAsync(path);
}

void ImagePane::pasteFromClipboard()
{
    loadMimeData(QApplication::clipboard()->mimeData());
}

void ImagePane::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    // Accept anything that might be a picture; a text file is refused on drop, with a message.
    if (mime->hasUrls() || mime->hasImage() || !imageMimeFormat(mime).isEmpty())
        event->acceptProposedAction();
}

void ImagePane::dropEvent(QDropEvent *event)
{
    loadMimeData(event->mimeData());
    event->acceptProposedAction();
}

void ImagePane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        openFileDialog();
    QFrame::mouseReleaseEvent(event);
}

void ImagePane::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(themedIcon(QStringLiteral("open")), tr("Open File…"), this, &ImagePane::openFileDialog);
    menu.addAction(themedIcon(QStringLiteral("paste")), tr("Paste"), this, &ImagePane::pasteFromClipboard);
    menu.addSeparator();
    SampleGallery::addSampleMenus(&menu, this, [this](const QString &path) { loadFileAsync(path); });
    menu.exec(event->globalPos());
}

void ImagePane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateThumbnail();
}

void ImagePane::paintEvent(QPaintEvent *event)
{
    // Qt 6.4 has no device-pixel-ratio change event: a window moved to a screen of another
    // density is noticed at its next paint and the thumbnail rescaled for it.
    if (!m_thumbnailSource.isNull() && !qFuzzyCompare(m_thumbnailDpr, devicePixelRatioF()))
        updateThumbnail();
    QFrame::paintEvent(event);
}

void ImagePane::setLoaded(const DecodedPicture &result)
{
    m_image = result.image;
    m_thumbnailSource = result.thumbnail;
    m_path = result.path;
    m_error.clear();
    m_errorLabel->hide();
    m_loadedCaption = tr("%1\n%2 × %3 px, %4")
                          .arg(result.name)
                          .arg(m_image.width())
                          .arg(m_image.height())
                          .arg(QLocale().formattedDataSize(result.bytes));
    m_caption->setText(m_loadedCaption);
    m_caption->setToolTip(m_path);
    updateThumbnail();
    Q_EMIT imageChanged(m_image, m_path);
}

void ImagePane::showError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    Q_EMIT loadFailed(message);
}

void ImagePane::fetchRemote(const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const QString name = url.fileName().isEmpty() ? url.host() : url.fileName();
    const quint64 generation = beginLoad(name);
    m_caption->setText(tr("Downloading %1…").arg(name));
    auto *fetch = new RemoteImageFetch(m_network, url, m_downloadLimits, this);
    m_fetch = fetch;
    connect(fetch, &RemoteImageFetch::progress, this, [this, generation, name](qint64 received, qint64 total) {
        if (generation != m_pending)
            return;
        const QLocale locale;
        m_caption->setText(total > 0 ? tr("Downloading %1… %2% (%3 of %4)")
                                           .arg(name)
                                           .arg(received * 100 / total)
                                           .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                                     : tr("Downloading %1… %2").arg(name, locale.formattedDataSize(received)));
    });
    connect(fetch, &RemoteImageFetch::finished, this, [this, generation, fetch, name](const QByteArray &data) {
        fetch->deleteLater();
        if (generation != m_pending)
            return;
        m_caption->setText(tr("Loading %1…").arg(name));
        startDecode(generation, [data, name] { return decoded(loadImageData(data, name), QString(), name, data.size()); });
    });
    connect(fetch, &RemoteImageFetch::failed, this, [this, generation, fetch](const QString &message) {
        fetch->deleteLater();
        DecodedPicture failed;
        failed.error = message;
        deliver(generation, failed);
    });
}

void ImagePane::updateThumbnail()
{
    if (m_thumbnailSource.isNull())
        return;
    // Scale in device pixels so the thumbnail is sharp on high-DPI screens.
    const qreal dpr = devicePixelRatioF();
    const QSize target = m_thumbnail->size() * dpr;
    if (target.isEmpty())
        return;
    QPixmap pixmap = QPixmap::fromImage(m_thumbnailSource.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_thumbnailDpr = dpr;
    m_thumbnail->setPixmap(pixmap);
}

} // namespace nss
