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
// hours, longer than a laptop stays awake). The picture is kept exactly, in float; the optimiser's
// memory is not (an L-BFGS history is gigabytes at print size): a resumed scale rebuilds it, and a
// resumed Adam starts its moments afresh. docs/ALGORITHM.md, "Stopping and continuing a long run".
struct RunCheckpoint
{
    QByteArray fingerprint; // runFingerprint() of the run that saved it
    int step = 0; // steps done
    int totalSteps = 0; // settings.steps
    int scale = 0; // the scale in progress, an index into the run's scale plan
    int scaleFirstStep = 0; // the steps done when that scale began
    bool inAdamFinish = false; // the finest scale had handed over to Adam
    double contentWeight = 0.0, styleWeight = 0.0, tvWeight = 0.0; // the latest loss weights
    int width = 0, height = 0; // of the picture: the scale's, or the coarser one's before its first step
    QByteArray picture; // float32 in 0..1, planar RGB (3 x height x width), little-endian
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
