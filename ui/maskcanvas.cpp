// SPDX-License-Identifier: GPL-3.0-or-later
#include "maskcanvas.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>
#include <QUndoCommand>
#include <QUndoStack>

#include "engine/runpreparation.h"

namespace nss {

namespace {

constexpr QRgb kOpaqueWhite = 0xffffffffu;

QImage emptyLayer(QSize size)
{
    QImage layer(size, QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    return layer;
}

} // namespace

// One edit of one layer: the picture before and after. Pushed after the edit was made, so its
// first redo() does nothing.
class MaskEdit : public QUndoCommand
{
public:
    MaskEdit(MaskCanvas *canvas, int index, QImage before, QImage after, const QString &text)
        : QUndoCommand(text)
        , m_canvas(canvas)
        , m_index(index)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_done)
            return void(m_done = false);
        apply(m_after);
    }

private:
    void apply(const QImage &image)
    {
        if (m_index >= m_canvas->m_layers.size())
            return;
        m_canvas->m_layers[m_index] = image;
        m_canvas->layerChanged(m_index);
    }

    MaskCanvas *m_canvas;
    int m_index;
    QImage m_before, m_after;
    bool m_done = true;
};

MaskCanvas::MaskCanvas(QWidget *parent)
    : QWidget(parent)
    , m_layers(1) // the keep layer
    , m_overlays(1)
    , m_empty(1)
    , m_undo(new QUndoStack(this))
{
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setMinimumSize(240, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

MaskCanvas::~MaskCanvas() = default;

void MaskCanvas::setPhoto(const QImage &photo)
{
    const QSize oldMaskSize = m_maskSize;
    m_photo = photo;
    if (photo.isNull()) {
        m_maskSize = {};
    } else {
        const int longest = std::max(photo.width(), photo.height());
        m_maskSize = longest <= kMaskLongestSide ? photo.size() : photo.size().scaled(kMaskLongestSide, kMaskLongestSide, Qt::KeepAspectRatio);
        m_scale = double(m_maskSize.width()) / photo.width();
    }
    const bool keep = !m_maskSize.isEmpty() && maskFitsPhoto(oldMaskSize, m_maskSize);
    for (int i = 0; i < m_layers.size(); ++i) {
        if (!keep)
            m_layers[i] = QImage();
        else if (!m_layers[i].isNull() && m_layers[i].size() != m_maskSize)
            m_layers[i] = m_layers[i].scaled(m_maskSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_overlays[i] = QImage();
        m_empty[i].reset();
    }
    if (!keep || m_maskSize != oldMaskSize)
        m_undo->clear(); // its pictures belong to another photo, or are of another size
    update();
    Q_EMIT masksChanged();
}

void MaskCanvas::setStyles(const QList<QColor> &colours)
{
    const int count = int(colours.size());
    if (count != styleCount()) {
        const QImage keepLayer = m_layers.constLast();
        m_layers.removeLast();
        m_layers.resize(count);
        m_layers.append(keepLayer);
        m_undo->clear(); // its edits name layers by position
    }
    m_colours = colours;
    m_overlays = QList<QImage>(m_layers.size());
    m_empty = QList<std::optional<bool>>(m_layers.size());
    if (m_target >= count)
        m_target = count > 0 ? count - 1 : kKeep;
    update();
    Q_EMIT masksChanged();
}

QColor MaskCanvas::colour(int layer) const
{
    if (layer == kKeep || layer < 0 || layer >= m_colours.size())
        return QColor(235, 235, 235);
    return m_colours[layer];
}

int MaskCanvas::layerIndex(int layer) const
{
    return layer == kKeep ? int(m_layers.size()) - 1 : std::clamp(layer, 0, int(m_layers.size()) - 1);
}

void MaskCanvas::setTarget(int layer)
{
    m_target = (layer == kKeep || styleCount() == 0) ? kKeep : std::clamp(layer, 0, styleCount() - 1);
}

void MaskCanvas::setBrushRadius(double pixels)
{
    m_radius = std::clamp(pixels, 1.0, 4096.0);
    update();
}

void MaskCanvas::setSoftness(double softness)
{
    m_softness = std::clamp(softness, 0.0, 1.0);
}

void MaskCanvas::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void MaskCanvas::layerChanged(int index, std::optional<bool> empty)
{
    m_overlays[index] = QImage();
    m_empty[index] = empty;
    update();
    Q_EMIT masksChanged();
}

bool MaskCanvas::layerEmpty(int index) const
{
    if (m_empty[index]) // known since the layer last changed: masks() runs after every stroke segment
        return *m_empty[index];
    const QImage &layer = m_layers[index];
    bool empty = true;
    for (int y = 0; y < layer.height() && empty; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(layer.constScanLine(y));
        empty = std::none_of(line, line + layer.width(), [](QRgb p) { return qAlpha(p) != 0; });
    }
    m_empty[index] = empty;
    return empty;
}

void MaskCanvas::replaceLayer(int index, const QImage &image, const QString &text)
{
    QImage before = m_layers[index];
    m_layers[index] = image;
    layerChanged(index);
    m_undo->push(new MaskEdit(this, index, std::move(before), image, text));
}

void MaskCanvas::fill()
{
    if (m_maskSize.isEmpty())
        return;
    QImage full(m_maskSize, QImage::Format_ARGB32_Premultiplied);
    full.fill(kOpaqueWhite);
    replaceLayer(layerIndex(m_target), full, tr("Fill"));
}

void MaskCanvas::clear()
{
    if (m_maskSize.isEmpty())
        return;
    replaceLayer(layerIndex(m_target), QImage(), tr("Clear"));
}

void MaskCanvas::invert()
{
    if (m_maskSize.isEmpty())
        return;
    const int index = layerIndex(m_target);
    QImage inverted = m_layers[index].isNull() ? emptyLayer(m_maskSize) : m_layers[index].copy();
    for (int y = 0; y < inverted.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(inverted.scanLine(y));
        for (int x = 0; x < inverted.width(); ++x) {
            const int a = 255 - qAlpha(line[x]);
            line[x] = qRgba(a, a, a, a);
        }
    }
    replaceLayer(index, inverted, tr("Invert"));
}

void MaskCanvas::reset()
{
    for (int i = 0; i < m_layers.size(); ++i) {
        m_layers[i] = QImage();
        m_overlays[i] = QImage();
        m_empty[i].reset();
    }
    m_undo->clear();
    update();
    Q_EMIT masksChanged();
}

QImage MaskCanvas::mask(int layer) const
{
    const int index = layerIndex(layer);
    if (layerEmpty(index))
        return {};
    const QImage &source = m_layers[index];
    QImage grey(source.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < source.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < source.width(); ++x)
            out[x] = uchar(qAlpha(in[x]));
    }
    return grey;
}

bool MaskCanvas::setMask(int layer, const QImage &grey)
{
    if (m_maskSize.isEmpty() || grey.isNull() || !maskFitsPhoto(grey.size(), m_maskSize))
        return false;
    // Over black, as the engine reads masks: a transparent part is no mask.
    const QImage scaled =
        grey.convertToFormat(QImage::Format_ARGB32_Premultiplied).scaled(m_maskSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage layerImage(m_maskSize, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < m_maskSize.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(scaled.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(layerImage.scanLine(y));
        for (int x = 0; x < m_maskSize.width(); ++x) {
            const int v = (qRed(in[x]) + qGreen(in[x]) + qBlue(in[x]) + 1) / 3;
            out[x] = qRgba(v, v, v, v);
        }
    }
    replaceLayer(layerIndex(layer), layerImage, tr("Import Mask"));
    return true;
}

RunMasks MaskCanvas::masks() const
{
    RunMasks masks;
    for (int i = 0; i < styleCount(); ++i)
        masks.styles.append(layerEmpty(i) ? QImage() : m_layers[i]);
    while (!masks.styles.isEmpty() && masks.styles.constLast().isNull())
        masks.styles.removeLast();
    const int keep = int(m_layers.size()) - 1;
    if (!layerEmpty(keep))
        masks.keep = m_layers[keep];
    return masks;
}

bool MaskCanvas::hasMasks() const
{
    for (int i = 0; i < m_layers.size(); ++i)
        if (!layerEmpty(i))
            return true;
    return false;
}

void MaskCanvas::dab(QImage &layer, QPointF maskPos) const
{
    const double r = std::max(0.5, m_radius * m_scale);
    QRadialGradient gradient(maskPos, r);
    gradient.setColorAt(0.0, Qt::white);
    gradient.setColorAt(std::clamp(1.0 - m_softness, 0.0, 0.999), Qt::white);
    gradient.setColorAt(1.0, QColor(255, 255, 255, 0));
    QPainter p(&layer);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(m_erasing ? QPainter::CompositionMode_DestinationOut : QPainter::CompositionMode_SourceOver);
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawEllipse(maskPos, r, r);
}

void MaskCanvas::stroke(QPointF from, QPointF to)
{
    if (m_maskSize.isEmpty())
        return;
    const int index = layerIndex(m_target);
    QImage &layer = m_layers[index];
    if (layer.isNull()) {
        if (m_erasing)
            return; // nothing to erase
        layer = emptyLayer(m_maskSize);
    }
    const QPointF a = from * m_scale, b = to * m_scale;
    const double spacing = std::max(1.0, m_radius * m_scale * 0.25);
    const int steps = std::max(1, int(std::ceil(std::hypot(b.x() - a.x(), b.y() - a.y()) / spacing)));
    for (int i = (from == to ? steps : 1); i <= steps; ++i)
        dab(layer, a + (b - a) * (double(i) / steps));
    layerChanged(index, m_erasing ? std::nullopt : std::optional<bool>(false)); // a brush dab always leaves paint
}

void MaskCanvas::beginEdit()
{
    m_before = m_layers[layerIndex(m_target)];
}

void MaskCanvas::endEdit(const QString &text)
{
    const int index = layerIndex(m_target);
    const QImage after = m_layers[index];
    if (after.cacheKey() == m_before.cacheKey() && after.isNull() == m_before.isNull())
        return;
    m_undo->push(new MaskEdit(this, index, std::exchange(m_before, QImage()), after, text));
}

} // namespace nss
