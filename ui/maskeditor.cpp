// SPDX-License-Identifier: GPL-3.0-or-later
#include "maskeditor.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "base/atomicfile.h"
#include "engine/runpreparation.h"
#include "io/imageloader.h"
#include "maskcanvas.h"

namespace nss {

namespace {

QIcon swatch(const QColor &colour, bool hatched)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(colour);
    QPainter p(&pixmap);
    if (hatched)
        p.fillRect(pixmap.rect(), QBrush(QColor(40, 40, 40), Qt::BDiagPattern));
    p.setPen(QColor(90, 90, 90));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

QSlider *slider(int from, int to, int value)
{
    auto *s = new QSlider(Qt::Horizontal);
    s->setRange(from, to);
    s->setValue(value);
    s->setMinimumWidth(90);
    return s;
}

} // namespace

QColor MaskEditor::styleColour(int index)
{
    // Distinct at a glance over most photos: red, blue, green, orange, violet, then again.
    static const QColor colours[] = {QColor(230, 60, 50), QColor(40, 110, 230), QColor(40, 180, 80), QColor(245, 150, 30),
                                     QColor(160, 70, 210)};
    return colours[index % int(std::size(colours))];
}

MaskEditor::MaskEditor(QWidget *parent)
    : QDialog(parent)
    , m_canvas(new MaskCanvas(this))
    , m_target(new QComboBox(this))
{
    setWindowTitle(tr("Paint Masks"));
    setObjectName(QStringLiteral("maskEditor"));
    m_target->setObjectName(QStringLiteral("maskTarget"));
    m_target->setToolTip(tr("The layer you paint: where a style goes, or where the photo is kept"));

    m_brush = new QToolButton(this);
    m_brush->setText(tr("&Brush"));
    m_brush->setCheckable(true);
    m_brush->setChecked(true);
    m_brush->setToolTip(tr("Paint the layer (B)"));
    m_eraser = new QToolButton(this);
    m_eraser->setText(tr("&Eraser"));
    m_eraser->setCheckable(true);
    m_eraser->setToolTip(tr("Erase the layer (E)"));
    connect(m_brush, &QToolButton::clicked, this, [this] {
        m_brush->setChecked(true);
        m_eraser->setChecked(false);
        m_canvas->setErasing(false);
    });
    connect(m_eraser, &QToolButton::clicked, this, [this] {
        m_eraser->setChecked(true);
        m_brush->setChecked(false);
        m_canvas->setErasing(true);
    });
    new QShortcut(QKeySequence(Qt::Key_B), this, [this] { m_brush->click(); });
    new QShortcut(QKeySequence(Qt::Key_E), this, [this] { m_eraser->click(); });

    m_size = slider(1, 400, 40);
    m_size->setToolTip(tr("Brush radius in the photo's pixels ([ and ] change it)"));
    m_sizeLabel = new QLabel(this);
    m_softness = slider(0, 100, 50);
    m_softness->setToolTip(tr("0: a hard edge; 100: soft from the centre"));
    m_opacity = slider(0, 100, 50);
    m_opacity->setToolTip(tr("How strongly the masks are shown over the photo (the run is not affected)"));
    const auto showSize = [this](int value) {
        m_sizeLabel->setText(tr("%1 px").arg(value));
        m_canvas->setBrushRadius(value);
    };
    connect(m_size, &QSlider::valueChanged, this, showSize);
    showSize(m_size->value());
    connect(m_softness, &QSlider::valueChanged, this, [this](int v) { m_canvas->setSoftness(v / 100.0); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_canvas->setOpacity(v / 100.0); });
    new QShortcut(QKeySequence(Qt::Key_BracketLeft), this, [this] { m_size->setValue(int(m_size->value() / 1.25)); });
    new QShortcut(QKeySequence(Qt::Key_BracketRight), this, [this] { m_size->setValue(int(m_size->value() * 1.25) + 1); });
    m_canvas->setSoftness(m_softness->value() / 100.0);
    m_canvas->setOpacity(m_opacity->value() / 100.0);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_canvas->setTarget(m_target->itemData(index).toInt());
    });

    auto *tools = new QGridLayout;
    tools->addWidget(new QLabel(tr("Layer:"), this), 0, 0);
    tools->addWidget(m_target, 0, 1, 1, 3);
    tools->addWidget(m_brush, 0, 4);
    tools->addWidget(m_eraser, 0, 5);
    tools->addWidget(new QLabel(tr("Size:"), this), 1, 0);
    tools->addWidget(m_size, 1, 1);
    tools->addWidget(m_sizeLabel, 1, 2);
    tools->addWidget(new QLabel(tr("Softness:"), this), 1, 3);
    tools->addWidget(m_softness, 1, 4, 1, 2);
    tools->addWidget(new QLabel(tr("Shown at:"), this), 1, 6);
    tools->addWidget(m_opacity, 1, 7);
    tools->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Fill"), tr("Cover the whole picture with this layer"), [this] { m_canvas->fill(); });
    button(tr("&Clear"), tr("Remove this layer's mask"), [this] { m_canvas->clear(); });
    button(tr("&Invert"), tr("Swap painted and unpainted parts of this layer"), [this] { m_canvas->invert(); });
    buttons->addSpacing(12);
    QUndoStack *undo = m_canvas->undoStack();
    auto *undoButton = button(tr("&Undo"), tr("Undo the last edit (Ctrl+Z)"), [undo] { undo->undo(); });
    auto *redoButton = button(tr("&Redo"), tr("Redo (Ctrl+Shift+Z)"), [undo] { undo->redo(); });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    new QShortcut(QKeySequence::Undo, this, [undo] { undo->undo(); });
    new QShortcut(QKeySequence::Redo, this, [undo] { undo->redo(); });
    buttons->addStretch(1);
    button(tr("I&mport…"), tr("Load this layer from a greyscale picture (white: the layer)"), [this] { chooseImport(); });
    button(tr("E&xport…"), tr("Save this layer as a greyscale PNG"), [this] { chooseExport(); });

    auto *hint = new QLabel(tr("Paint where each style goes; where no style is painted all styles blend. "
                               "The hatched layer keeps the photo. A run in progress follows at its next step."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addLayout(buttons);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(hint);
    resize(760, 640);
    setStyles({});
}

void MaskEditor::setStyles(const QStringList &names)
{
    const bool firstStyle = m_names.isEmpty() && !names.isEmpty(); // then paint the style, not the keep layer
    m_names = names;
    QList<QColor> colours;
    for (int i = 0; i < names.size(); ++i)
        colours.append(styleColour(i));
    m_canvas->setStyles(colours);
    if (firstStyle)
        m_canvas->setTarget(0);
    updateTargets();
}

void MaskEditor::updateTargets()
{
    const int wanted = m_canvas->target();
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (int i = 0; i < m_names.size(); ++i)
        m_target->addItem(swatch(styleColour(i), false), tr("Style %1: %2").arg(i + 1).arg(m_names[i]), i);
    m_target->addItem(swatch(m_canvas->colour(MaskCanvas::kKeep), true), tr("Keep the photo"), MaskCanvas::kKeep);
    const int index = m_target->findData(wanted);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
    m_canvas->setTarget(m_target->currentData().toInt());
}

bool MaskEditor::importMask(const QString &path)
{
    const auto loaded = loadImage(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Import Mask"), loaded.error());
        return false;
    }
    if (!m_canvas->setMask(m_canvas->target(), loaded.value())) {
        const QSize photo = m_canvas->photo().size();
        QMessageBox::warning(this, tr("Import Mask"),
                             photo.isEmpty() ? tr("Choose a photo first: the masks are painted over it.")
                                             : maskShapeProblem(QFileInfo(path).fileName(), loaded->size(), photo));
        return false;
    }
    return true;
}

bool MaskEditor::exportMask(const QString &path)
{
    QImage grey = m_canvas->mask(m_canvas->target());
    if (grey.isNull() && !m_canvas->maskSize().isEmpty()) {
        grey = QImage(m_canvas->maskSize(), QImage::Format_Grayscale8);
        grey.fill(0); // an empty layer is all black
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Status written = grey.isNull() || !grey.save(&buffer, "PNG") ? Status(fail(tr("There is no mask to export: choose a photo first.")))
                                                                : writeFileAtomically(path, bytes);
    if (!written) {
        QMessageBox::warning(this, tr("Export Mask"), written.error());
        return false;
    }
    return true;
}

void MaskEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Mask"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp)"));
    if (!path.isEmpty())
        importMask(path);
}

void MaskEditor::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Mask"), QStringLiteral("mask.png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    exportMask(path);
}

} // namespace nss
