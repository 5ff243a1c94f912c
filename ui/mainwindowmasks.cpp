// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's region masks (issue 21): the mask painter beside the window, fed with the photo and
// the style list, and every stroke sent to the engine, which applies it at the run's next step.
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include "base/atomicfile.h"
#include "io/imageloader.h"

#include "imagepane.h"
#include "maskcanvas.h"
#include "maskeditor.h"
#include "mainwindow.h"
#include "stylelistpanel.h"

namespace nss {

void MainWindow::createMasks()
{
    m_maskEditor = new MaskEditor(this);
    MaskCanvas *canvas = m_maskEditor->canvas();
    const auto styleNames = [this] {
        QStringList names;
        const QList<StyleSource> sources = m_styles->sources();
        for (int i = 0; i < m_styles->count(); ++i) {
            const QString path = i < sources.size() ? sources[i].path : QString();
            names << (path.isEmpty() ? tr("Style %1").arg(i + 1) : QFileInfo(path).fileName());
        }
        return names;
    };
    connect(m_contentPane, &ImagePane::imageChanged, canvas, [canvas](const QImage &image) { canvas->setPhoto(image); });
    connect(m_styles, &StyleListPanel::changed, m_maskEditor, [this, styleNames] { m_maskEditor->setStyles(styleNames()); });
    connect(canvas, &MaskCanvas::masksChanged, this, [this, canvas] { m_controller->setMasks(canvas->masks()); });
    m_maskEditor->setStyles(styleNames());
    canvas->setPhoto(m_contentPane->image());
}

Expected<StyleSettings> MainWindow::settingsWithMasks(const QString &projectPath) const
{
    const QFileInfo project(projectPath);
    return withMasksIn(currentSettings(), project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral(".masks")));
}

Expected<StyleSettings> MainWindow::withMasksIn(StyleSettings settings, const QString &folderPath) const
{
    const MaskCanvas *canvas = m_maskEditor->canvas();
    if (!canvas->hasMasks())
        return settings;
    const QDir folder(folderPath);
    if (!folder.mkpath(QStringLiteral(".")))
        return fail(tr("Cannot create the folder %1 for the masks.").arg(QDir::toNativeSeparators(folder.path())));
    // Grey PNGs: exactly the painted values, and any image editor opens them.
    const auto write = [&folder](const QImage &mask, const QString &name) -> Expected<QString> {
        const QString path = folder.filePath(name);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!mask.save(&buffer, "PNG"))
            return fail(tr("Cannot encode the mask %1.").arg(name));
        if (Status written = writeFileAtomically(path, bytes); !written)
            return fail(written.error());
        return path;
    };
    for (int i = 0; i < settings.styles.size() && i < canvas->styleCount(); ++i) {
        const QImage mask = canvas->mask(i);
        if (mask.isNull())
            continue;
        const auto path = write(mask, QStringLiteral("style-%1.png").arg(i + 1));
        if (!path)
            return fail(path.error());
        settings.styles[i].maskPath = path.value();
    }
    if (const QImage keep = canvas->mask(MaskCanvas::kKeep); !keep.isNull()) {
        const auto path = write(keep, QStringLiteral("keep.png"));
        if (!path)
            return fail(path.error());
        settings.keepMaskPath = path.value();
    }
    return settings;
}

QStringList MainWindow::restoreMasks(const StyleSettings &settings)
{
    MaskCanvas *canvas = m_maskEditor->canvas();
    canvas->reset();
    QStringList problems;
    const auto restore = [&](int layer, const QString &path) {
        if (path.isEmpty())
            return;
        const auto image = loadImage(path);
        if (!image)
            problems << image.error();
        else if (!canvas->setMask(layer, image.value()))
            problems << tr("The mask %1 does not fit the photo.").arg(QDir::toNativeSeparators(path));
    };
    for (int i = 0; i < settings.styles.size(); ++i)
        restore(i, settings.styles[i].maskPath);
    restore(MaskCanvas::kKeep, settings.keepMaskPath);
    canvas->undoStack()->clear(); // the opened project is where undo starts
    return problems;
}

void MainWindow::openMaskEditor()
{
    m_maskEditor->show();
    m_maskEditor->raise();
    m_maskEditor->activateWindow();
}

} // namespace nss
