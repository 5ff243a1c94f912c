// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace nss {

struct StyleFrame;

// The live loss curve (content, style, total) drawn with QPainter on a log scale, since the
// terms differ by orders of magnitude and fall fast at the start.
class LossChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        int step = 0;
        double content = 0.0;
        double style = 0.0;
        double total = 0.0;
    };

    explicit LossChart(QWidget *parent = nullptr);

    void addFrame(const StyleFrame &frame);
    void clear();
    const QList<Point> &points() const { return m_points; }

    QSize sizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
};

} // namespace nss
