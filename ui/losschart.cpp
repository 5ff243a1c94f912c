// SPDX-License-Identifier: GPL-3.0-or-later
#include "losschart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QPainter>
#include <QPainterPath>

#include "base/styleframe.h"

namespace nss {

LossChart::LossChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LossChart::addFrame(const StyleFrame &frame)
{
    if (!m_points.isEmpty() && frame.step <= m_points.constLast().step)
        m_points.removeLast(); // the final frame may repeat the last step
    m_points.append({frame.step, frame.contentLoss, frame.styleLoss, frame.totalLoss});
    update();
}

void LossChart::clear()
{
    m_points.clear();
    update();
}

void LossChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    const QRectF plot = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("1e+00")) + 10, 8, -10, -fm.height() * 2 - 8);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);

    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("Loss curve"));
        return;
    }

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const Point &p : m_points) {
        for (double v : {p.content, p.style, p.total}) {
            if (v > 0.0 && std::isfinite(v)) {
                lo = std::min(lo, std::log10(v));
                hi = std::max(hi, std::log10(v));
            }
        }
    }
    if (lo > hi)
        return;
    lo = std::floor(lo);
    hi = std::max(std::ceil(hi), lo + 1.0);
    // From the first frame, so the curves use the whole width.
    const int firstStep = m_points.size() > 1 ? m_points.constFirst().step : 0;
    const int lastStep = std::max(firstStep + 1, m_points.constLast().step);

    auto mapX = [&](int step) { return plot.left() + plot.width() * double(step - firstStep) / double(lastStep - firstStep); };
    auto mapY = [&](double v) {
        const double l = v > 0.0 ? std::log10(v) : lo;
        return plot.bottom() - plot.height() * (l - lo) / (hi - lo);
    };

    painter.setPen(palette().color(QPalette::Text));
    for (int d = int(lo); d <= int(hi); ++d) {
        const double y = mapY(std::pow(10.0, d));
        painter.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 4, fm.height()), Qt::AlignRight,
                         QStringLiteral("1e%1").arg(d));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
                     tr("step %1").arg(firstStep));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
                     tr("step %1").arg(lastStep));

    struct Series
    {
        double Point::*member;
        QColor color;
        QString name;
    };
    const Series series[] = {{&Point::total, QColor(0x37, 0x47, 0x4f), tr("total")},
                             {&Point::style, QColor(0xd8, 0x43, 0x15), tr("style")},
                             {&Point::content, QColor(0x1e, 0x88, 0xe5), tr("content")}};
    double legendX = plot.left();
    for (const Series &s : series) {
        QPainterPath path;
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            const QPointF pt(mapX(m_points[i].step), mapY(m_points[i].*s.member));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        painter.setPen(QPen(s.color, 1.5));
        if (m_points.size() == 1)
            painter.drawEllipse(path.currentPosition(), 2.0, 2.0);
        painter.drawPath(path);
        const double y = plot.bottom() + fm.height() + 4;
        painter.fillRect(QRectF(legendX, y + 3, 10, fm.height() - 6), s.color);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(legendX + 14, y + fm.ascent()), s.name);
        legendX += 24 + fm.horizontalAdvance(s.name);
    }
}

} // namespace nss
