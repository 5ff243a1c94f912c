// SPDX-License-Identifier: GPL-3.0-or-later
// ImagePane's background loading: decoding on a worker, generations, waiting, downloads. The
// pane's widgets and events are in imagepane.cpp.
#include "imagepane.h"

#include <utility>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "io/colormanagement.h"
#include "io/imageloader.h"
#include "video/videofile.h"
#include "video/videoreader.h"
#include "samplegallery.h"

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
    QString videoSummary; // a video: its first frame is `image`
};

namespace {

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
    // Shown in sRGB: a Display P3 or Adobe RGB photo drawn as it is would look dull.
    result.thumbnail = inSrgb(result.image.width() > side || result.image.height() > side
                                  ? result.image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                  : result.image);
    return result;
}

// A file as the content pane reads it: a video gives its first frame and its length.
DecodedPicture decodedFile(const QString &path, const QString &name, bool acceptsVideo)
{
    const qint64 bytes = QFileInfo(path).size();
    if (!acceptsVideo || !looksLikeVideo(path))
        return decoded(loadImage(path), path, name, bytes);
    auto reader = VideoReader::open(path);
    if (!reader)
        return decoded(fail(reader.error()), path, name, bytes);
    auto first = reader.value()->nextFrame();
    if (!first || !first.value())
        return decoded(fail(first ? ImagePane::tr("The video has no frames.") : first.error()), path, name, bytes);
    DecodedPicture result = decoded(*first.value(), path, name, bytes);
    const VideoInfo &info = reader.value()->info();
    result.videoSummary = ImagePane::tr("%n frame(s), %1 s at %2 fps", nullptr, int(info.frameCount))
                              .arg(info.durationSeconds, 0, 'f', 1)
                              .arg(info.frameRate.value(), 0, 'g', 4);
    return result;
}

QString displayName(const QString &path)
{
    const QString sample = SampleGallery::titleOf(path);
    return sample.isEmpty() ? QFileInfo(path).fileName() : sample;
}

} // namespace

quint64 ImagePane::loadFileAsync(const QString &path)
{
    const QString name = displayName(path);
    return startDecode(beginLoad(name), [path, name, video = m_acceptsVideo] { return decodedFile(path, name, video); });
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
    dropLoad(replaced);
    m_caption->setText(tr("Loading %1…").arg(name));
    if (m_image.isNull())
        m_thumbnail->setText(tr("Loading…"));
    return m_pending;
}

// The replaced load is forgotten: its worker finishes unseen, its download stops, and it is
// reported ended (m_pending already names what comes next, or 0).
void ImagePane::dropLoad(quint64 replaced)
{
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

void ImagePane::setLoaded(const DecodedPicture &result)
{
    m_image = result.image;
    m_thumbnailSource = result.thumbnail;
    m_path = result.path;
    m_error.clear();
    m_errorLabel->hide();
    m_videoSummary = result.videoSummary;
    m_loadedCaption = tr("%1\n%2 × %3 px, %4")
                          .arg(result.name)
                          .arg(m_image.width())
                          .arg(m_image.height())
                          .arg(isVideo() ? m_videoSummary : QLocale().formattedDataSize(result.bytes));
    m_caption->setText(m_loadedCaption);
    m_caption->setToolTip(m_path);
    updateThumbnail();
    Q_EMIT imageChanged(m_image, m_path);
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

} // namespace nss
