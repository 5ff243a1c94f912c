// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include <QImage>
#include <QList>
#include <QStringList>

#include "base/expected.h"
#include "base/styleframe.h"
#include "base/stylesettings.h"
#include "engine/stylerunner.h"

// Small deterministic runs of the StyleRunner for its tests: pictures made in memory, settings
// that finish in seconds on the fixture weights, and a recorder of frames and status messages.
namespace {

using namespace nss;

QString fixtureWeights()
{
    return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth");
}

// Smooth colourful gradients with some structure: deterministic, no files needed.
QImage makeContent(int w = 48, int h = 32)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(60 + 120 * x / w, 70 + 100 * y / h, (x / 8 + y / 8) % 2 ? 150 : 90));
    return image;
}

QImage makeStyle(int w = 40, int h = 40)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, ((x + y) / 5) % 2 ? qRgb(220, 40, 30) : qRgb(20, 60, 200));
    return image;
}

StyleSettings smallSettings(Optimizer optimizer, int steps, int frameEvery)
{
    StyleSettings s;
    s.contentPath = QStringLiteral("content.png");
    s.styles = {StyleSource{QStringLiteral("style.png"), 1.0}};
    s.outputSize = 48;
    s.steps = steps;
    s.frameEvery = frameEvery;
    s.optimizer = optimizer;
    s.learningRate = 0.05;
    s.init = InitMode::Noise;
    s.seed = 3;
    s.threads = 0; // OMP_NUM_THREADS when set (the tsan preset: 1), else all cores
    return s;
}

struct Recorded
{
    Expected<StyleFrame> result = fail(QString());
    QList<StyleFrame> frames;
    QStringList statuses;
};

// The losses are float32 sums: equal to about 1e-6 relative.
[[maybe_unused]] bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-5 * std::max(std::abs(a), std::abs(b));
}

// Runs and records, calling `onFrame` (may be empty) after each frame is stored.
[[maybe_unused]] Recorded runRecorded(StyleRunner &runner, const StyleSettings &settings,
                                      const std::function<void(const StyleFrame &)> &onFrame = {})
{
    Recorded r;
    StyleRunHooks hooks;
    hooks.frame = [&](const StyleFrame &f) {
        r.frames.append(f);
        if (onFrame)
            onFrame(f);
    };
    hooks.status = [&](const QString &m) { r.statuses.append(m); };
    r.result = runner.run(settings, makeContent(), {makeStyle()}, QImage(), hooks);
    return r;
}

// The first step whose loss is above the frame before it's, or 0; `lowest`: the last frame's loss.
[[maybe_unused]] int firstRise(const QList<StyleFrame> &frames, double *lowest)
{
    *lowest = frames.first().totalLoss;
    for (const auto &f : frames)
        if (f.totalLoss > std::exchange(*lowest, f.totalLoss))
            return f.step;
    return 0;
}

[[maybe_unused]] QList<int> stepsOf(const QList<StyleFrame> &frames)
{
    QList<int> steps;
    for (const auto &f : frames)
        steps.append(f.step);
    return steps;
}

} // namespace
