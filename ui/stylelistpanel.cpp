// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylelistpanel.h"

#include <algorithm>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <QLocale>

#include "base/settingranges.h"
#include "engine/scaleplan.h"
#include "imagepane.h"

namespace nss {

StyleListPanel::StyleListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_scale(new QDoubleSpinBox(this))
{
    m_list->setContentsMargins(0, 0, 0, 0);
    m_scale->setRange(kStyleScaleRange.minimum, kStyleScaleRange.maximum); // core's range: nothing clamped
    m_scale->setSingleStep(0.1);
    m_scale->setDecimals(2);
    m_scale->setValue(StyleSettings().styleScale);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setObjectName(QStringLiteral("styleScale"));
    m_scale->setToolTip(tr("Size of the painting's brush strokes relative to the output size."));

    auto *add = new QPushButton(tr("&Add style"), this);
    add->setToolTip(tr("Blend several paintings; each one's weight sets its share."));
    connect(add, &QPushButton::clicked, this, [this] { addStyle(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Style sc&ale:"), m_scale);

    m_sizeNote = new QLabel(this);
    m_sizeNote->setObjectName(QStringLiteral("styleSizeNote"));
    m_sizeNote->setWordWrap(true);
    m_sizeNote->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_sizeNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_list, 1);
    layout->addWidget(add);
    layout->addLayout(form);
    layout->addWidget(m_sizeNote);

    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &StyleListPanel::changed);
    addStyle()->setObjectName(QStringLiteral("stylePane"));
}

QList<ImagePane *> StyleListPanel::panes() const
{
    QList<ImagePane *> result;
    for (const Entry &e : m_entries)
        result.append(e.pane);
    return result;
}

ImagePane *StyleListPanel::addStyle()
{
    Entry entry;
    entry.box = new QWidget(this);
    const bool first = m_entries.isEmpty();
    entry.pane =
        new ImagePane(first ? tr("Style") : tr("Style %1").arg(m_entries.size() + 1), tr("Drop a painting here"), entry.box);
    entry.blend = new QDoubleSpinBox(entry.box);
    entry.blend->setRange(kStyleBlendRange.minimum, kStyleBlendRange.maximum);
    entry.blend->setSingleStep(0.1);
    entry.blend->setValue(1.0);
    entry.blend->setPrefix(tr("blend "));
    entry.blend->setToolTip(tr("This painting's share of the style; shares are normalised to sum to 1."));

    auto *row = new QHBoxLayout;
    row->addWidget(entry.blend, 1);
    if (!first) {
        auto *remove = new QToolButton(entry.box);
        remove->setText(tr("Remove"));
        QWidget *box = entry.box;
        connect(remove, &QToolButton::clicked, this, [this, box] {
            for (int i = 0; i < m_entries.size(); ++i)
                if (m_entries[i].box == box)
                    removeStyle(i);
        });
        row->addWidget(remove);
    }
    auto *boxLayout = new QVBoxLayout(entry.box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(entry.pane, 1);
    boxLayout->addLayout(row);

    connect(entry.pane, &ImagePane::imageChanged, this, &StyleListPanel::changed);
    connect(entry.pane, &ImagePane::loadFailed, this, &StyleListPanel::loadFailed);
    connect(entry.blend, &QDoubleSpinBox::valueChanged, this, &StyleListPanel::changed);
    m_list->addWidget(entry.box, 1);
    m_entries.append(entry);
    Q_EMIT changed();
    return entry.pane;
}

void StyleListPanel::removeStyle(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    if (index == 0) {
        m_entries[0].pane->clear();
        return;
    }
    const Entry entry = m_entries.takeAt(index);
    entry.box->deleteLater();
    Q_EMIT changed();
}

QList<QImage> StyleListPanel::images() const
{
    QList<QImage> result;
    for (const Entry &e : m_entries)
        if (e.pane->hasImage())
            result.append(e.pane->image());
    return result;
}

QList<StyleSource> StyleListPanel::sources() const
{
    QList<StyleSource> result;
    for (const Entry &e : m_entries)
        if (e.pane->hasImage())
            result.append({e.pane->filePath(), e.blend->value()});
    return result;
}

void StyleListPanel::showOutputSize(QSize output)
{
    const int paintedAt = styleSideFor(output, styleScale());
    QStringList notes;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QImage image = m_entries[i].pane->image();
        const int longest = std::max(image.width(), image.height());
        if (image.isNull() || longest >= paintedAt)
            continue;
        notes << tr("%1 is %2 px, painted at %3 px: its brush strokes will be enlarged %4×. A lower style scale keeps them finer.")
                     .arg(i == 0 ? tr("Style") : tr("Style %1").arg(i + 1))
                     .arg(longest)
                     .arg(paintedAt)
                     .arg(QLocale().toString(double(paintedAt) / longest, 'f', 1));
    }
    m_sizeNote->setText(notes.join(QLatin1Char('\n')));
    m_sizeNote->setVisible(!notes.isEmpty());
}

double StyleListPanel::styleScale() const
{
    return m_scale->value();
}

void StyleListPanel::setStyleScale(double scale)
{
    m_scale->setValue(scale);
}

void StyleListPanel::setBlend(int index, double blend)
{
    if (index >= 0 && index < m_entries.size())
        m_entries[index].blend->setValue(blend);
}

void StyleListPanel::loadSources(const QList<StyleSource> &sources)
{
    while (count() > std::max<qsizetype>(1, sources.size()))
        removeStyle(count() - 1);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        ImagePane *pane = i < count() ? m_entries.at(i).pane : addStyle();
        pane->loadFileAsync(sources[i].path);
        setBlend(int(i), sources[i].blend);
    }
}

} // namespace nss
