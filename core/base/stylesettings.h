// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "base/expected.h"

namespace nss {

enum class Optimizer { Lbfgs, Adam };
enum class InitMode { Content, Noise, Image };
enum class Pooling { Max, Average };
enum class KeepColors { None, Luminance, Histogram };
// Arithmetic of the network: Auto uses bf16 on CPUs with native bf16 (AVX512_BF16 or AMX) and
// fp16 on CUDA for Adam, fp32 otherwise (computechoice.h says why); the image, the losses and the
// optimiser always stay fp32.
enum class Precision { Auto, Float32, BFloat16, Float16 };
enum class ComputeDevice { Auto, Cpu, Cuda }; // Auto: CUDA when LibTorch has it and sees a GPU

// A VGG-19 layer by its paper name (conv1_1 ... conv5_4) and its weight within its loss term.
struct LayerWeight
{
    QString layer;
    double weight = 1.0;
    friend bool operator==(const LayerWeight &, const LayerWeight &) = default;
};

struct StyleSource
{
    StyleSource() = default;
    StyleSource(QString path_, double blend_ = 1.0, QString maskPath_ = {}) // NOLINT: implicit, like the aggregate it was
        : path(std::move(path_))
        , blend(blend_)
        , maskPath(std::move(maskPath_))
    { }

    QString path;
    double blend = 1.0; // relative; the engine normalises the blend weights to sum to 1
    QString maskPath; // where on the output this style goes (base/runmasks.h); empty: no mask
    // Which part of this painting to use: a grey picture over it, white where its strokes and colours
    // count (issue 21; docs/ALGORITHM.md, "Masks"); empty: all of it.
    QString sourceMaskPath;
    friend bool operator==(const StyleSource &, const StyleSource &) = default;
};

// Everything that defines a run: the CLI's options, the GUI's controls, the project file and the
// metadata embedded in exported images all speak this one struct. Defaults give a good picture.
struct StyleSettings
{
    QString contentPath;
    QList<StyleSource> styles;
    QString initPath; // used when init == InitMode::Image
    QString keepMaskPath; // where the photo is kept, unstyled (base/runmasks.h); empty: nowhere

    int outputSize = 512; // longest side in pixels; aspect ratio kept
    double styleScale = 1.0; // style image size relative to the output size
    int steps = 300; // L-BFGS: loss evaluations; Adam: optimiser steps
    Optimizer optimizer = Optimizer::Lbfgs;
    double learningRate = 0.02; // Adam, on RGB values in 0..1
    int lbfgsHistory = 100;
    double lbfgsSmoothing = 1.0; // L-BFGS's initial Hessian: low-pass exponent (0: plain L-BFGS)
    // L-BFGS: the share of the finest scale's steps that Adam takes at the end (docs/ALGORITHM.md); 0: none.
    double adamFinish = 0.7;

    double contentWeight = 1.0;
    double styleWeight = 1.0e6;
    double tvWeight = 0.0;
    QList<LayerWeight> contentLayers{{QStringLiteral("conv4_2"), 1.0}};
    QList<LayerWeight> styleLayers{{QStringLiteral("conv1_1"), 1.0},
                                   {QStringLiteral("conv2_1"), 1.0},
                                   {QStringLiteral("conv3_1"), 1.0},
                                   {QStringLiteral("conv4_1"), 1.0},
                                   {QStringLiteral("conv5_1"), 1.0}};

    InitMode init = InitMode::Content;
    quint64 seed = 0;
    Pooling pooling = Pooling::Max;
    KeepColors keepColors = KeepColors::None;

    // Coarse to fine: 1 optimises at the output size only; N > 1 starts at 1/2^(N-1) of it and
    // doubles the size N-1 times, the steps split among the scales; 0 chooses N from the size.
    int scales = 0;

    int frameEvery = 100; // deliver a frame every N steps, and always the last one
    Precision precision = Precision::Auto;
    ComputeDevice device = ComputeDevice::Auto;
    int threads = 0; // 0: all cores
    // Tiles (issue 20): 0 lets the run cut the picture into tiles only when a whole pass would not
    // fit in memory; N > 0 always uses tiles with N x N px cores (rounded up to 16).
    int tileSize = 0;

    friend bool operator==(const StyleSettings &, const StyleSettings &) = default;

    // Empty when the settings can run; else a readable message naming the bad value
    // (NaN, negative, absurd sizes, unknown layers, no style image...).
    QString validate() const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types or values give an error naming the key.
    static Expected<StyleSettings> fromJson(const QJsonObject &json);
};

// A loss-weight change made while a run went: from `step` on it used these weights.
struct LossWeightsChange
{
    int step = 0;
    double content = 0.0;
    double style = 0.0;
    double tv = 0.0;

    bool operator==(const LossWeightsChange &) const = default;
};

// The settings a run really used at `step`: `started` with the last change at or before it applied.
StyleSettings settingsAtStep(const StyleSettings &started, const QList<LossWeightsChange> &changes, int step);
QJsonArray lossWeightsChangesToJson(const QList<LossWeightsChange> &changes);
QList<LossWeightsChange> lossWeightsChangesFromJson(const QJsonArray &json);

// Names used in JSON, on the command line and in the UI ("lbfgs", "adam", "max", ...).
QString toString(Optimizer value);
QString toString(InitMode value);
QString toString(Pooling value);
QString toString(KeepColors value);
QString toString(Precision value);
QString toString(ComputeDevice value);
std::optional<Optimizer> optimizerFromString(const QString &text);
std::optional<InitMode> initModeFromString(const QString &text);
std::optional<Pooling> poolingFromString(const QString &text);
std::optional<KeepColors> keepColorsFromString(const QString &text);
std::optional<Precision> precisionFromString(const QString &text);
std::optional<ComputeDevice> deviceFromString(const QString &text);

constexpr int kMaxOutputSize = 8192;
constexpr int kMaxSteps = 1000000;
constexpr int kMaxScales = 5;

} // namespace nss
