// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSlider;
class QDoubleSpinBox;
class QLabel;

namespace nss {

// A weight control on a log scale (weights span 1e-3 ... 1e12) with the exact number beside it.
// Both halves edit the same value; valueChanged fires once per user change.
class LogSlider : public QWidget
{
    Q_OBJECT

public:
    LogSlider(const QString &label, double minimum, double maximum, QWidget *parent = nullptr);

    double value() const { return m_value; }
    void setValue(double value); // no signal: for loading settings
    // What the number box takes (by default 0 to the slider's maximum); the slider's travel stays
    // where most pictures are made, and a value beyond it is kept exactly by the number box.
    void setAcceptedRange(double minimum, double maximum);
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void valueChanged(double value);

private:
    int toSlider(double value) const;
    double fromSlider(int position) const;

    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    double m_minimum;
    double m_maximum;
    double m_value = 0.0;
    bool m_updating = false;
};

} // namespace nss
