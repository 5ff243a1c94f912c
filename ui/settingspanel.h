#pragma once

#include <QWidget>

#include "stylesettings.h"

class QComboBox;
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
    QSpinBox *outputSize() const { return m_size; }
    QSpinBox *steps() const { return m_steps; }
    QSpinBox *frameEvery() const { return m_frameEvery; }

Q_SIGNALS:
    void weightsChanged(double contentWeight, double styleWeight, double tvWeight);

private:
    LogSlider *m_style = nullptr;
    LogSlider *m_content = nullptr;
    LogSlider *m_tv = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_steps = nullptr;
    QComboBox *m_optimizer = nullptr;
    QSpinBox *m_frameEvery = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_init = nullptr;
    QComboBox *m_pooling = nullptr;
    QComboBox *m_keepColors = nullptr;
};

} // namespace nss
