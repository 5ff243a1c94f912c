// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace nss {

struct StyleFrame;

// Progress of a run: a bar with step/total, and steps per second with the time left.
class RunProgress : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgress(QWidget *parent = nullptr);

    void reset(int totalSteps);
    void showFrame(const StyleFrame &frame);
    QString rateText() const;
    int step() const;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_rate = nullptr;
};

} // namespace nss
