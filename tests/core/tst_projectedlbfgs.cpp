// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QImage>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

#include <torch/torch.h>

#include "engine/projectedlbfgs.h"
#include "engine/stylerunner.h"

using namespace nss;

namespace {

QString fixtureWeights()
{
    return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth");
}

// f(x) = sum w (x - c)^2 / 2 + a sum sin(8 x): ill-conditioned (w from 1 to 1000), its unconstrained
// minimum mostly outside the box (c in -0.5..1.5); with a = 0 the box's minimum is clamp(c, 0, 1).
struct TestProblem
{
    torch::Tensor w, c;
    double wiggle = 0.0;

    explicit TestProblem(double a, int n = 400)
        : wiggle(a)
    {
        torch::manual_seed(11);
        w = torch::pow(10.0, 3.0 * torch::rand({n}, torch::kFloat64));
        c = -0.5 + 2.0 * torch::rand({n}, torch::kFloat64);
    }

    std::pair<double, torch::Tensor> operator()(const torch::Tensor &x) const
    {
        const torch::Tensor d = x - c;
        const double f = (0.5 * w * d * d).sum().item<double>() + wiggle * torch::sin(8.0 * x).sum().item<double>();
        return {f, w * d + wiggle * 8.0 * torch::cos(8.0 * x)};
    }
};

// The pair that made the old L-BFGS (clamping behind its back, no line search) stall on the
// random-weight fixture: at 64 px its loss stayed at 0.04042 from evaluation 30 to 60 (and at
// 128 px from 50 to 100). Smooth colour blobs, portrait, against sharp high-contrast rings.
QImage blobsContent(int w = 64, int h = 96)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double a = std::sin(x * 0.07) * std::cos(y * 0.05);
            image.setPixel(x, y, qRgb(int(128 + 100 * a), int(128 - 90 * a), int(100 + 60 * std::sin((x + y) * 0.03))));
        }
    return image;
}

QImage ringsStyle(int w = 48, int h = 48)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int r = int(std::hypot(x - w / 2.0, y - h / 2.0));
            image.setPixel(x, y, (r / 4) % 2 ? qRgb(250, 230, 40) : qRgb(10, 10, 30));
        }
    return image;
}

StyleSettings stallSettings(int steps, int scales)
{
    StyleSettings s;
    s.contentPath = QStringLiteral("content.png");
    s.styles = {StyleSource{QStringLiteral("style.png"), 1.0}};
    s.outputSize = 64;
    s.steps = steps;
    s.frameEvery = 1;
    s.scales = scales;
    s.optimizer = Optimizer::Lbfgs;
    s.precision = Precision::Float32;
    s.threads = 0;
    return s;
}

QStringList g_scheduleLines;

void collectSchedule(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // Each scale's summary ("scale WxH: steps a-b, loss x -> y (n % lower), why"), not its plan
    // line (whole or tiled, issue 20).
    if (context.category && QLatin1String(context.category) == QLatin1String("nss.engine.schedule")
        && message.contains(QLatin1String(": steps ")))
        g_scheduleLines.append(message);
}

} // namespace

class TestProjectedLbfgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every kept point is strictly lower than the one before, every point asked for lies in the
    // box, and a rejected trial leaves the current point as it was.
    void neverKeepsAWorseStepAndStaysInTheBox()
    {
        const TestProblem f(0.5);
        ProjectedLbfgs lbfgs(torch::full({400}, 0.5, torch::kFloat64), {});
        double kept = std::numeric_limits<double>::infinity();
        int accepted = 0, rejected = 0;
        for (int i = 0; i < 300 && !lbfgs.converged(); ++i) {
            const torch::Tensor x = lbfgs.point();
            QVERIFY(x.min().item<double>() >= 0.0 && x.max().item<double>() <= 1.0);
            const torch::Tensor before = lbfgs.current().defined() ? lbfgs.current().clone() : torch::Tensor();
            const auto [loss, gradient] = f(x);
            if (lbfgs.tell(loss, gradient)) {
                QVERIFY2(loss < kept, qPrintable(QStringLiteral("evaluation %1 kept %2 after %3").arg(i).arg(loss).arg(kept)));
                kept = loss;
                ++accepted;
            } else {
                QVERIFY(torch::equal(lbfgs.current(), before));
                ++rejected;
            }
            QCOMPARE(lbfgs.currentLoss(), kept);
        }
        QVERIFY(accepted > 20);
        QVERIFY(rejected > 0); // the wiggles do make it backtrack: the check above was exercised
    }

    // With the minimum of most coordinates outside the box, nearly every step is cut by the
    // bounds: the curvature pairs must describe those cut steps for it to converge this fast.
    void solvesABoundConstrainedQuadratic()
    {
        const TestProblem f(0.0);
        ProjectedLbfgs lbfgs(torch::full({400}, 0.5, torch::kFloat64), {});
        int evaluations = 0;
        while (evaluations < 150 && !lbfgs.converged()) {
            const auto [loss, gradient] = f(lbfgs.point());
            lbfgs.tell(loss, gradient);
            ++evaluations;
        }
        const double error = (lbfgs.current() - f.c.clamp(0.0, 1.0)).abs().max().item<double>();
        QVERIFY2(error < 1e-4,
                 qPrintable(QStringLiteral("%1 from the solution after %2 evaluations").arg(error).arg(evaluations)));
    }

    // At print size the history may be stored in bf16 (issue 20): the pairs are rounded, the
    // recursion is not, and the solver still converges on the same problem, in float32 as the
    // pictures are.
    void solvesItWithTheHistoryInBf16()
    {
        const TestProblem f(0.0);
        int evaluations[2] = {0, 0};
        double errors[2] = {0.0, 0.0};
        for (int rounded = 0; rounded < 2; ++rounded) {
            ProjectedLbfgs::Options options;
            if (rounded)
                options.historyType = torch::kBFloat16;
            ProjectedLbfgs lbfgs(torch::full({400}, 0.5, torch::kFloat32), options);
            int &n = evaluations[rounded];
            int mostPairs = 0;
            while (n < 300 && !lbfgs.converged()) {
                const auto [loss, gradient] = f(lbfgs.point().to(torch::kFloat64));
                lbfgs.tell(loss, gradient.to(torch::kFloat32));
                mostPairs = std::max(mostPairs, lbfgs.historySize());
                ++n;
            }
            QVERIFY(mostPairs > 5); // it did keep a history, rounded or not
            errors[rounded] = (lbfgs.current().to(torch::kFloat64) - f.c.clamp(0.0, 1.0)).abs().max().item<double>();
        }
        QVERIFY2(errors[0] < 1e-3 && errors[1] < 1e-3,
                 qPrintable(QStringLiteral("fp32 history %1 after %2 evaluations, bf16 %3 after %4")
                                .arg(errors[0])
                                .arg(evaluations[0])
                                .arg(errors[1])
                                .arg(evaluations[1])));
    }

    void nanIsNeverKeptAndRestartAcceptsTheNextPoint()
    {
        const TestProblem f(0.0);
        ProjectedLbfgs lbfgs(torch::full({400}, 0.5, torch::kFloat64), {});
        auto [loss, gradient] = f(lbfgs.point());
        QVERIFY(lbfgs.tell(loss, gradient));
        QVERIFY(!lbfgs.tell(std::nan(""), gradient));
        QCOMPARE(lbfgs.currentLoss(), loss);
        // New weights: the next loss belongs to another objective and is kept whatever it is.
        lbfgs.restart();
        QVERIFY(lbfgs.tell(10.0 * loss, gradient));
        QCOMPARE(lbfgs.currentLoss(), 10.0 * loss);
        QCOMPARE(lbfgs.historySize(), 0);
    }

    // The smoothed initial Hessian (Options::smoothing) on a picture-shaped problem whose curvature
    // grows with the frequency, as the style loss's does: f(x) = (x - c).A(x - c) / 2 with
    // A = 0.01 I - (periodic Laplacian), eigenvalues 0.01 to 8.01, c a smooth picture inside the box.
    // Plain and smoothed L-BFGS both find c; the smoothed one in fewer evaluations. The same
    // evaluations give the same points, bit for bit (FFTs included).
    void smoothingSolvesAPictureProblemInFewerEvaluations()
    {
        const auto laplacian = [](const torch::Tensor &x) {
            return torch::roll(x, 1, -1) + torch::roll(x, -1, -1) + torch::roll(x, 1, -2) + torch::roll(x, -1, -2) - 4.0 * x;
        };
        torch::manual_seed(5);
        const torch::Tensor c = 0.5 + 0.3 * torch::nn::functional::avg_pool2d(
                                              torch::rand({1, 3, 40, 40}, torch::kFloat64),
                                              torch::nn::functional::AvgPool2dFuncOptions(9).stride(1));
        const auto f = [&](const torch::Tensor &x) {
            const torch::Tensor d = x - c;
            const torch::Tensor ad = 0.01 * d - laplacian(d);
            return std::pair{0.5 * (d * ad).sum().item<double>(), ad};
        };
        const auto solve = [&](double smoothing) {
            ProjectedLbfgs::Options options;
            options.smoothing = smoothing;
            ProjectedLbfgs lbfgs(torch::full_like(c, 0.5), options);
            const auto found = [&] { return lbfgs.current().defined() && (lbfgs.current() - c).abs().max().item<double>() <= 1e-4; };
            int evaluations = 0;
            while (evaluations < 2000 && !lbfgs.converged() && !found()) {
                const auto [loss, gradient] = f(lbfgs.point());
                lbfgs.tell(loss, gradient);
                ++evaluations;
            }
            return std::pair{evaluations, lbfgs.current().clone()};
        };
        const auto [plain, plainPoint] = solve(0.0);
        const auto [smooth, smoothPoint] = solve(1.0);
        qInfo("evaluations to 1e-4: plain %d, smoothed %d", plain, smooth);
        QVERIFY2(plain < 2000 && smooth < 2000, qPrintable(QStringLiteral("plain %1, smoothed %2 evaluations").arg(plain).arg(smooth)));
        QVERIFY2((smoothPoint - c).abs().max().item<double>() <= 1e-4, "the smoothed run did not find the minimum");
        QVERIFY2(smooth < plain, qPrintable(QStringLiteral("smoothed %1 evaluations, plain %2").arg(smooth).arg(plain)));
        const auto [again, againPoint] = solve(1.0);
        QCOMPARE(again, smooth);
        QVERIFY(torch::equal(againPoint, smoothPoint));
    }

    // The stall of issue 17 on the fixture: a whole L-BFGS scale must not sit still. Within the
    // run no 20 evaluations in a row may leave the best loss within 0.1 % of where they found it,
    // and the scale lowers its own loss by at least 10 % (the old optimiser: flat for the last 30
    // of 60 evaluations).
    // v.Pv by Parseval (gamma's denominator, one FFT) equals v.(P v) (two), for even and odd
    // sizes; and P is symmetric, u.Pv = v.Pu, as an initial Hessian must be.
    void parsevalGivesTheSmoothedSquare()
    {
        torch::manual_seed(7);
        for (const auto &[height, width] : {std::pair{12, 16}, std::pair{7, 10}, std::pair{9, 5}}) {
            const torch::Tensor u = torch::randn({1, 3, height, width}), v = torch::randn({1, 3, height, width});
            ProjectedLbfgs::Options options;
            options.smoothing = 1.0;
            const ProjectedLbfgs lbfgs(u, options);
            const double direct = (v * lbfgs.smoothed(v)).sum().item<double>();
            const double parseval = lbfgs.smoothedSquare(v);
            QVERIFY2(std::abs(parseval - direct) <= 1e-5 * std::abs(direct),
                     qPrintable(QStringLiteral("%1 x %2: %3 against %4").arg(width).arg(height).arg(parseval).arg(direct)));
            const double uPv = (u * lbfgs.smoothed(v)).sum().item<double>();
            const double vPu = (v * lbfgs.smoothed(u)).sum().item<double>();
            QVERIFY(std::abs(uPv - vPu) <= 1e-5 * std::max(std::abs(uPv), 1.0));
            QVERIFY(direct > 0.0); // positive definite
        }
    }

    void lbfgsScaleDoesNotStall()
    {
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        QList<double> losses;
        StyleRunHooks hooks;
        hooks.frame = [&](const StyleFrame &f) { losses.append(f.totalLoss); };
        const auto result = runner.run(stallSettings(60, 1), blobsContent(), {ringsStyle()}, QImage(), hooks);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(losses.size(), 60);
        const int window = 20;
        for (int i = window; i < losses.size(); ++i)
            QVERIFY2(losses[i] < 0.999 * losses[i - window], qPrintable(QStringLiteral("stalled: %1 at evaluation %2, %3 at %4")
                                                                            .arg(losses[i - window])
                                                                            .arg(i - window + 1)
                                                                            .arg(losses[i])
                                                                            .arg(i + 1)));
        QVERIFY2(losses.last() < 0.9 * losses.first(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(losses.first()).arg(losses.last())));
    }

    // No wasted scales: every scale of a coarse-to-fine run ends at least 10 % below its own start
    // unless it converged (read from the runner's schedule log).
    void everyScaleLowersItsOwnLoss()
    {
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        QLoggingCategory::setFilterRules(QStringLiteral("nss.engine.schedule.info=true"));
        g_scheduleLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectSchedule);
        const auto result = runner.run(stallSettings(40, 2), blobsContent(), {ringsStyle()}, QImage(), {});
        qInstallMessageHandler(previous);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->step, 40);
        QCOMPARE(g_scheduleLines.size(), 2);
        static const QRegularExpression lower(QStringLiteral("\\(([-0-9.]+) % lower\\), (\\w+)"));
        for (const QString &line : std::as_const(g_scheduleLines)) {
            qInfo("%s", qPrintable(line));
            const auto match = lower.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY2(match.captured(1).toDouble() >= 10.0 || match.captured(2) == QLatin1String("converged"), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectedLbfgs)
#include "tst_projectedlbfgs.moc"
