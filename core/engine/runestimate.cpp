// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runestimate.h"

#include <algorithm>

namespace nss {

namespace {

constexpr double kRateWindowSeconds = 2.0;

double pixelsOf(QSize size)
{
    return double(size.width()) * size.height();
}

} // namespace

RunEstimate::RunEstimate(ScalePlan plan, int totalSteps)
    : m_plan(std::move(plan))
    , m_total(totalSteps)
{ }

void RunEstimate::scaleStarted(int index, int done, int end, double now)
{
    m_index = index;
    m_done = done;
    m_scaleFirstDone = done;
    m_end = end;
    m_scaleStart = now;
    m_now = now;
    m_recent.clear();
    m_recent.emplace_back(now, done);
}

void RunEstimate::stepDone(int done, double now)
{
    m_done = done;
    m_now = now;
    m_recent.emplace_back(now, done);
    while (m_recent.size() > 2 && now - m_recent[1].first >= kRateWindowSeconds)
        m_recent.pop_front();
}

double RunEstimate::stepsPerSecond() const
{
    if (m_recent.size() < 2)
        return 0.0;
    const double seconds = m_recent.back().first - m_recent.front().first;
    return seconds > 0.0 ? (m_recent.back().second - m_recent.front().second) / seconds : 0.0;
}

std::vector<int> RunEstimate::stepsLeftPerScale() const
{
    const int count = int(m_plan.sizes.size());
    std::vector<int> left(count, 0);
    int remaining = std::max(0, m_total - m_done);
    // This scale up to its end; each coarser-than-finest scale after it its planned share (as the
    // runner caps it: at least one step left to each finer scale); the finest what remains.
    for (int s = m_index; s < count && remaining > 0; ++s) {
        const bool finest = s == count - 1;
        int steps = remaining;
        if (!finest) {
            const int cap = s == m_index ? m_end - m_done : m_plan.maxSteps[s];
            steps = std::clamp(cap, 0, std::max(0, remaining - (count - 1 - s)));
        }
        left[s] = steps;
        remaining -= steps;
    }
    return left;
}

double RunEstimate::secondsLeft() const
{
    const int stepsHere = m_done - m_scaleFirstDone;
    if (stepsHere <= 0 || m_plan.sizes.empty())
        return -1.0;
    const double perPixelStep = (m_now - m_scaleStart) / (stepsHere * pixelsOf(m_plan.sizes[m_index]));
    const std::vector<int> left = stepsLeftPerScale();
    double cost = 0.0;
    for (size_t s = 0; s < left.size(); ++s)
        cost += left[s] * pixelsOf(m_plan.sizes[s]);
    return cost * perPixelStep;
}

} // namespace nss
