// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace nss {

// Shows the picture being painted: fit to the window, 100% (one image pixel per device pixel, so
// sharp on high-DPI screens), wheel zoom around the cursor, drag to pan, and a before/after split
// against the content image whose divider can be dragged.
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);

    // `logicalSize`: the size the picture stands for, when it is a smaller copy (the live preview
    // of a large output): zoom and 100% count in the output's pixels, so nothing jumps when the
    // full-size frame arrives. Default: the image's own size.
    void setImage(const QImage &image, QSize logicalSize = {});
    QImage image() const { return m_image; }
    void setBeforeImage(const QImage &image);

    bool isFit() const { return m_fit; }
    double zoom() const; // displayed device pixels per image pixel
    bool splitView() const { return m_split; }
    double splitPosition() const { return m_splitAt; }

public Q_SLOTS:
    void fitToWindow();
    void actualSize();
    void zoomIn();
    void zoomOut();
    void setSplitView(bool on);

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const; // where the image lies, in logical widget coordinates
    double logicalScale() const;
    void zoomAround(double factor, QPointF anchor);

    QImage m_image;
    QSize m_size; // the logical size of m_image (setImage)
    QImage m_before;
    bool m_fit = true;
    double m_scale = 1.0; // logical pixels per image pixel when not fitting
    QPointF m_center; // image point shown at the widget centre when not fitting
    bool m_split = false;
    double m_splitAt = 0.5;
    enum class Drag { None, Pan, Divider } m_drag = Drag::None;
    QPointF m_lastMouse;
};

} // namespace nss
