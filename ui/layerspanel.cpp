// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerspanel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionGroupBox>
#include <QVBoxLayout>

#include "base/settingranges.h"
#include "base/vgg19layers.h"

namespace nss {

namespace {

// "0.2" and "1", not "0.2000" and "1.0000": sixteen rows of trailing zeros read as noise.
class LayerWeightBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
};

QDoubleSpinBox *weightBox(QWidget *parent, const QString &name)
{
    auto *box = new LayerWeightBox(parent);
    box->setObjectName(name);
    box->setRange(kLayerWeightRange.minimum, kLayerWeightRange.maximum); // core's range: nothing clamped
    box->setDecimals(10); // the text shows 6 significant digits; the value keeps what was saved
    box->setSingleStep(0.1);
    box->setSpecialValueText(LayersPanel::tr("off"));
    box->setAccelerated(true);
    return box;
}

} // namespace

LayersPanel::LayersPanel(QWidget *parent)
    : QGroupBox(tr("Advanced: layers"), parent)
    , m_body(new QWidget(this))
    , m_reset(new QPushButton(tr("&Reset to Defaults"), this))
{
    setObjectName(QStringLiteral("layersPanel"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("The VGG-19 layers that measure style and content, and each one's weight within its loss."));

    auto *table = new QWidget;
    auto *grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Layer")), 0, 0);
    grid->addWidget(new QLabel(tr("Style")), 0, 1);
    grid->addWidget(new QLabel(tr("Content")), 0, 2);
    for (const QString &layer : vggConvLayerNames()) {
        Row row{layer, weightBox(table, QStringLiteral("style_") + layer), weightBox(table, QStringLiteral("content_") + layer)};
        const int r = grid->rowCount();
        grid->addWidget(new QLabel(layer), r, 0);
        grid->addWidget(row.style, r, 1);
        grid->addWidget(row.content, r, 2);
        row.style->setToolTip(tr("Weight of %1 in the style loss; off leaves it out.").arg(layer));
        row.content->setToolTip(tr("Weight of %1 in the content loss; off leaves it out.").arg(layer));
        for (QDoubleSpinBox *box : {row.style, row.content})
            connect(box, &QDoubleSpinBox::valueChanged, this, &LayersPanel::changed);
        m_rows.append(row);
    }
    // Sixteen rows would push the Start button off a laptop screen: they scroll in a short frame.
    auto *scroll = new QScrollArea(m_body);
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(120); // four rows: opening it must not grow a 760-pixel window
    scroll->setMaximumHeight(240);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_reset->setObjectName(QStringLiteral("resetLayers"));
    m_reset->setToolTip(tr("Style: conv1_1 to conv5_1, weight 1 each; content: conv4_2."));
    connect(m_reset, &QPushButton::clicked, this, &LayersPanel::resetToDefaults);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(scroll);
    bodyLayout->addWidget(m_reset, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_body);
    // Collapsing hides the table; the layers stay in force. Cut to the height of its title, a
    // collapsed group shows no empty frame (the style draws one even when flat).
    const QMargins expandedMargins = layout->contentsMargins();
    const auto expand = [this, layout, expandedMargins](bool on) {
        m_body->setVisible(on);
        layout->setContentsMargins(on ? expandedMargins : QMargins());
        QStyleOptionGroupBox option;
        initStyleOption(&option);
        const QRect title = style()
                                ->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, this)
                                .united(style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, this));
        setMaximumHeight(on ? QWIDGETSIZE_MAX : title.bottom() + 2);
    };
    connect(this, &QGroupBox::toggled, this, expand);
    expand(false);

    resetToDefaults();
}

void LayersPanel::apply(StyleSettings &settings) const
{
    settings.styleLayers = weights(m_rows, &Row::style);
    settings.contentLayers = weights(m_rows, &Row::content);
}

void LayersPanel::load(const StyleSettings &settings)
{
    setWeights(m_rows, settings.styleLayers, &Row::style);
    setWeights(m_rows, settings.contentLayers, &Row::content);
}

void LayersPanel::resetToDefaults()
{
    load(StyleSettings());
}

QDoubleSpinBox *LayersPanel::styleWeight(const QString &layer) const
{
    for (const Row &row : m_rows)
        if (row.layer == layer)
            return row.style;
    return nullptr;
}

QDoubleSpinBox *LayersPanel::contentWeight(const QString &layer) const
{
    for (const Row &row : m_rows)
        if (row.layer == layer)
            return row.content;
    return nullptr;
}

void LayersPanel::setWeights(const QList<Row> &rows, const QList<LayerWeight> &layers, QDoubleSpinBox *Row::*column)
{
    for (const Row &row : rows) {
        double weight = 0.0;
        for (const LayerWeight &l : layers)
            if (l.layer == row.layer)
                weight = l.weight;
        (row.*column)->setValue(weight);
    }
}

QList<LayerWeight> LayersPanel::weights(const QList<Row> &rows, QDoubleSpinBox *Row::*column)
{
    QList<LayerWeight> layers;
    for (const Row &row : rows)
        if ((row.*column)->value() > 0.0)
            layers.append({row.layer, (row.*column)->value()});
    return layers;
}

} // namespace nss
