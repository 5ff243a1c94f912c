// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchprogress.h"

#include <algorithm>
#include <cmath>

namespace nss {

BatchProgress::BatchProgress(QList<double> work)
    : m_work(std::move(work))
    , m_dropped(m_work.size(), false)
{ }

double BatchProgress::jobWork(const StyleSettings &settings)
{
    return double(settings.steps) * settings.outputSize * settings.outputSize;
}

void BatchProgress::finished(int job, double seconds)
{
    m_doneWork += m_work.value(job);
    m_doneSeconds += seconds;
}

void BatchProgress::dropped(int job)
{
    if (job >= 0 && job < m_dropped.size())
        m_dropped[job] = true;
}

double BatchProgress::fraction(int current, double currentFraction) const
{
    double total = 0.0, done = 0.0;
    for (int j = 0; j < m_work.size(); ++j) {
        if (m_dropped[j])
            continue;
        total += m_work[j];
        if (j < current)
            done += m_work[j];
        else if (j == current)
            done += m_work[j] * std::clamp(currentFraction, 0.0, 1.0);
    }
    return total > 0.0 ? done / total : 1.0;
}

double BatchProgress::secondsLeft(int current, double currentFraction, double currentSeconds,
                                  double currentSecondsLeft) const
{
    const double currentWork = m_work.value(current);
    double secondsPerWork = -1.0;
    if (m_doneWork > 0.0)
        secondsPerWork = m_doneSeconds / m_doneWork;
    else if (currentFraction > 0.0 && currentSeconds > 0.0 && currentWork > 0.0)
        secondsPerWork = currentSeconds / (currentWork * currentFraction);
    double later = 0.0;
    for (int j = current + 1; j < m_work.size(); ++j)
        if (!m_dropped[j])
            later += m_work[j];
    if (secondsPerWork < 0.0 && (later > 0.0 || currentSecondsLeft < 0.0))
        return -1.0;
    const double now = currentSecondsLeft >= 0.0
                           ? currentSecondsLeft
                           : currentWork * (1.0 - std::clamp(currentFraction, 0.0, 1.0)) * secondsPerWork;
    return now + later * std::max(secondsPerWork, 0.0);
}

QString BatchProgress::formatDuration(double seconds)
{
    if (seconds < 0.0 || !std::isfinite(seconds))
        return QStringLiteral("--:--");
    const qint64 s = qint64(std::ceil(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace nss
