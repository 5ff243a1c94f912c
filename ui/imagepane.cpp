// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepane.h"

#include <utility>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>

#include "samplegallery.h"
#include "themedicon.h"

namespace nss {

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
    dropLoad(std::exchange(m_pending, 0)); // a load in progress ends, and none follows
    m_image = QImage();
    m_thumbnailSource = QImage();
    m_path.clear();
    m_error.clear();
    m_loadedCaption.clear();
    m_videoSummary.clear();
    m_caption->clear();
    m_errorLabel->hide();
    m_thumbnail->setPixmap(QPixmap());
    m_thumbnail->setText(m_hint);
    Q_EMIT imageChanged(m_image, m_path);
}

void ImagePane::openFileDialog()
{
    const QString folder = m_path.startsWith(QLatin1Char(':')) ? QString() : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open %1 image").arg(title()), folder,
                                     m_acceptsVideo ? tr("Images and videos (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)")
                                                    : tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"));
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

void ImagePane::showError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    Q_EMIT loadFailed(message);
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
