// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QImage>
#include <QPointer>

#include "remoteimagefetch.h"

class QLabel;
class QMimeData;
class QNetworkAccessManager;
class QToolButton;
template <typename T> class QFutureWatcher;

namespace nss {

struct DecodedPicture; // imagepane.cpp: what the worker hands back

// A drop target for one picture (the content photo or a style painting): accepts image files,
// images dragged from a browser (raw image data or a URL), a click (file dialog), paste and the
// bundled samples. Shows a thumbnail, the file name and size; a file that cannot be read shows
// its error and the previous picture stays.
//
// Pictures are decoded on a worker thread (up to 100 MP): the pane says "Loading…" meanwhile and
// emits imageChanged or loadFailed when done. Every load gets a generation number; a load the
// user replaced with another before it finished is dropped, so it never overwrites the newer one.
class ImagePane : public QFrame
{
    Q_OBJECT

public:
    // The decoded picture is scaled once, on the worker, to at most this many pixels on its
    // longest side; resizing the pane scales only that.
    static constexpr int kThumbnailSide = 1024;

    explicit ImagePane(const QString &title, const QString &hint, QWidget *parent = nullptr);
    ~ImagePane() override;

    QString title() const;
    QImage image() const { return m_image; }
    // Empty for pictures that came as bytes (pasted, dropped from a browser).
    QString filePath() const { return m_path; }
    bool hasImage() const { return !m_image.isNull(); }
    // The content pane takes videos too (issue 23): the first frame is its picture, the caption
    // says the length, and filePath() names the clip.
    void setAcceptsVideo(bool accepts) { m_acceptsVideo = accepts; }
    bool isVideo() const { return !m_videoSummary.isEmpty(); }
    // The error of the last failed load, empty after a successful one.
    QString errorText() const { return m_error; }
    // The name and size under the thumbnail, or what is being loaded.
    QString captionText() const;
    QImage thumbnailSource() const { return m_thumbnailSource; }

    // Start a load in the background and return its generation; it ends with loadEnded.
    quint64 loadFileAsync(const QString &path);
    quint64 loadDataAsync(const QByteArray &data, const QString &what);
    quint64 loadImageAsync(const QImage &image, const QString &what);
    // The same, then wait for the picture: true when it is in the pane. For callers that need
    // the answer at once (tests, scripts); the window's own paths use the asynchronous ones.
    bool loadFile(const QString &path);
    bool loadData(const QByteArray &data, const QString &what);
    // Takes whatever picture the mime data carries, in the background; false (with the error
    // shown) when it carries none.
    bool loadMimeData(const QMimeData *mime);
    void clear();

    bool isLoading() const { return m_pending != 0; }
    // The generation of the load in progress, 0 when none.
    quint64 pendingLoad() const { return m_pending; }
    // Blocks until a pending decode is in the pane; a download is waited for by running the event
    // loop. False when `ms` passed first.
    bool waitForLoaded(int ms = 120000);

    void setDownloadLimits(RemoteImageFetch::Limits limits) { m_downloadLimits = limits; }

public Q_SLOTS:
    void openFileDialog();
    void pasteFromClipboard();

Q_SIGNALS:
    void imageChanged(const QImage &image, const QString &path);
    void loadFailed(const QString &message);
    // Once for every load started: `error` is empty when its picture is in the pane or a newer
    // load replaced it.
    void loadEnded(quint64 generation, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    quint64 beginLoad(const QString &name);
    void dropLoad(quint64 replaced);
    template <typename Decode> quint64 startDecode(quint64 generation, Decode decode);
    void deliver(quint64 generation, const DecodedPicture &result);
    void endLoad(quint64 generation, const QString &error);
    void setLoaded(const DecodedPicture &result);
    void showError(const QString &message);
    void fetchRemote(const QUrl &url);
    void updateThumbnail();
    void fillSampleMenu();

    QLabel *m_title = nullptr;
    QToolButton *m_samples = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_hint;
    QImage m_image;
    QImage m_thumbnailSource;
    QString m_path;
    QString m_error;
    QString m_loadedCaption;
    QString m_videoSummary; // "14 frames, 1.2 s at 12 fps" when the picture is a video's first frame
    bool m_acceptsVideo = false;
    qreal m_thumbnailDpr = 0.0;
    quint64 m_generation = 0;
    quint64 m_pending = 0;
    QFutureWatcher<DecodedPicture> *m_watcher = nullptr;
    QPointer<RemoteImageFetch> m_fetch;
    QNetworkAccessManager *m_network = nullptr;
    RemoteImageFetch::Limits m_downloadLimits;
};

} // namespace nss
