// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QList>

#include "base/stylesettings.h"

class QDoubleSpinBox;
class QPushButton;
class QWidget;

namespace nss {

// "Advanced: layers": which VGG-19 convolutions measure style and content, and each one's weight
// within its loss. A checkable group, collapsed (unchecked) by default; unchecking only hides the
// table, the layers stay in force. One row per convolution; a weight of 0 ("off") leaves the layer
// out. Starts at StyleSettings' defaults; Reset to defaults puts them back.
class LayersPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LayersPanel(QWidget *parent = nullptr);

    // Writes the style and content layers (in network order, the layers that are on) into `settings`.
    void apply(StyleSettings &settings) const;
    void load(const StyleSettings &settings);
    void resetToDefaults();

    bool isExpanded() const { return isChecked(); }
    QDoubleSpinBox *styleWeight(const QString &layer) const;
    QDoubleSpinBox *contentWeight(const QString &layer) const;
    QPushButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    // A weight changed (the user, or a load): the next run's layers are different.
    void changed();

private:
    struct Row
    {
        QString layer;
        QDoubleSpinBox *style = nullptr;
        QDoubleSpinBox *content = nullptr;
    };
    static void setWeights(const QList<Row> &rows, const QList<LayerWeight> &layers, QDoubleSpinBox *Row::*column);
    static QList<LayerWeight> weights(const QList<Row> &rows, QDoubleSpinBox *Row::*column);

    QWidget *m_body = nullptr;
    QList<Row> m_rows;
    QPushButton *m_reset = nullptr;
};

} // namespace nss
