// SPDX-License-Identifier: GPL-3.0-or-later
// nss-bench: seconds per optimiser step of the C++ objective, the same algorithm as
// bench/original.py (Adam, content conv4_2, style conv1_1 ... conv5_1, images squashed to
// size x size so both sides do the same work), plus the machine's measured convolution throughput
// and how close a VGG forward+backward comes to it. One JSON line per size on stdout.
//
//   build/ci/bench/nss-bench --weights build/ci/fixtures/vgg19-legacy.pth --sizes 256,512

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/computechoice.h"
#include "engine/imagetensor.h"
#include "engine/memorymodel.h"
#include "engine/runtime.h"
#include "engine/styleobjective.h"
#include "engine/tensormemory.h"
#include "engine/vggweights.h"
#include "io/imageloader.h"

using namespace nss;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Multiply-adds x 2 of the VGG-19 convs up to conv5_1 (feature index 28) on an h x w input, forward
// only. The backward pass computes input gradients only (weights are frozen): the same count again.
double vggForwardFlops(int h, int w)
{
    const int channels[] = {64, 64, -1, 128, 128, -1, 256, 256, 256, 256, -1, 512, 512, 512, 512, -1, 512};
    double flops = 0.0;
    int in = 3;
    for (const int c : channels) {
        if (c < 0) {
            h /= 2;
            w /= 2;
            continue;
        }
        flops += 2.0 * in * c * 9.0 * h * w;
        in = c;
    }
    return flops;
}

// The best this machine does on one large 3x3 convolution (256 -> 256 channels, 64 x 64): the
// ceiling any VGG implementation on it could approach.
double convPeakGflops()
{
    torch::NoGradGuard noGrad;
    const auto x = torch::rand({1, 256, 64, 64});
    const auto w = torch::rand({256, 256, 3, 3});
    const double flops = 2.0 * 256 * 256 * 9 * 64 * 64;
    for (int i = 0; i < 3; ++i)
        torch::conv2d(x, w, {}, 1, 1);
    std::vector<double> rates;
    for (int i = 0; i < 15; ++i) {
        const auto start = Clock::now();
        torch::conv2d(x, w, {}, 1, 1);
        rates.push_back(flops / seconds(start) / 1e9);
    }
    return *std::max_element(rates.begin(), rates.end());
}

