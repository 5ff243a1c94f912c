#pragma once

#include <QFrame>
#include <QImage>

class QLabel;

namespace nss {

// A drop target for one picture (the content photo or a style painting): shows a thumbnail,
// the file name and size, or a hint while empty.
class ImagePane : public QFrame
{
    Q_OBJECT

public:
    explicit ImagePane(const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const;
    QImage image() const { return m_image; }
    QString filePath() const { return m_path; }

Q_SIGNALS:
    void imageChanged(const QImage &image, const QString &path);

private:
    QLabel *m_title = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_caption = nullptr;
    QImage m_image;
    QString m_path;
};

} // namespace nss
