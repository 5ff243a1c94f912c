// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: includes LibTorch. Never include from ui/ or app/.

#include <deque>
#include <optional>

#include <torch/torch.h>

namespace nss {

// L-BFGS for a box-constrained problem (every element of x in lower..upper), driven one loss
// evaluation at a time ("ask and tell"): the caller evaluates point() and reports the loss and
// gradient with tell(). Written for the pixels of a picture in 0..1 (docs/ALGORITHM.md):
//
// - The direction is the two-loop L-BFGS direction restricted to the free variables: an element
//   at a bound whose gradient points outside the box is held fixed, the others move. Its initial
//   Hessian is gamma P, gamma = s.y / y.Py of the newest pair; P is the identity, or for a picture
//   a low-pass filter (Options::smoothing).
// - Every trial point lies on the projected path x(t) = clamp(x + t d, lower, upper). It is kept
//   only when it satisfies the Armijo condition f(x(t)) <= f(x) + c1 g.(x(t) - x) and is strictly
//   lower than f(x): a step that makes the loss worse is never kept. Otherwise t shrinks (a
//   safeguarded quadratic interpolation, 0.1..0.5 of the last t) and the next trial is evaluated.
// - Curvature pairs come from the step actually taken, s = x(t) - x after the projection, and
//   y = g(x(t)) - g(x); a pair with s.y <= 0 is skipped.
// - When backtracking finds no decrease, the history is dropped and the search restarts along the
//   projected steepest descent; when that fails too, or the projected gradient is zero, the
//   problem has converged (converged()).
//
// The arithmetic is deterministic: the same evaluations give the same points, bit for bit.
class ProjectedLbfgs
{
public:
    struct Options
    {
        int history = 100;
        double lower = 0.0, upper = 1.0;
        double armijo = 1e-4; // c1 of the sufficient decrease condition
        // Without history (the first iteration, after a reset) the first trial moves the element
        // that moves most by this much: a scale-free start, whatever the gradient's magnitude.
        double firstStep = 0.05;
        int maxBacktracks = 12; // trials per line search before the history is dropped
        // How the curvature pairs are stored (unset: in the picture's own type): kBFloat16 halves
        // the history's memory at print size (issue 20; docs/PERFORMANCE.md, "The L-BFGS history at
        // print size"). The pairs are rounded when stored, their 1 / s.y taken from the rounded
        // values, and the recursion itself runs in the picture's type.
        std::optional<torch::ScalarType> historyType;
        // P of the initial Hessian, for a picture (the last two dimensions are its height and
        // width): each spatial frequency f of every channel weighted by ((f + fc) / fc)^-smoothing,
        // fc = smoothingCorner cycles over the longer side, the picture mirrored about its edges
        // (a cosine-transform filter: no bleeding between opposite edges). The model starts out
        // trusting smooth changes more than fine ones; the curvature pairs then correct it.
        // 0: P = identity, plain L-BFGS. Its FFT takes about 9 picture copies for a moment.
        // Measured in docs/ALGORITHM.md, "The initial Hessian".
        double smoothing = 0.0;
        double smoothingCorner = 4.0;
    };

    ProjectedLbfgs(const torch::Tensor &start, const Options &options);

    // The point to evaluate next (a detached tensor; do not modify it).
    const torch::Tensor &point() const { return m_trial; }
    // Reports f(point()) and its gradient. Returns true when the point was kept (the first point
    // always is); the kept point is then current().
    bool tell(double loss, const torch::Tensor &gradient);
    // The objective changed (new weights): the next told loss does not compare with the current
    // one. Drops the history; the next told point is kept whatever its loss.
    void restart();

    const torch::Tensor &current() const { return m_x; } // the best point so far (in the box)
    double currentLoss() const { return m_f; }
    bool converged() const { return m_converged; }
    int acceptedSteps() const { return m_accepted; }
    int historySize() const { return int(m_pairs.size()); }

    // P v, and v.Pv from the forward FFT alone (Parseval): what gamma needs, for half the work.
    torch::Tensor smoothed(const torch::Tensor &v) const;
    double smoothedSquare(const torch::Tensor &v) const;

private:
    struct Pair
    {
        torch::Tensor s, y;
        double rho; // 1 / s.y
        double yPy; // y.Py, for gamma when this pair is the newest
    };

    void accept(double loss, const torch::Tensor &gradient);
    void startLineSearch();
    torch::Tensor direction(const torch::Tensor &freeMask) const;
    torch::Tensor mirroredSpectrum(const torch::Tensor &v) const;
    void backtrack(double trialLoss);
    torch::Tensor project(const torch::Tensor &x) const;

    Options m_options;
    std::deque<Pair> m_pairs;
    torch::Tensor m_frequencyWeights; // P's weight per frequency of rfftn's half spectrum; undefined: P = I
    torch::Tensor m_x, m_g; // current point and its gradient
    double m_f = 0.0;
    bool m_haveCurrent = false;
    bool m_converged = false;
    int m_accepted = 0;

    // The line search in progress.
    torch::Tensor m_d; // direction (zero on the fixed elements)
    torch::Tensor m_trial; // x(t)
    double m_t = 1.0;
    double m_slope = 0.0; // g.(x(t) - x) at the current trial
    int m_backtracks = 0;
};

} // namespace nss
