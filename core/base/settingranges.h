// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// The accepted range of each setting, written once: StyleSettings::validate() checks them, the
// window's controls take their ranges from them (so a project is refused at open, never clamped by
// a widget without a word), and the CLI's values go through validate().
template <typename T> struct SettingRange
{
    T minimum;
    T maximum;
    constexpr bool contains(T value) const { return value >= minimum && value <= maximum; } // false for NaN
};

inline constexpr SettingRange<int> kOutputSizeRange{16, kMaxOutputSize}; // pixels, the longest side
inline constexpr SettingRange<int> kStepsRange{1, kMaxSteps};
inline constexpr SettingRange<double> kStyleScaleRange{0.05, 8.0};
inline constexpr SettingRange<double> kLearningRateRange{0.0, 10.0}; // the minimum itself is refused
inline constexpr SettingRange<int> kLbfgsHistoryRange{1, 1000};
inline constexpr SettingRange<double> kLbfgsSmoothingRange{0.0, 3.0};
inline constexpr SettingRange<double> kAdamFinishRange{0.0, 0.9};
inline constexpr SettingRange<double> kLossWeightRange{0.0, 1.0e15}; // content, style, total variation
inline constexpr SettingRange<double> kStyleBlendRange{0.0, 1.0e6};
inline constexpr SettingRange<double> kLayerWeightRange{0.0, 1.0e6};
inline constexpr SettingRange<quint64> kSeedRange{0, 2147483647}; // what a spin box (int) holds
inline constexpr SettingRange<int> kScalesRange{0, kMaxScales}; // 0: automatic
inline constexpr SettingRange<int> kFrameEveryRange{1, kMaxSteps};
inline constexpr SettingRange<int> kThreadsRange{0, 1024}; // 0: all cores
inline constexpr SettingRange<int> kTileSizeRange{0, kMaxOutputSize}; // 0: automatic; else at least kMinTileSize
inline constexpr int kMinTileSize = 64;

// Empty when every value of `settings` is within its range above and every layer is a VGG-19
// convolution named once per list; else a readable message naming the setting. What a project or
// the last settings must pass to be opened; StyleSettings::validate() checks it first, then what a
// run needs besides (a style image, a weight above 0, ...).
QString validateRanges(const StyleSettings &settings);

// "conv1_1:0.2,conv2_1:0.2,conv3_1" (a missing weight is 1), as --style-layers and
// --content-layers take them; the message names the first bad entry. Empty text: an empty list.
Expected<QList<LayerWeight>> layerWeightsFromString(const QString &text);
QString layerWeightsToString(const QList<LayerWeight> &layers); // the same form back

} // namespace nss
