// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylelistpanel.h"

#include <algorithm>

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <QLocale>

#include "base/settingranges.h"
#include "engine/runpreparation.h"
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

    entry.part = new QToolButton(entry.box);
    entry.part->setText(tr("Part…"));
    entry.part->setObjectName(QStringLiteral("stylePart"));
    entry.part->setPopupMode(QToolButton::InstantPopup);
    auto *partMenu = new QMenu(entry.part);
    QWidget *owner = entry.box;
    partMenu->addAction(tr("Use Part of This Painting…"), this, [this, owner] { choosePart(owner); });
    QAction *whole = partMenu->addAction(tr("Use All of It"), this, [this, owner] { (void)setSourceMask(indexOf(owner), {}); });
    whole->setObjectName(QStringLiteral("styleWhole"));
    connect(partMenu, &QMenu::aboutToShow, whole, [this, owner, whole] { whole->setEnabled(!sourceMask(indexOf(owner)).isEmpty()); });
    entry.part->setMenu(partMenu);
    entry.partNote = new QLabel(entry.box);
    entry.partNote->setObjectName(QStringLiteral("stylePartNote"));
    entry.partNote->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(entry.blend, 1);
    row->addWidget(entry.part);
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
    boxLayout->addWidget(entry.partNote);
    boxLayout->addLayout(row);

    connect(entry.pane, &ImagePane::imageChanged, this, [this, owner] {
        const int index = indexOf(owner);
        if (index >= 0 && !m_entries[index].partPath.isEmpty() && m_entries[index].pane->filePath() != m_entries[index].partFor) {
            m_entries[index].partPath.clear(); // chosen for another painting
            showPart(m_entries[index]);
        }
    });
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
    for (const Entry &e : m_entries) {
        if (e.pane->hasImage()) {
            result.append({e.pane->filePath(), e.blend->value()});
            result.last().sourceMaskPath = e.partPath;
        }
    }
    return result;
}

int StyleListPanel::indexOf(const QWidget *box) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].box == box)
            return i;
    return -1;
}

void StyleListPanel::choosePart(QWidget *box)
{
    const int index = indexOf(box);
    if (index < 0)
        return;
    if (!m_entries[index].pane->hasImage()) {
        QMessageBox::information(this, tr("Part of the painting"), tr("Drop a painting here first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The part of the painting to use"), QFileInfo(m_entries[index].pane->filePath()).absolutePath(),
        tr("Grey pictures, white where the painting counts (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)"));
    if (path.isEmpty())
        return;
    if (Status set = setSourceMask(index, path); !set)
        QMessageBox::warning(this, tr("Part of the painting"), set.error());
}

Status StyleListPanel::setSourceMask(int index, const QString &path)
{
    if (index < 0 || index >= m_entries.size())
        return fail(tr("There is no style %1.").arg(index + 1));
    Entry &entry = m_entries[index];
    if (!path.isEmpty()) {
        StyleSettings one; // the engine's own checks, on this painting alone
        one.styles = {StyleSource{entry.pane->filePath(), 1.0}};
        one.styles[0].sourceMaskPath = path;
        if (const auto loaded = loadSourceMasks(one, {entry.pane->image()}); !loaded)
            return fail(loaded.error());
    }
    entry.partPath = path;
    entry.partFor = entry.pane->filePath();
    showPart(entry);
    Q_EMIT changed();
    return succeeded();
}

QString StyleListPanel::sourceMask(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries[index].partPath : QString();
}

void StyleListPanel::showPart(Entry &entry)
{
    const bool part = !entry.partPath.isEmpty();
    entry.partNote->setText(part ? tr("Using part: %1").arg(QFileInfo(entry.partPath).fileName()) : QString());
    entry.partNote->setToolTip(QDir::toNativeSeparators(entry.partPath));
    entry.partNote->setVisible(part);
    entry.part->setToolTip(part ? tr("Only the white part of %1 is used. Choose another part, or use all of the painting.")
                                      .arg(QFileInfo(entry.partPath).fileName())
                                : tr("Use only part of this painting: choose a grey picture over it, white where its "
                                     "strokes and colours count."));
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
        // Checked by the run when it starts (the painting is still loading here).
        Entry &entry = m_entries[i];
        entry.partPath = sources[i].sourceMaskPath;
        entry.partFor = sources[i].path;
        showPart(entry);
    }
}

} // namespace nss
