// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace nss {

struct StyleFrame;
struct StyleProgress;

// Progress of a run: a bar with step/total, and steps per second with the time left.
class RunProgress : public QWidget
{
    Q_OBJECT

public:
    // Horizontal: the bar beside the rate, for the wide status area. Vertical: the rate under the
    // bar, for a narrow dock, where a rate label beside it would squeeze the bar.
    explicit RunProgress(QWidget *parent = nullptr, Qt::Orientation orientation = Qt::Horizontal);

    void reset(int totalSteps);
    void showFrame(const StyleFrame &frame);
    // After every step: the bar, the recent rate, the scale and the time left over every scale.
    // Once steps are reported, frames only set the bar (and the last one the summary).
    void showProgress(const StyleProgress &progress);
    QString rateText() const;
    int step() const;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_rate = nullptr;
    bool m_followsSteps = false;
};

} // namespace nss
