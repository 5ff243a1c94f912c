// SPDX-License-Identifier: GPL-3.0-or-later
// MaskCanvas on screen: where the photo is shown, how the layers are drawn over it, and the mouse
// that paints them (the layers and their edits: maskcanvas.cpp).
#include <QMouseEvent>
#include <QPainter>

#include "maskcanvas.h"

namespace nss {

QRectF MaskCanvas::photoRect() const
{
    if (m_photo.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_photo.size()).scaled(QSizeF(rect().size()) - QSizeF(8, 8), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2.0, (height() - fitted.height()) / 2.0), fitted);
}

QPointF MaskCanvas::toPhoto(QPointF widgetPos) const
{
    const QRectF r = photoRect();
    if (r.isEmpty())
        return {};
    const double s = m_photo.width() / r.width();
    return (widgetPos - r.topLeft()) * s;
}

void MaskCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_photo.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Choose a photo first: the masks are painted over it."));
        return;
    }
    const QRectF target = photoRect();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_photo);
    for (int i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].isNull())
            continue;
        if (m_overlays[i].isNull()) {
            const bool keep = i == m_layers.size() - 1;
            QImage overlay(m_layers[i].size(), QImage::Format_ARGB32_Premultiplied);
            overlay.fill(colour(keep ? kKeep : i));
            if (keep) { // hatched, so that kept parts read as "left alone" over any photo
                QPainter q(&overlay);
                q.fillRect(overlay.rect(), QBrush(QColor(40, 40, 40), Qt::BDiagPattern));
            }
            QPainter q(&overlay);
            q.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            q.drawImage(0, 0, m_layers[i]);
            q.end();
            m_overlays[i] = overlay;
        }
        p.setOpacity(m_opacity);
        p.drawImage(target, m_overlays[i]);
    }
    p.setOpacity(1.0);
    if (m_cursor.x() >= 0 && target.contains(m_cursor)) {
        const double r = m_radius * target.width() / m_photo.width();
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, 1.5));
        p.drawEllipse(m_cursor, r, r);
        p.setPen(QPen(Qt::white, 1.0, Qt::DashLine));
        p.drawEllipse(m_cursor, r, r);
    }
}

void MaskCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_photo.isNull())
        return QWidget::mousePressEvent(event);
    m_painting = true;
    beginEdit();
    m_last = toPhoto(event->position());
    stroke(m_last, m_last);
}

void MaskCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_cursor = event->position();
    if (m_painting) {
        const QPointF here = toPhoto(event->position());
        stroke(m_last, here);
        m_last = here;
    } else {
        update();
    }
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_painting || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_painting = false;
    endEdit(m_erasing ? tr("Erase") : tr("Paint"));
}

void MaskCanvas::leaveEvent(QEvent *event)
{
    m_cursor = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

} // namespace nss
