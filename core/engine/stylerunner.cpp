#include "engine/stylerunner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <new>
#include <optional>

#include <torch/torch.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "engine/colortransfer.h"
#include "engine/computechoice.h"
#include "engine/imagetensor.h"
#include "engine/runtime.h"
#include "engine/scaleplan.h"
#include "engine/styleobjective.h"
#include "engine/vggweights.h"

namespace nss {

namespace {

// Thrown from inside the L-BFGS closure: the only way to leave torch::optim::LBFGS::step() before
// it has used up its evaluations (cancel, or exactly `steps` evaluations done).
struct StopOptimising
{
};

// Qt's smooth scaling averages over the source area when shrinking (no aliasing) and is bilinear
// when enlarging; deterministic on every machine.
torch::Tensor resizedTensor(const QImage &image, QSize size)
{
    const QImage scaled = image.size() == size ? image : image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return imageToTensor(scaled);
}

QString torchErrorMessage(const std::string &what)
{
    const QString text = QString::fromStdString(what);
    if (text.contains(QLatin1String("not enough memory"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("out of memory"), Qt::CaseInsensitive))
        return QCoreApplication::translate("nss::StyleRunner", "Not enough memory for this picture: choose a smaller output size or style scale (%1).")
            .arg(text.section(QLatin1Char('\n'), 0, 0));
    return QCoreApplication::translate("nss::StyleRunner", "The style engine failed: %1").arg(text.section(QLatin1Char('\n'), 0, 0));
}

struct Losses
{
    double content = 0.0, style = 0.0, tv = 0.0, total = 0.0;
};

} // namespace

struct StyleRunner::Private
{
    // Loaded weights, kept between runs while the path is unchanged.
    QString weightsPath;
    QString loadedPath;
    int loadedDeepest = -1;
    std::optional<std::map<int, VggConv>> vgg;

    std::atomic<bool> cancelled{false};
    std::atomic<bool> paused{false};
    std::atomic<quint64> jobId{0};
    std::mutex pauseMutex;
    std::condition_variable wake;

    std::mutex weightsMutex;
    std::optional<LossWeights> pendingLossWeights;

    mutable std::mutex pathMutex;

    // Per run
    const StyleRunHooks *hooks = nullptr;
    QElapsedTimer clock;
    qint64 pausedMs = 0;
    qint64 optimiseStartMs = 0;

    bool stopRequested() const
    {
        return cancelled.load() || (hooks->stopRequested && hooks->stopRequested());
    }

    // Called before every step: blocks while paused, then says whether the run goes on. The wait
    // polls so that an owner's stopRequested() hook is seen too.
    bool proceed()
    {
        if (paused.load() && !stopRequested()) {
            const qint64 start = clock.elapsed();
            std::unique_lock lock(pauseMutex);
            while (paused.load() && !stopRequested())
                wake.wait_for(lock, std::chrono::milliseconds(20));
            pausedMs += clock.elapsed() - start;
        }
        return !stopRequested();
    }

    void status(const QString &message) const
    {
        if (hooks->status)
            hooks->status(message);
    }

