// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/frameexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "base/atomicfile.h"
#include "base/filenames.h"
#include "io/webpcodec.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

} // namespace

QString frameFileName(int step, ExportFormat format)
{
    return QStringLiteral("frame-%1.%2").arg(step, 6, 10, QLatin1Char('0')).arg(exportFormatSuffix(format));
}

QString framesFolderForRun(const QString &chosen, const QDateTime &runStarted)
{
    const QStringList existing =
        QDir(chosen).entryList({QStringLiteral("frame-*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    if (existing.isEmpty())
        return chosen;
    const QString base = QStringLiteral("frames-") + runStarted.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(chosen).filePath(name)); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return QDir(chosen).filePath(name);
}

Status exportFrames(const QList<StyleFrame> &frames, const QString &folder, const ExportMetadata &metadata, ExportFormat format,
                    const ExportProgress &progress)
{
    if (frames.isEmpty())
        return fail(tr("There are no frames to export yet."));
    const QFileInfo info(folder);
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && !info.isDir())
        return fail(tr("Could not export the frames: %1 is a file, not a folder.").arg(where));
    if (!info.exists()) {
        if (!QFileInfo(info.absolutePath()).isDir())
            return fail(tr("Could not export the frames: the folder %1 does not exist.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!QDir().mkdir(info.absoluteFilePath()))
            return fail(tr("Could not export the frames: the folder %1 could not be created.").arg(where));
    }
    const QDir dir(info.absoluteFilePath());
    ExportMetadata frameMetadata = metadata;
    for (int i = 0; i < frames.size(); ++i) {
        frameMetadata.step = frames[i].step;
        const QString path = dir.filePath(frameFileName(frames[i].step, format));
        if (Status saved = exportImage(frames[i].image, path, frameMetadata, {format, 95}); !saved)
            return fail(tr("Frame %1 of %2: %3").arg(i + 1).arg(frames.size()).arg(saved.error()));
        if (progress && !progress(i + 1, int(frames.size())) && i + 1 < frames.size())
            return fail(tr("Export cancelled: %1 of %2 frames were saved in %3.").arg(i + 1).arg(frames.size()).arg(where));
    }
    return succeeded();
}

Status exportTimeLapse(const QList<StyleFrame> &frames, const QString &path, const ExportMetadata &metadata,
                       const TimeLapseOptions &options, const ExportProgress &progress)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("webp"), Qt::CaseInsensitive) != 0)
        return fail(
            tr("Could not save %1: a time-lapse is an animated WebP; use the .webp extension.").arg(quotedFileName(path)));
    if (frames.isEmpty())
        return fail(tr("There are no frames to make a time-lapse of yet."));
    if (options.frameDelayMs <= 0 || options.lastFrameDelayMs <= 0)
        return fail(tr("The time-lapse frame delay must be at least 1 ms."));
    if (Status target = checkWritableTarget(path); !target)
        return target;

    const QSize size = frames.last().image.size();
    const int total = int(frames.size()) + 1; // the last step is assembling the file
    WebpAnimation animation(size, options.quality, options.loopCount);
    int timestamp = 0;
    for (int i = 0; i < frames.size(); ++i) {
        const QImage &image = frames[i].image;
        if (image.isNull())
            return fail(tr("Could not save %1: frame %2 has no image.").arg(quotedFileName(path)).arg(i + 1));
        const QImage scaled = image.size() == size ? image : image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (Status added = animation.add(scaled, timestamp); !added)
            return fail(tr("Could not save %1: %2.").arg(quotedFileName(path), added.error()));
        timestamp += i + 1 < frames.size() ? options.frameDelayMs : options.lastFrameDelayMs;
        if (progress && !progress(i + 1, total))
            return fail(tr("Time-lapse cancelled; %1 was not written.").arg(quotedFileName(path)));
    }
    ExportMetadata finalMetadata = metadata;
    finalMetadata.step = frames.last().step;
    Expected<QByteArray> bytes = animation.finish(timestamp, metadataXmp(finalMetadata));
    if (!bytes)
        return fail(tr("Could not save %1: %2.").arg(quotedFileName(path), bytes.error()));
    Status written = writeFileAtomically(path, bytes.value());
    if (written && progress)
        progress(total, total);
    return written;
}

} // namespace nss
