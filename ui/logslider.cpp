// SPDX-License-Identifier: GPL-3.0-or-later
#include "logslider.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QValidator>

namespace nss {

namespace {

constexpr int kTicksPerDecade = 100;

// Weights span fifteen decades: "1e+06" reads better than "1000000.0000", and typing either works.
class WeightSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override { return locale().toString(value, 'g', 4); }

    double valueFromText(const QString &text) const override { return locale().toDouble(text.trimmed()); }

    QValidator::State validate(QString &text, int &) const override
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || t.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) || t.endsWith(QLatin1Char('-'))
            || t.endsWith(QLatin1Char('+')) || t == locale().decimalPoint())
            return QValidator::Intermediate;
        bool ok = false;
        const double v = locale().toDouble(t, &ok);
        if (!ok)
            return QValidator::Invalid;
        return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

} // namespace

LogSlider::LogSlider(const QString &label, double minimum, double maximum, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(label, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new WeightSpinBox(this))
    , m_minimum(minimum)
    , m_maximum(maximum)
{
    // Zero is a valid weight (switch a term off): the slider's left end means 0.
    m_slider->setRange(toSlider(minimum) - 1, toSlider(maximum));
    m_slider->setPageStep(kTicksPerDecade);
    m_spin->setDecimals(6); // the value keeps this precision; the text shows 4 significant digits
    m_spin->setRange(0.0, maximum);
    m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spin->setMinimumWidth(110);
    m_spin->setAccelerated(true);
    m_label->setBuddy(m_slider);
    m_label->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        m_value = fromSlider(position);
        m_updating = true;
        m_spin->setValue(m_value);
        m_updating = false;
        Q_EMIT valueChanged(m_value);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_updating)
            return;
        m_value = v;
        m_updating = true;
        m_slider->setValue(toSlider(v));
        m_updating = false;
        Q_EMIT valueChanged(m_value);
    });
}

void LogSlider::setValue(double value)
{
    m_value = value;
    m_updating = true;
    m_slider->setValue(toSlider(value));
    m_spin->setValue(value);
    m_updating = false;
}

void LogSlider::setAcceptedRange(double minimum, double maximum)
{
    m_updating = true;
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(15); // a project's 1e-9 stays 1e-9 rather than rounding to 0
    m_updating = false;
}

int LogSlider::toSlider(double value) const
{
    if (value < m_minimum)
        return int(std::lround(std::log10(m_minimum) * kTicksPerDecade)) - 1;
    return int(std::lround(std::log10(value) * kTicksPerDecade));
}

double LogSlider::fromSlider(int position) const
{
    if (position < toSlider(m_minimum))
        return 0.0;
    // Round to 3 significant digits so the number beside reads cleanly (1e6, not 1000002.3).
    const double raw = std::pow(10.0, double(position) / kTicksPerDecade);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 2);
    return std::round(raw / magnitude) * magnitude;
}

} // namespace nss