    Expected<Done> ensureWeights(int deepest);
    Expected<StyleFrame> runImpl(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                                 const QImage &initImage);
};

StyleRunner::StyleRunner() : d(std::make_unique<Private>()) {}

StyleRunner::~StyleRunner() = default;

void StyleRunner::setNetworkFile(const QString &path)
{
    std::lock_guard lock(d->pathMutex);
    d->weightsPath = path;
}

QString StyleRunner::networkFile() const
{
    std::lock_guard lock(d->pathMutex);
    return d->weightsPath;
}

void StyleRunner::pause()
{
    d->paused = true;
}

void StyleRunner::resume()
{
    {
        std::lock_guard lock(d->pauseMutex);
        d->paused = false;
    }
    d->wake.notify_all();
}

bool StyleRunner::isPaused() const
{
    return d->paused.load();
}

void StyleRunner::cancel()
{
    {
        std::lock_guard lock(d->pauseMutex);
        d->cancelled = true;
    }
    d->wake.notify_all();
}

void StyleRunner::updateLossWeights(double contentWeight, double styleWeight, double tvWeight)
{
    std::lock_guard lock(d->weightsMutex);
    d->pendingLossWeights = LossWeights{contentWeight, styleWeight, tvWeight};
}

void StyleRunner::setJobId(quint64 jobId)
{
    d->jobId = jobId;
}

Expected<StyleFrame> StyleRunner::run(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                                      const QImage &initImage, const StyleRunHooks &hooks)
{
    d->cancelled = false;
    d->hooks = &hooks;
    {
        // Weights moved before this run belong to the settings it was started with.
        std::lock_guard lock(d->weightsMutex);
        d->pendingLossWeights.reset();
    }
    try {
        return d->runImpl(settings, content, styles, initImage);
    } catch (const c10::Error &e) {
        return fail(torchErrorMessage(e.what_without_backtrace()));
    } catch (const std::bad_alloc &) {
        return fail(QCoreApplication::translate("nss::StyleRunner", "Not enough memory for this picture: choose a smaller output size or style scale."));
    } catch (const std::exception &e) {
        return fail(torchErrorMessage(e.what()));
    }
}

Expected<Done> StyleRunner::Private::ensureWeights(int deepest)
{
    const QString path = [this] {
        std::lock_guard lock(pathMutex);
        return weightsPath;
    }();
    if (path.isEmpty())
        return fail(QCoreApplication::translate("nss::StyleRunner", "No VGG-19 weights file is set."));
    if (vgg && loadedPath == path && loadedDeepest >= deepest)
        return succeeded();
    status(QCoreApplication::translate("nss::StyleRunner", "Loading VGG-19 weights…"));
    vgg.reset();
    // The default layers need up to conv5_1 (index 28): loading that much once serves most runs.
    const int wanted = std::max(deepest, 28);
    auto loaded = loadVgg19Features(path, wanted);
    if (!loaded)
        return fail(loaded.error());
    vgg = std::move(loaded).value();
    loadedPath = path;
    loadedDeepest = wanted;
    return succeeded();
}

Expected<StyleFrame> StyleRunner::Private::runImpl(const StyleSettings &settings, const QImage &content,
                                                   const QList<QImage> &styles, const QImage &initImage)
{
    clock.start();
    pausedMs = 0;
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return fail(problem);
    if (content.isNull())
        return fail(QCoreApplication::translate("nss::StyleRunner", "The content image is empty."));
    if (styles.size() != settings.styles.size())
        return fail(QCoreApplication::translate("nss::StyleRunner", "Expected %1 style images, got %2.").arg(settings.styles.size()).arg(styles.size()));
    for (int i = 0; i < styles.size(); ++i)
        if (styles[i].isNull())
            return fail(QCoreApplication::translate("nss::StyleRunner", "The style image %1 is empty.").arg(settings.styles[i].path));
    if (settings.init == InitMode::Image && initImage.isNull())
        return fail(QCoreApplication::translate("nss::StyleRunner", "The image to start from (%1) is empty.").arg(settings.initPath));

    applyThreadCount(settings.threads);
    const auto compute = resolveCompute(settings);
    if (!compute)
        return fail(compute.error());
    const torch::Device device = compute->cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    if (auto loaded = ensureWeights(StyleObjective::deepestFeatureIndex(settings)); !loaded)
        return fail(loaded.error());

    StyleFrame frame;
    frame.jobId = jobId.load();
    frame.totalSteps = settings.steps;
    if (stopRequested())
        return frame;

    const QSize outSize = scaledToLongestSide(content.size(), settings.outputSize);
    const ScalePlan plan = planScales(outSize, settings.scales, settings.steps);
    const bool luminanceOnly = settings.keepColors == KeepColors::Luminance;

    // The inputs of one scale: the content (in colour, and as optimised), the styles, the objective.
    struct Scale
    {
        torch::Tensor contentRgb, contentInput;
        std::optional<StyleObjective> objective;
    };
    LossWeights weights{settings.contentWeight, settings.styleWeight, settings.tvWeight};
    auto prepare = [&](QSize size) -> Expected<Scale> {
        Scale scale;
        scale.contentRgb = resizedTensor(content, size).to(device);
        scale.contentInput = luminanceOnly ? luminanceAsRgb(scale.contentRgb) : scale.contentRgb;
        const int styleSide = styleSideFor(size, settings.styleScale);
        std::vector<torch::Tensor> styleInputs;
        std::vector<double> blend;
        for (int i = 0; i < styles.size(); ++i) {
            auto style = resizedTensor(styles[i], scaledToLongestSide(styles[i].size(), styleSide)).to(device);
            if (settings.keepColors == KeepColors::Histogram)
                style = matchColourStatistics(style, scale.contentRgb);
            else if (luminanceOnly)
                style = matchLuminance(luminanceAsRgb(style), scale.contentRgb);
            styleInputs.push_back(style);
            blend.push_back(settings.styles[i].blend);
        }
        status(QCoreApplication::translate("nss::StyleRunner", "Computing style targets (%1)…").arg(describe(compute.value())));
        auto created = StyleObjective::create(*vgg, settings, scale.contentInput, styleInputs, blend);
        if (!created)
            return fail(created.error());
        scale.objective.emplace(std::move(created).value());
        scale.objective->setLossWeights(weights); // the sliders may have moved during a coarser scale
        return scale;
    };

    auto first = prepare(plan.sizes.front());
    if (!first)
        return fail(first.error());
    Scale scale = std::move(first).value();

    torch::manual_seed(settings.seed);
    torch::Tensor start;
    switch (settings.init) {
    case InitMode::Content:
        start = scale.contentInput.clone();
        break;
    case InitMode::Noise:
        start = torch::rand_like(scale.contentInput);
        break;
    case InitMode::Image:
        start = resizedTensor(initImage, plan.sizes.front()).to(device);
        if (luminanceOnly)
            start = luminanceAsRgb(start);
        break;
    }
    torch::Tensor image;
    torch::Tensor shown = start; // the picture of the newest frame, before colour handling

    Losses losses;
    int done = 0;
    auto makeFrame = [&](const torch::Tensor &picture, int step, bool isFinal) {
        StyleFrame f;
        f.jobId = jobId.load();
        const torch::Tensor rgb = luminanceOnly ? combineLuminanceAndChroma(picture, scale.contentRgb) : picture;
        f.image = tensorToImage(rgb);
        // Coarse scales are shown at the output size, so the preview does not jump.
        if (f.image.size() != outSize)
            f.image = f.image.scaled(outSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        f.step = step;
        f.totalSteps = settings.steps;
        f.contentLoss = losses.content;
        f.styleLoss = losses.style;
        f.tvLoss = losses.tv;
        f.totalLoss = losses.total;
        const qint64 activeMs = clock.elapsed() - pausedMs;
        f.elapsedSeconds = activeMs / 1000.0;
        const double optimisingSeconds = (activeMs - optimiseStartMs) / 1000.0;
        f.stepsPerSecond = optimisingSeconds > 0.0 ? step / optimisingSeconds : 0.0;
        f.isFinal = isFinal;
        return f;
    };
    bool weightsChanged = false; // by the last evaluate()
    auto evaluate = [&]() {
        weightsChanged = false;
        {
            std::lock_guard lock(weightsMutex);
            if (pendingLossWeights) {
                weights = *pendingLossWeights;
                pendingLossWeights.reset();
                scale.objective->setLossWeights(weights);
                weightsChanged = true;
            }
        }
        LossTerms terms = scale.objective->evaluate(image);
        terms.total.backward();
        losses = {terms.content.item<double>(), terms.style.item<double>(), terms.tv.item<double>(),
                  terms.total.item<double>()};
        return terms.total.detach();
    };
    auto deliver = [&](int step) {
        if (hooks->stepDone)
            hooks->stepDone(step);
        if (hooks->frame && (step % settings.frameEvery == 0 || step == settings.steps))
            hooks->frame(makeFrame(shown, step, step == settings.steps));
    };

    optimiseStartMs = clock.elapsed() - pausedMs;
    if (hooks->optimising)
        hooks->optimising();

    for (size_t s = 0; s < plan.sizes.size(); ++s) {
        if (s > 0) {
            if (stopRequested())
                break;
            auto next = prepare(plan.sizes[s]);
            if (!next)
                return fail(next.error());
            // Continue from the coarser result, enlarged (bilinear) to this scale.
            start = torch::upsample_bilinear2d(shown, {plan.sizes[s].height(), plan.sizes[s].width()}, false)
                        .clamp(0.0, 1.0);
            scale = std::move(next).value();
        }
        image = start.clone().requires_grad_(true);
        const int end = plan.endSteps[s];
        if (settings.optimizer == Optimizer::Adam) {
            torch::optim::Adam adam({image}, torch::optim::AdamOptions(settings.learningRate));
            while (done < end && proceed()) {
                adam.zero_grad();
                evaluate();
                adam.step();
                ++done;
                // The picture after the update, with the loss measured just before it (every training
                // loop's convention): the last step's update is then never thrown away.
                shown = image.detach().clone();
                deliver(done);
            }
        } else {
            // One "step" is one loss evaluation. Without a line search L-BFGS evaluates exactly once per
            // iteration, so max_iter = steps uses them all in one call; zero tolerances stop it from
            // declaring convergence early (a loop restarts it if it still does).
            // Nothing stops a bad step either (even the last), so frames and the result are the best
            // picture of the scale so far; docs/ALGORITHM.md has the measurements, and why restarting
            // L-BFGS after a bad step was rejected.
            auto options = torch::optim::LBFGSOptions(1.0)
                               .max_iter(end - done)
                               .max_eval(end - done + 1)
                               .tolerance_grad(0.0)
                               .tolerance_change(0.0)
                               .history_size(settings.lbfgsHistory);
            torch::optim::LBFGS lbfgs({image}, options);
            torch::Tensor best;
            Losses bestLosses{.total = std::numeric_limits<double>::infinity()};
            auto closure = [&]() -> torch::Tensor {
                if (done >= end || !proceed())
                    throw StopOptimising{};
                {
                    // Keep the picture displayable: L-BFGS's long steps push pixels outside 0..1,
                    // where the loss is low but the saved (clamped) picture's is not. Measured on the
                    // fixture at 128 px, 300 evaluations: judged loss 0.00212 without, 0.00198 with.
                    torch::NoGradGuard noGrad;
                    image.clamp_(0.0, 1.0);
                }
                torch::AutoGradMode enableGrad(true);
                lbfgs.zero_grad();
                const torch::Tensor total = evaluate();
                ++done;
                if (weightsChanged)
                    bestLosses.total = std::numeric_limits<double>::infinity(); // another objective's
                if (losses.total <= bestLosses.total) { // never for NaN
                    bestLosses = losses;
                    best = image.detach().clone();
                }
                if (best.defined()) { // undefined only while every loss so far was NaN
                    losses = bestLosses;
                    shown = best;
                } else {
                    shown = image.detach().clone();
                }
                deliver(done);
                return total;
            };
            try {
                while (done < end)
                    lbfgs.step(closure);
            } catch (const StopOptimising &) {
            }
        }
        if (done < end)
            break; // cancelled
    }

    // After a cancel: the picture at the step reached, with step < totalSteps.
    return makeFrame(shown, done, done == settings.steps);
}

} // namespace nss
