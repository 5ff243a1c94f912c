// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// Where a run stood, so that another process can continue it (issue 20: a print-size picture takes
// hours, longer than a laptop stays awake). The picture is kept exactly, in float, and so is Adam's
// memory when the run stood in Adam: a continued Adam retraces the uninterrupted run. An L-BFGS
// history is not kept (gigabytes at print size): a continued L-BFGS scale rebuilds it.
// docs/ALGORITHM.md, "Stopping and continuing a long run".
struct RunCheckpoint
{
    QByteArray fingerprint; // runFingerprint() of the run that saved it
    int step = 0; // steps done
    int totalSteps = 0; // settings.steps
    int scale = 0; // the scale in progress, an index into the run's scale plan
    int scaleFirstStep = 0; // the steps done when that scale began
    bool inAdamFinish = false; // the finest scale had handed over to Adam
    double contentWeight = 0.0, styleWeight = 0.0, tvWeight = 0.0; // the latest loss weights
    // The losses of the picture's frame (in a plain Adam run: measured before its last update); a
    // loaded file without them (or with a loss that was not a number) gives totalLoss infinity.
    double contentLoss = 0.0, styleLoss = 0.0, tvLoss = 0.0, totalLoss = 0.0;
    int width = 0, height = 0; // of the picture: the scale's, or the coarser one's before its first step
    QByteArray picture; // float32 in 0..1, planar RGB (3 x height x width), little-endian
    // Adam's memory, when the run stood in Adam (a plain Adam run, or the Adam finish); adamSteps 0:
    // none. Its point (in the finish the last update, while `picture` is the best evaluated) and its
    // two moment estimates, each laid out as `picture`.
    qint64 adamSteps = 0;
    QByteArray adamPoint, adamExpAvg, adamExpAvgSq;
    QDateTime savedAt;
};

// Identifies what a run computes: its settings (less those that change only how it is computed:
// threads, precision, device, tiles, frames, the pictures' paths) and the pictures' pixels. A
// checkpoint continues only the run whose fingerprint it carries.
QByteArray runFingerprint(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                          const QImage &initImage);

// Written atomically (base/atomicfile.h): a crash or a full disk leaves the previous checkpoint whole.
Status saveRunCheckpoint(const QString &path, const RunCheckpoint &checkpoint);
// Every field checked (sizes, counts, the picture's checksum): a damaged file gives a message.
Expected<RunCheckpoint> loadRunCheckpoint(const QString &path);

} // namespace nss
