// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace nss {

class MaskCanvas;

// Run > Paint Masks…: a window beside the studio where the artist paints where each style goes
// and what stays the photo (issue 21). Not modal: the run goes on while it is open, and every
// stroke reaches it at its next step. The masks live in the canvas; this adds the tools.
class MaskEditor : public QDialog
{
    Q_OBJECT

public:
    explicit MaskEditor(QWidget *parent = nullptr);

    MaskCanvas *canvas() const { return m_canvas; }
    // The style list's names (file names, or "Style N"), in order: one layer each.
    void setStyles(const QStringList &names);
    // The colour style `index` is shown in (also used by the window for the layer's swatch).
    static QColor styleColour(int index);

    // Import or export the target layer as a greyscale PNG; messages go to a dialog.
    bool importMask(const QString &path);
    bool exportMask(const QString &path);

private:
    void chooseImport();
    void chooseExport();
    void updateTargets();

    MaskCanvas *m_canvas = nullptr;
    QComboBox *m_target = nullptr;
    QToolButton *m_brush = nullptr;
    QToolButton *m_eraser = nullptr;
    QSlider *m_size = nullptr;
    QSlider *m_softness = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QStringList m_names;
};

} // namespace nss
