// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "base/expected.h"
#include "base/styleframe.h"
#include "io/imageexport.h"

namespace nss {

// Called after each file or frame with how many are done out of `total`; returning false stops
// the export (files already written stay).
using ExportProgress = std::function<bool(int done, int total)>;

// "frame-000100.png": the step in the name, zero-padded so that file managers sort by step.
QString frameFileName(int step, ExportFormat format = ExportFormat::Png);

// Where a run's frames go when the user chose `chosen`: that folder when it holds no frame files,
// else a new subfolder named after the run's start (frames-20261201-143000), so the frames of two
// runs never mix and none is replaced.
QString framesFolderForRun(const QString &chosen, const QDateTime &runStarted);

// Writes every frame to `folder` (created when missing, if its parent exists) as
// frame-<step>.<format>, each atomically and with `metadata` embedded at the frame's step.
// A frame file of the same name is replaced. Cancelling gives an error saying how many were saved.
Status exportFrames(const QList<StyleFrame> &frames, const QString &folder, const ExportMetadata &metadata,
                    ExportFormat format = ExportFormat::Png, const ExportProgress &progress = {});

struct TimeLapseOptions
{
    int frameDelayMs = 150; // how long each frame shows
    int lastFrameDelayMs = 2000; // the result is held longer before the loop starts again
    int quality = 85; // 0..100, 100 lossless
    int loopCount = 0; // 0: forever
};

// An animated WebP of the frames in order, each scaled to the size of the last (final) frame,
// with `metadata` in its XMP chunk. Saved atomically; `path` must end in .webp.
Status exportTimeLapse(const QList<StyleFrame> &frames, const QString &path, const ExportMetadata &metadata,
                       const TimeLapseOptions &options = {}, const ExportProgress &progress = {});

} // namespace nss
