// SPDX-License-Identifier: GPL-3.0-or-later
#include "runprogress.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "base/styleframe.h"
#include "base/styleprogress.h"

namespace nss {

namespace {

QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunProgress::RunProgress(QWidget *parent, Qt::Orientation orientation)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setFormat(tr("step %v / %m"));
    QBoxLayout *layout = nullptr;
    if (orientation == Qt::Horizontal) {
        // A fixed width, so the bar does not jump as the rate's text changes.
        m_rate->setMinimumWidth(
            m_rate->fontMetrics().horizontalAdvance(QStringLiteral("000.0 steps/s, 00:00:00 left (scale 3 of 3)")));
        layout = new QHBoxLayout(this);
    } else {
        m_rate->setWordWrap(true);
        layout = new QVBoxLayout(this);
    }
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_rate);
    reset(0);
}

void RunProgress::reset(int totalSteps)
{
    m_bar->setRange(0, std::max(1, totalSteps));
    m_bar->setValue(0);
    m_bar->setTextVisible(totalSteps > 0); // before any run: an empty bar, not "step 0 / 1"
    m_rate->clear();
    m_followsSteps = false;
}

void RunProgress::showProgress(const StyleProgress &progress)
{
    m_followsSteps = true;
    m_bar->setTextVisible(true);
    m_bar->setRange(0, std::max(1, progress.totalSteps));
    m_bar->setValue(progress.step);
    const QString left = progress.secondsLeft >= 0.0 ? formatDuration(progress.secondsLeft) : tr("–:––");
    const QString rate = tr("%1 steps/s, %2 left").arg(progress.stepsPerSecond, 0, 'f', 1).arg(left);
    m_rate->setText(progress.scaleCount > 1 ? tr("%1 (scale %2 of %3)").arg(rate).arg(progress.scale).arg(progress.scaleCount)
                                            : rate);
}

void RunProgress::showFrame(const StyleFrame &frame)
{
    m_bar->setTextVisible(true);
    m_bar->setRange(0, std::max(1, frame.totalSteps));
    m_bar->setValue(frame.step);
    if (frame.isFinal) {
        m_rate->setText(
            tr("%1 steps/s, done in %2").arg(frame.stepsPerSecond, 0, 'f', 1).arg(formatDuration(frame.elapsedSeconds)));
    } else if (frame.stepsPerSecond > 0.0 && !m_followsSteps) {
        const double left = (frame.totalSteps - frame.step) / frame.stepsPerSecond;
        m_rate->setText(tr("%1 steps/s, %2 left").arg(frame.stepsPerSecond, 0, 'f', 1).arg(formatDuration(left)));
    }
}

QString RunProgress::rateText() const
{
    return m_rate->text();
}

int RunProgress::step() const
{
    return m_bar->value();
}

} // namespace nss
