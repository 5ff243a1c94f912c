// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

#include "base/runmasks.h"

class QUndoStack;

namespace nss {

// The photo with the region masks painted over it (issue 21): one layer per style, shown in that
// style's colour, and a "keep the photo" layer. A mask is kept at the photo's shape, at most
// kMaskLongestSide on its longest side (the run resizes it to each scale anyway). Brush and eraser
// with a size and a softness; fill, clear and invert; every edit can be undone. masksChanged()
// comes after every stroke segment, so a run sees the painting at its next step.
class MaskCanvas : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaskLongestSide = 2048;
    static constexpr int kKeep = -1; // the keep layer's index

    explicit MaskCanvas(QWidget *parent = nullptr);
    ~MaskCanvas() override;

    // A photo of the same shape keeps the masks; one of another shape starts them afresh (and the
    // undo history with them). A null photo shows a hint.
    void setPhoto(const QImage &photo);
    QImage photo() const { return m_photo; }
    QSize maskSize() const { return m_maskSize; }

    // One layer per style, in the style list's order, with the colour it is shown in. Layers past
    // the new count are dropped, new ones start empty.
    void setStyles(const QList<QColor> &colours);
    int styleCount() const { return int(m_layers.size()) - 1; }
    QColor colour(int layer) const;

    void setTarget(int layer); // 0 .. styleCount() - 1, or kKeep
    int target() const { return m_target; }
    void setErasing(bool erasing) { m_erasing = erasing; }
    bool erasing() const { return m_erasing; }
    void setBrushRadius(double pixels); // in the photo's pixels
    double brushRadius() const { return m_radius; }
    void setSoftness(double softness); // 0 (hard edge) .. 1 (soft all the way to the centre)
    double softness() const { return m_softness; }
    void setOpacity(double opacity); // of the masks shown over the photo
    double opacity() const { return m_opacity; }

    // On the target layer, undoable.
    void fill();
    void clear();
    void invert();

    // A layer as a grey picture (white 1, black 0) at maskSize(); null when it was never painted.
    QImage mask(int layer) const;
    // Replaces a layer with a grey picture (import); resized to maskSize(). Undoable. False when
    // there is no photo or the picture is not of the photo's shape (1 %).
    bool setMask(int layer, const QImage &grey);
    // Every layer empty and no undo history: a project opened, a fresh start.
    void reset();
    // What a run uses: a null picture for every empty layer.
    RunMasks masks() const;
    bool hasMasks() const;

    QUndoStack *undoStack() const { return m_undo; }

    // Paints one stroke from `from` to `to` (photo pixels) on the target layer, as the mouse does.
    void stroke(QPointF from, QPointF to);
    QRectF photoRect() const; // where the photo is shown in the widget

Q_SIGNALS:
    void masksChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    friend class MaskEdit;
    int layerIndex(int layer) const; // kKeep -> the last
    // (photoRect is public: tests aim strokes with it)
    QPointF toPhoto(QPointF widgetPos) const;
    void dab(QImage &layer, QPointF maskPos) const;
    void beginEdit();
    void endEdit(const QString &text);
    void replaceLayer(int index, const QImage &image, const QString &text);
    void layerChanged(int index, std::optional<bool> empty = std::nullopt); // `empty`: when known
    bool layerEmpty(int index) const;

    QImage m_photo;
    QSize m_maskSize;
    double m_scale = 1.0; // mask pixels per photo pixel
    // Each layer as white with its mask in the alpha channel (ARGB32 premultiplied), so QPainter
    // paints it directly; a null image is an empty layer. The last is the keep layer.
    QList<QImage> m_layers;
    QList<QColor> m_colours;
    QList<QImage> m_overlays; // each layer in its colour, for painting; null: to remake
    mutable QList<std::optional<bool>> m_empty; // whether each layer is empty, once known
    int m_target = 0;
    bool m_erasing = false;
    double m_radius = 40.0;
    double m_softness = 0.5;
    double m_opacity = 0.5;
    QUndoStack *m_undo = nullptr;
    bool m_painting = false;
    QPointF m_last; // photo pixels
    QImage m_before; // the target layer when the stroke began
    QPointF m_cursor{-1, -1}; // widget pixels, for the brush outline
};

} // namespace nss
