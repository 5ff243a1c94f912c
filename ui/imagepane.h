// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QImage>

class QLabel;
class QMimeData;
class QNetworkAccessManager;

namespace nss {

// A drop target for one picture (the content photo or a style painting): accepts image files,
// images dragged from a browser (raw image data or a URL), a click (file dialog) and paste.
// Shows a thumbnail, the file name and size; a file that cannot be read shows its error and the
// previous picture stays.
class ImagePane : public QFrame
{
    Q_OBJECT

public:
    explicit ImagePane(const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const;
    QImage image() const { return m_image; }
    // Empty for pictures that came as bytes (pasted, dropped from a browser).
    QString filePath() const { return m_path; }
    bool hasImage() const { return !m_image.isNull(); }
    // The error of the last failed load, empty after a successful one.
    QString errorText() const { return m_error; }

    bool loadFile(const QString &path);
    bool loadData(const QByteArray &data, const QString &what);
    // Takes whatever picture the mime data carries; false (with the error shown) when none.
    bool loadMimeData(const QMimeData *mime);
    void clear();

public Q_SLOTS:
    void openFileDialog();
    void pasteFromClipboard();

Q_SIGNALS:
    void imageChanged(const QImage &image, const QString &path);
    void loadFailed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setLoaded(const QImage &image, const QString &path, const QString &name, qint64 bytes);
    void showError(const QString &message);
    void fetchRemote(const QUrl &url);
    void updateThumbnail();

    QLabel *m_title = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_hint;
    QImage m_image;
    QString m_path;
    QString m_error;
    qreal m_thumbnailDpr = 0.0;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace nss
