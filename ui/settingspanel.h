// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "base/stylesettings.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QCheckBox;

namespace nss {

class LogSlider;

// The run controls: the three loss weights (log sliders that steer a running optimisation) and
// the settings that take effect at the next Start. Starts at StyleSettings' defaults.
class SettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(QWidget *parent = nullptr);

    // Writes the panel's values into `settings`, leaving the image paths and layers alone.
    void apply(StyleSettings &settings) const;
    void load(const StyleSettings &settings);

    LogSlider *styleWeight() const { return m_style; }
    LogSlider *contentWeight() const { return m_content; }
    LogSlider *tvWeight() const { return m_tv; }
    // A video's temporal weight (issue 23): shown only while the content is a video (setVideo).
    LogSlider *temporalWeight() const { return m_temporal; }
    void setVideo(bool video);
    QSpinBox *outputSize() const { return m_size; }
    QSpinBox *steps() const { return m_steps; }
    QSpinBox *frameEvery() const { return m_frameEvery; }
    QComboBox *initMode() const { return m_init; }
    QLabel *initPathLabel() const { return m_initPathLabel; }
    QLabel *memoryLabel() const { return m_memory; }

    // Beside the output size: the run's predicted peak memory and what the machine has free
    // (unknown: nullopt), in red when it does not fit.
    // `tileSide` > 0: the run will be painted in tiles of that side (issue 20).
    void showMemoryEstimate(qint64 predictedBytes, std::optional<qint64> availableBytes, int tileSide = 0);

    // The image a run starts from when "Start from" is "Image file…"; kept when another mode is
    // chosen so switching back needs no new dialog.
    QString initImagePath() const { return m_initPath; }
    void setInitImagePath(const QString &path);

Q_SIGNALS:
    void lossWeightsChanged(double contentWeight, double styleWeight, double tvWeight);
    void temporalWeightChanged(double weight);
    // A setting that changes the run's memory (size, optimizer) moved.
    void runSizeChanged();

private:
    void onInitActivated(int index);
    void updateInitPathLabel();

    LogSlider *m_style = nullptr;
    LogSlider *m_content = nullptr;
    LogSlider *m_tv = nullptr;
    LogSlider *m_temporal = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_steps = nullptr;
    QComboBox *m_optimizer = nullptr;
    QSpinBox *m_frameEvery = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_init = nullptr;
    QLabel *m_initPathLabel = nullptr;
    QLabel *m_memory = nullptr;
    QString m_initPath;
    int m_lastInitIndex = 0; // where the combo returns to when the file dialog is cancelled
    QComboBox *m_pooling = nullptr;
    QComboBox *m_keepColors = nullptr;
    QComboBox *m_scales = nullptr;
    QComboBox *m_precision = nullptr;
};

} // namespace nss
