// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projectedlbfgs.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nss {

namespace {

double dotProduct(const torch::Tensor &a, const torch::Tensor &b)
{
    return a.reshape(-1).dot(b.reshape(-1)).item<double>();
}

double maxAbs(const torch::Tensor &a)
{
    return a.abs().max().item<double>();
}

// Below this a step moves no pixel by a representable amount (float32 near 1 has 6e-8 spacing).
constexpr double kSmallestMove = 1e-7;

} // namespace

ProjectedLbfgs::ProjectedLbfgs(const torch::Tensor &start, const Options &options)
    : m_options(options)
{
    m_options.history = std::max(1, m_options.history);
    m_trial = project(start.detach()).contiguous().clone();
    if (m_options.smoothing > 0.0 && start.dim() >= 2) {
        const int64_t height = start.size(-2), width = start.size(-1);
        const auto floatType = torch::TensorOptions().dtype(torch::kFloat64);
        const torch::Tensor fy = torch::fft::fftfreq(2 * height, floatType).view({-1, 1}); // the mirrored picture's
        const torch::Tensor fx = torch::fft::rfftfreq(2 * width, floatType).view({1, -1});
        const double corner = m_options.smoothingCorner / double(std::max(height, width));
        const torch::Tensor f = (fy * fy + fx * fx).sqrt();
        m_frequencyWeights = ((f + corner) / corner).pow(-m_options.smoothing).to(start.scalar_type());
    }
}

// The spectrum of v mirrored about its edges (2 x 2 copies), so that its opposite edges, neighbours
// for a periodic FFT, do not bleed into each other: P is a cosine-transform filter, symmetric like
// it must be.
torch::Tensor ProjectedLbfgs::mirroredSpectrum(const torch::Tensor &v) const
{
    torch::Tensor mirrored = torch::cat({v, v.flip({-2})}, -2);
    mirrored = torch::cat({mirrored, mirrored.flip({-1})}, -1);
    return torch::fft::rfftn(mirrored, c10::nullopt, std::vector<int64_t>{-2, -1});
}

torch::Tensor ProjectedLbfgs::smoothed(const torch::Tensor &v) const
{
    if (!m_frequencyWeights.defined())
        return v;
    const int64_t height = v.size(-2), width = v.size(-1);
    const torch::Tensor spectrum = mirroredSpectrum(v).mul_(m_frequencyWeights);
    return torch::fft::irfftn(spectrum, std::vector<int64_t>{2 * height, 2 * width}, std::vector<int64_t>{-2, -1})
        .narrow(-2, 0, height)
        .narrow(-1, 0, width)
        .contiguous();
}

// v.Pv from the forward transform alone (Parseval), without transforming back: the mirrored
// picture holds 4 copies of v, and P of it 4 copies of Pv, so v.Pv is a quarter of
// (1 / N) sum |V|^2 w over its N frequencies. rfftn keeps half of them: every column but the
// first and, for an even width, the last stands for two.
double ProjectedLbfgs::smoothedSquare(const torch::Tensor &v) const
{
    if (!m_frequencyWeights.defined())
        return dotProduct(v, v);
    const torch::Tensor spectrum = mirroredSpectrum(v);
    const torch::Tensor power = torch::abs(spectrum).square_().mul_(m_frequencyWeights).sum(-2); // per column
    const int64_t columns = power.size(-1);
    const double all = 2.0 * power.sum().item<double>() - power.select(-1, 0).sum().item<double>()
                       - power.select(-1, columns - 1).sum().item<double>();
    const double n = 4.0 * double(v.size(-2)) * double(v.size(-1));
    return all / n / 4.0;
}

torch::Tensor ProjectedLbfgs::project(const torch::Tensor &x) const
{
    return x.clamp(m_options.lower, m_options.upper);
}

void ProjectedLbfgs::restart()
{
    m_pairs.clear();
    m_haveCurrent = false;
    m_converged = false;
}

