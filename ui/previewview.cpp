// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace nss {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 32.0;
constexpr double kWheelStep = 1.25;
} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 240);
    setMouseTracking(true);
    setFocusPolicy(Qt::WheelFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(false);
}

void PreviewView::setImage(const QImage &image, QSize logicalSize)
{
    const QSize size = logicalSize.isValid() ? logicalSize : image.size();
    const bool firstOrResized = m_size != size;
    m_image = image;
    m_size = size;
    if (firstOrResized)
        m_center = QPointF(size.width() / 2.0, size.height() / 2.0);
    update();
}

void PreviewView::setBeforeImage(const QImage &image)
{
    m_before = image;
    update();
}

double PreviewView::logicalScale() const
{
    if (m_image.isNull())
        return 1.0;
    if (!m_fit)
        return m_scale;
    const QSizeF avail = QSizeF(size()) - QSizeF(8, 8);
    return std::max(0.01, std::min(avail.width() / m_size.width(), avail.height() / m_size.height()));
}

double PreviewView::zoom() const
{
    return logicalScale() * devicePixelRatioF();
}

QRectF PreviewView::imageRect() const
{
    const double s = logicalScale();
    const QSizeF shown(m_size.width() * s, m_size.height() * s);
    if (m_fit)
        return QRectF(QPointF((width() - shown.width()) / 2.0, (height() - shown.height()) / 2.0), shown);
    const QPointF topLeft = QPointF(width() / 2.0, height() / 2.0) - m_center * s;
    return QRectF(topLeft, shown);
}

void PreviewView::fitToWindow()
{
    m_fit = true;
    update();
    Q_EMIT zoomChanged(zoom());
}

void PreviewView::actualSize()
{
    // 100% means one image pixel per device pixel, not per logical pixel.
    m_scale = 1.0 / devicePixelRatioF();
    if (m_fit)
        m_center = QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    m_fit = false;
    update();
    Q_EMIT zoomChanged(zoom());
}

void PreviewView::zoomIn()
{
    zoomAround(kWheelStep, QPointF(width() / 2.0, height() / 2.0));
}

void PreviewView::zoomOut()
{
    zoomAround(1.0 / kWheelStep, QPointF(width() / 2.0, height() / 2.0));
}

void PreviewView::setSplitView(bool on)
{
    m_split = on;
    update();
}

void PreviewView::zoomAround(double factor, QPointF anchor)
{
    if (m_image.isNull())
        return;
    const QRectF before = imageRect();
    const double oldScale = logicalScale();
    const QPointF imagePoint = (anchor - before.topLeft()) / oldScale;
    const double dpr = devicePixelRatioF();
    m_scale = std::clamp(oldScale * factor, kMinZoom / dpr, kMaxZoom / dpr);
    m_fit = false;
    // Keep the image point under the anchor where it was.
    m_center = imagePoint - (anchor - QPointF(width() / 2.0, height() / 2.0)) / m_scale;
    update();
    Q_EMIT zoomChanged(zoom());
}

void PreviewView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The picture appears here while it is painted."));
        return;
    }
    const QRectF target = imageRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 1.0);
    // QPainter maps logical to device pixels itself, so drawing into a logical rect uses every
    // device pixel of a high-DPI screen.
    painter.drawImage(target, m_image);
    if (m_split && !m_before.isNull()) {
        const double x = target.left() + target.width() * m_splitAt;
        const QRectF left(target.topLeft(), QSizeF(x - target.left(), target.height()));
        painter.save();
        painter.setClipRect(left);
        painter.drawImage(target, m_before);
        painter.restore();
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
        painter.setPen(Qt::white);
        painter.drawText(left.adjusted(6, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Before"));
        painter.drawText(QRectF(x, target.top(), target.right() - x, target.height()).adjusted(0, 4, -6, 0),
                         Qt::AlignRight | Qt::AlignTop, tr("After"));
    }
}

void PreviewView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomAround(std::pow(kWheelStep, steps), event->position());
    event->accept();
}

void PreviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    m_lastMouse = event->position();
    const QRectF target = imageRect();
    const double dividerX = target.left() + target.width() * m_splitAt;
    if (m_split && std::abs(event->position().x() - dividerX) < 8)
        m_drag = Drag::Divider;
    else
        m_drag = Drag::Pan;
}

void PreviewView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Divider) {
        const QRectF target = imageRect();
        m_splitAt = std::clamp((pos.x() - target.left()) / std::max(1.0, target.width()), 0.0, 1.0);
        update();
    } else if (m_drag == Drag::Pan) {
        if (m_fit) {
            m_scale = logicalScale();
            m_center = QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
            m_fit = false;
        }
        m_center -= (pos - m_lastMouse) / m_scale;
        update();
    } else if (m_split && !m_image.isNull()) {
        const QRectF target = imageRect();
        const double dividerX = target.left() + target.width() * m_splitAt;
        setCursor(std::abs(pos.x() - dividerX) < 8 ? Qt::SplitHCursor : Qt::OpenHandCursor);
    }
    m_lastMouse = pos;
}

void PreviewView::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

} // namespace nss
