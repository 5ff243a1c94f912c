// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include "base/expected.h"
#include "base/runmasks.h"
#include "base/stylesettings.h"

// Torch-free: what the window and the CLI do before a run starts, written once.
namespace nss {

// The decoded pictures of a run. The window takes the content and styles from its panes (a pasted
// picture has no file); the CLI loads them from the settings' paths.
struct RunPictures
{
    QImage content;
    QList<QImage> styles; // one per settings.styles entry
    QImage start; // the start image, when settings.init is InitMode::Image
    RunMasks masks; // from the styles' mask paths and settings.keepMaskPath
    QList<QSize> styleSizes() const;
};

// Fills in what `given` lacks from the settings' paths: the content when it is null, the styles
// when there are none, the start image when settings.init is InitMode::Image, and the masks when
// there are none and the settings name some. The message is the image loader's, naming the file
// and what is wrong with it.
Expected<RunPictures> loadRunPictures(const StyleSettings &settings, RunPictures given = {});

// A run's predicted peak memory (engine/memorymodel.h) against what is free.
struct MemoryFit
{
    qint64 predictedBytes = 0;
    std::optional<qint64> availableBytes; // unknown: the run is allowed
    int largestFittingSize = 0; // when it does not fit: the largest output size that does (0: none)
    int tileSide = 0; // the run is painted in tiles of this core side (memorymodel.h's chooseTiling); 0: whole
    int lbfgsHistory = 0; // the L-BFGS history it keeps
    bool fits() const { return !availableBytes || predictedBytes <= *availableBytes; }
};
// `keptFrames`: frames kept in memory at the output size (predictPeakMemoryBytes).
MemoryFit checkMemoryFit(const StyleSettings &settings, QSize content, const QList<QSize> &styles,
                         std::optional<qint64> availableBytes, int keptFrames = 0);

// For a run that does not fit: what it needs, what is free and the largest size that fits.
QString memoryFitProblem(const StyleSettings &settings, const MemoryFit &fit);

// VGG-19's four poolings need 16 px on the picture's short side: a photo so narrow that its short
// side at settings.outputSize is below that is refused before the run, with the smallest output
// size that works. Empty when the size is fine. (Style images are enlarged instead: styleSizeFor.)
QString pictureSizeProblem(const StyleSettings &settings, QSize content);

// A mask drawn for a picture of another shape would cover the wrong parts: a mask whose aspect ratio
// differs from the photo's by more than 1 % is refused, with both sizes. One of the same shape and
// another size is used resized (maskResizeNote says so). Empty when `masks` can be used.
QString maskProblem(const StyleSettings &settings, QSize content, const RunMasks &masks);
// The 1 % rule alone, and its message for the mask called `name`: for the window's mask painter.
bool maskFitsPhoto(QSize mask, QSize photo);
QString maskShapeProblem(const QString &name, QSize mask, QSize photo);
// The part of each painting to use (StyleSource::sourceMaskPath; issue 21), one per style image
// (null: all of it), read from its file. One whose aspect ratio differs from its painting's by more
// than 1 %, or that is black all over (nothing of the painting left), is refused with a message.
Expected<QList<QImage>> loadSourceMasks(const StyleSettings &settings, const QList<QImage> &styles);
// For the CLI's warning: which masks will be resized to the photo's size; empty when none.
QStringList maskResizeNotes(const StyleSettings &settings, QSize content, const RunMasks &masks);

} // namespace nss