bool ProjectedLbfgs::tell(double loss, const torch::Tensor &gradient)
{
    if (m_converged)
        return false;
    const torch::Tensor g = gradient.detach().contiguous().clone();
    if (!m_haveCurrent) {
        if (!std::isfinite(loss)) { // nothing to fall back to: try a point closer to the box's centre
            m_trial = (m_trial + 0.5 * (0.5 * (m_options.lower + m_options.upper) - m_trial)).contiguous();
            return false;
        }
        accept(loss, g);
        return true;
    }
    // Sufficient decrease along the projected path, and strictly lower (NaN fails both).
    const bool better = loss < m_f && loss <= m_f + m_options.armijo * std::min(m_slope, 0.0);
    if (!better) {
        backtrack(loss);
        return false;
    }
    // The curvature pair of the step actually taken (after the projection), as stored.
    const torch::ScalarType stored = m_options.historyType.value_or(g.scalar_type());
    torch::Tensor s = (m_trial - m_x).to(stored);
    torch::Tensor y = (g - m_g).to(stored);
    double sy = 0.0, yy = 0.0, yPy = 0.0;
    {
        const torch::Tensor wideY = y.to(g.scalar_type()); // the same tensor when stored in the picture's type
        sy = dotProduct(s.to(g.scalar_type()), wideY);
        yy = dotProduct(wideY, wideY);
        yPy = m_frequencyWeights.defined() ? smoothedSquare(wideY) : yy; // once per pair, not per direction
    }
    if (sy > 1e-10 * yy && sy > 0.0) {
        if (int(m_pairs.size()) == m_options.history)
            m_pairs.pop_front();
        m_pairs.push_back({std::move(s), std::move(y), 1.0 / sy, yPy});
    }
    accept(loss, g);
    return true;
}

void ProjectedLbfgs::accept(double loss, const torch::Tensor &gradient)
{
    m_x = m_trial;
    m_g = gradient;
    m_f = loss;
    m_haveCurrent = true;
    ++m_accepted;
    startLineSearch();
}

// Two-loop recursion on the free elements (the fixed ones zeroed in q and in the result), with
// the initial Hessian gamma P, gamma = s.y / y.Py of the newest pair (P = I: s.y / y.y).
torch::Tensor ProjectedLbfgs::direction(const torch::Tensor &freeMask) const
{
    torch::Tensor q = m_g * freeMask;
    // A stored vector in the picture's type (the same tensor when the history is stored in it).
    const auto wide = [&q](const torch::Tensor &v) { return v.to(q.scalar_type()); };
    std::vector<double> alphas(m_pairs.size());
    for (int i = int(m_pairs.size()) - 1; i >= 0; --i) {
        alphas[i] = m_pairs[i].rho * dotProduct(wide(m_pairs[i].s), q);
        q.add_(wide(m_pairs[i].y), -alphas[i]);
    }
    if (!m_pairs.empty()) {
        const Pair &newest = m_pairs.back();
        q = smoothed(q).mul_(1.0 / (newest.rho * newest.yPy));
    }
    for (size_t i = 0; i < m_pairs.size(); ++i) {
        const double beta = m_pairs[i].rho * dotProduct(wide(m_pairs[i].y), q);
        q.add_(wide(m_pairs[i].s), alphas[i] - beta);
    }
    return q.neg_().mul_(freeMask);
}

void ProjectedLbfgs::startLineSearch()
{
    // Held: at a bound with the gradient pointing out of the box.
    const torch::Tensor held = ((m_x <= m_options.lower) & (m_g > 0)) | ((m_x >= m_options.upper) & (m_g < 0));
    const torch::Tensor freeMask = held.logical_not().to(m_x.scalar_type());
    torch::Tensor d = direction(freeMask);
    if (!(dotProduct(m_g, d) < 0.0)) { // not a descent direction (or NaN): steepest descent instead
        m_pairs.clear();
        d = -(m_g * freeMask);
    }
    const double largest = maxAbs(d);
    if (!(largest > 0.0)) { // the projected gradient is zero: a stationary point of the box
        m_converged = true;
        return;
    }
    m_d = d;
    m_t = m_pairs.empty() ? m_options.firstStep / largest : 1.0;
    m_backtracks = 0;
    m_trial = project(m_x + m_t * m_d);
    m_slope = dotProduct(m_g, m_trial - m_x);
}

void ProjectedLbfgs::backtrack(double trialLoss)
{
    ++m_backtracks;
    const double largest = maxAbs(m_d);
    if (m_backtracks > m_options.maxBacktracks || m_t * largest < kSmallestMove) {
        if (!m_pairs.empty()) { // a stale model: forget it and search along steepest descent
            m_pairs.clear();
            startLineSearch();
        } else {
            m_converged = true;
            m_trial = m_x;
        }
        return;
    }
    // Minimiser of the quadratic through f(0), the slope at 0 along the projected step, and f(t);
    // kept within 0.1..0.5 of t (a NaN or infinite loss: 0.1).
    double next = 0.1 * m_t;
    if (std::isfinite(trialLoss)) {
        const double slope = m_slope / m_t;
        const double curvature = 2.0 * (trialLoss - m_f - slope * m_t);
        next = curvature > 0.0 ? -slope * m_t * m_t / curvature : 0.5 * m_t;
    }
    m_t = std::clamp(next, 0.1 * m_t, 0.5 * m_t);
    m_trial = project(m_x + m_t * m_d);
    m_slope = dotProduct(m_g, m_trial - m_x);
}

} // namespace nss