torch::Tensor squashed(const QImage &image, int size)
{
    return imageToTensor(image.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

// Time between successive loss evaluations, L-BFGS's own work between them included; the first
// two are warm-up.
std::vector<double> timeLbfgs(StyleObjective &objective, torch::Tensor &image, int steps, int history, double &loss)
{
    std::vector<double> times;
    torch::optim::LBFGS optimizer({image}, torch::optim::LBFGSOptions(1.0)
                                               .max_iter(steps + 2)
                                               .max_eval(steps + 2)
                                               .history_size(history)
                                               .tolerance_grad(0)
                                               .tolerance_change(0));
    int evaluations = 0;
    auto last = Clock::now();
    optimizer.step([&] {
        if (evaluations++ >= 2)
            times.push_back(seconds(last));
        last = Clock::now();
        optimizer.zero_grad();
        auto total = objective.evaluate(image).total;
        total.backward();
        loss = total.item<double>();
        return total;
    });
    if (evaluations >= 3)
        times.push_back(seconds(last));
    return times;
}

// One Adam step each, after two warm-up steps.
std::vector<double> timeAdam(StyleObjective &objective, torch::Tensor &image, int steps, double learningRate, double &loss)
{
    std::vector<double> times;
    torch::optim::Adam adam({image}, torch::optim::AdamOptions(learningRate));
    for (int step = 0; step < steps + 2; ++step) {
        const auto start = Clock::now();
        adam.zero_grad();
        auto terms = objective.evaluate(image);
        terms.total.backward();
        adam.step();
        loss = terms.total.item<double>();
        if (step >= 2)
            times.push_back(seconds(start));
    }
    return times;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Times the style objective per optimiser step."));
    parser.addHelpOption();
    const QString samples = QStringLiteral(NSS_SOURCE_DIR "/resources/samples/");
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("VGG-19 weights file."), QStringLiteral("file")},
        {QStringLiteral("content"), QStringLiteral("Content image."), QStringLiteral("file"),
         samples + QStringLiteral("content-lake.jpg")},
        {QStringLiteral("style"), QStringLiteral("Style image."), QStringLiteral("file"),
         samples + QStringLiteral("style-swirls.jpg")},
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated square sizes."), QStringLiteral("list"),
         QStringLiteral("256,512")},
        {QStringLiteral("steps"), QStringLiteral("Timed steps after 2 warm-up steps."), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (0: all cores)."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("optimizer"), QStringLiteral("adam (the original's) or lbfgs (a step: one evaluation)."),
         QStringLiteral("name"), QStringLiteral("adam")},
        {QStringLiteral("precision"), QStringLiteral("fp32 (the original's arithmetic), bf16, or auto (the app's default)."),
         QStringLiteral("name"), QStringLiteral("fp32")},
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    const int threads = applyThreadCount(parser.value(QStringLiteral("threads")).toInt());
    useHugePagesForTensors(); // as StyleRunner::run does
    auto weights = loadVgg19Features(parser.value(QStringLiteral("weights")), 28);
    auto content = loadImage(parser.value(QStringLiteral("content")));
    auto style = loadImage(parser.value(QStringLiteral("style")));
    for (const QString *error : {weights.ok() ? nullptr : &weights.error(), content.ok() ? nullptr : &content.error(),
                                 style.ok() ? nullptr : &style.error()}) {
        if (error) {
            std::fprintf(stderr, "nss-bench: %s\n", qPrintable(*error));
            return 1;
        }
    }
    const int steps = std::max(1, parser.value(QStringLiteral("steps")).toInt());
    const double peak = convPeakGflops();

    for (const QString &sizeText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int size = sizeText.toInt();
        if (size < 32) {
            std::fprintf(stderr, "nss-bench: bad size \"%s\"\n", qPrintable(sizeText));
            return 1;
        }
        StyleSettings settings;
        const bool lbfgs = parser.value(QStringLiteral("optimizer")) == QStringLiteral("lbfgs");
        settings.optimizer = lbfgs ? Optimizer::Lbfgs : Optimizer::Adam;
        settings.outputSize = size;
        const auto precision = precisionFromString(parser.value(QStringLiteral("precision")));
        if (!precision) {
            std::fprintf(stderr, "nss-bench: bad precision \"%s\"\n", qPrintable(parser.value(QStringLiteral("precision"))));
            return 1;
        }
        settings.precision = *precision;
        const auto compute = resolveCompute(settings);
        if (!compute) {
            std::fprintf(stderr, "nss-bench: %s\n", qPrintable(compute.error()));
            return 1;
        }
        const auto c = squashed(content.value(), size);
        auto objective = StyleObjective::create(weights.value(), settings, c, {squashed(style.value(), size)}, {});
        if (!objective) {
            std::fprintf(stderr, "nss-bench: %s\n", qPrintable(objective.error()));
            return 1;
        }
        auto image = c.clone().requires_grad_(true);
        double loss = 0.0;
        const std::vector<double> times = lbfgs ? timeLbfgs(objective.value(), image, steps, settings.lbfgsHistory, loss)
                                                : timeAdam(objective.value(), image, steps, settings.learningRate, loss);
        const double perStep = median(times);
        const double gflop = 2.0 * vggForwardFlops(size, size) / 1e9;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const QJsonObject line{
            {QStringLiteral("impl"), QStringLiteral("nss-cpp")},
            {QStringLiteral("size"), size},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("optimizer"), lbfgs ? QStringLiteral("lbfgs") : QStringLiteral("adam")},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("compute"), describe(compute.value())},
            {QStringLiteral("seconds_per_step"), perStep},
            {QStringLiteral("last_loss"), loss},
            {QStringLiteral("vgg_gflop_per_step"), gflop},
            {QStringLiteral("achieved_gflops"), gflop / perStep},
            {QStringLiteral("conv_peak_gflops"), peak},
            {QStringLiteral("peak_rss_mb"), static_cast<double>(usage.ru_maxrss) / 1024.0},
            {QStringLiteral("predicted_peak_mb"),
             double(predictPeakMemoryBytes(settings, QSize(size, size))) / (1024.0 * 1024.0)},
        };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
