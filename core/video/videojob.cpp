// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/videojob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "base/atomicfile.h"
#include "base/temporaltarget.h"
#include "engine/scaleplan.h"
#include "engine/stylerunner.h"
#include "io/imageexport.h"
#include "io/imageloader.h"
#include "video/opticalflow.h"
#include "video/videoreader.h"
#include "video/videowriter.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text); // lupdate files free tr() calls under the namespace
}

const QString kJobFile = QStringLiteral("job.json");

// Decodes the whole clip once before any work: a damaged file is refused before hours of
// painting, with nothing written, and the frame count is exact (WebM stores none).
Expected<int> countFrames(const QString &path, int maxFrames)
{
    auto reader = VideoReader::open(path);
    if (!reader)
        return fail(reader.error());
    int count = 0;
    while (maxFrames <= 0 || count < maxFrames) {
        auto frame = reader.value()->nextFrame();
        if (!frame)
            return fail(frame.error());
        if (!frame.value().has_value())
            break;
        ++count;
    }
    return count;
}

QString framePath(const QString &folder, int frame)
{
    return QStringLiteral("%1/frame-%2.png").arg(folder).arg(frame, 6, 10, QLatin1Char('0'));
}

// What makes a work folder's frames this job's: the clip, the settings and the video options.
QByteArray describe(const StyleSettings &settings, const VideoOptions &options, const VideoInfo &info)
{
    const QFileInfo clip(options.clipPath);
    const QJsonObject json{
        {QStringLiteral("clip"), clip.absoluteFilePath()},
        {QStringLiteral("clipBytes"), double(clip.size())},
        {QStringLiteral("clipModified"), clip.lastModified().toString(Qt::ISODateWithMs)},
        {QStringLiteral("clipSize"), QStringLiteral("%1x%2").arg(info.size.width()).arg(info.size.height())},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("frameSteps"), options.frameSteps},
        {QStringLiteral("independentFrames"), options.independentFrames},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// The frames 1..n already finished in `folder` for this job; a folder of another job (or none) is
// made ready for a fresh start.
Expected<int> prepareWorkFolder(const QString &folder, const QByteArray &description)
{
    if (!QDir().mkpath(folder))
        return fail(tr("Could not create the frames folder \"%1\".").arg(QDir::toNativeSeparators(folder)));
    QFile job(folder + QLatin1Char('/') + kJobFile);
    const bool same = job.open(QIODevice::ReadOnly) && job.readAll() == description;
    job.close();
    QDir dir(folder);
    if (!same) {
        for (const QString &name : dir.entryList({QStringLiteral("frame-*.png")}, QDir::Files))
            dir.remove(name);
        if (Status written = writeFileAtomically(job.fileName(), description); !written)
            return fail(written.error());
        return 0;
    }
    int done = 0;
    while (QFileInfo::exists(framePath(folder, done + 1)))
        ++done;
    return done;
}

QImage weightPicture(const std::vector<float> &weights, int width, int height)
{
    QImage grey(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *row = grey.scanLine(y);
        for (int x = 0; x < width; ++x)
            row[x] = uchar(std::clamp(weights[size_t(y) * width + x], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    return grey;
}

Expected<QImage> loadFrame(const QString &path)
{
    auto image = loadImage(path);
    if (!image)
        return fail(tr("A finished frame could not be read back (%1); delete the frames folder to start again.").arg(image.error()));
    return image->convertToFormat(QImage::Format_RGB888);
}

// Encodes the finished frames. A long clip takes minutes: says how far it got every second, and
// stops between frames when asked (the frames stay; nothing is written). False: stopped.
Expected<bool> writeVideo(const QString &folder, int frames, QSize size, const VideoInfo &info, const VideoOptions &options,
                          const VideoHooks &hooks)
{
    auto writer = VideoWriter::open(options.outputPath, size, info.frameRate, info.hasAudio ? options.clipPath : QString());
    if (!writer)
        return fail(writer.error());
    QElapsedTimer sinceStatus;
    sinceStatus.start();
    for (int i = 1; i <= frames; ++i) {
        if (hooks.stopRequested && hooks.stopRequested())
            return false; // the writer's destructor removes its unfinished file
        if (hooks.status && sinceStatus.elapsed() >= 1000) {
            hooks.status(tr("Writing the video: frame %1 of %2…").arg(i).arg(frames));
            sinceStatus.restart();
        }
        auto frame = loadFrame(framePath(folder, i));
        if (!frame)
            return fail(frame.error());
        if (Status written = writer.value()->writeFrame(frame.value()); !written)
            return fail(written.error());
    }
    if (Status finished = writer.value()->finish(); !finished)
        return fail(finished.error());
    return true;
}

} // namespace

QString videoOutputFor(const QString &clip, const QString &tag)
{
    const QFileInfo info(clip);
    const QByteArray key = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/videos");
    QDir().mkpath(folder);
    const QString name = info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(key);
    return QStringLiteral("%1/%2.mp4").arg(folder, tag.isEmpty() ? name : name + QLatin1Char('-') + tag);
}

QString workFolderFor(const QString &outputPath)
{
    return outputPath + QStringLiteral(".frames");
}

Expected<VideoResult> runVideo(StyleRunner &runner, const StyleSettings &settings, const QList<QImage> &styles,
                               const VideoOptions &options, const VideoHooks &hooks)
{
    const QString extension = QFileInfo(options.outputPath).suffix().toLower();
    if (!VideoWriter::supportedExtensions().contains(extension))
        return fail(tr("Could not write \"%1\": a video is written as %2.")
                        .arg(QFileInfo(options.outputPath).fileName(), VideoWriter::supportedExtensions().join(QStringLiteral(", "))));
    if (Status writable = checkWritableTarget(options.outputPath); !writable)
        return fail(writable.error()); // before hours of work, not after
    if (hooks.status)
        hooks.status(tr("Reading the clip…"));
    const auto counted = countFrames(options.clipPath, options.maxFrames);
    if (!counted)
        return fail(counted.error());
    auto reader = VideoReader::open(options.clipPath);
    if (!reader)
        return fail(reader.error());
    const VideoInfo info = reader.value()->info();
    const QSize outSize = scaledToLongestSide(info.size, settings.outputSize);
    const QString folder = options.workFolder.isEmpty() ? workFolderFor(options.outputPath) : options.workFolder;
    const auto done = prepareWorkFolder(folder, describe(settings, options, info));
    if (!done)
        return fail(done.error());
    const int total = counted.value();

    VideoResult result;
    result.resumedAt = done.value();
    QImage prevContent, prevOut;
    double errorSum = 0.0, firstSeconds = 0.0, laterSeconds = 0.0;
    int errorCount = 0, laterCount = 0, index = 0, finished = done.value();
    QElapsedTimer clock;
    while (index < total) {
        auto next = reader.value()->nextFrame();
        if (!next)
            return fail(next.error());
        if (!next.value().has_value())
            break;
        ++index;
        if (index < done.value())
            continue; // finished before, and not the one the next frame starts from
        const QImage content = next.value()->scaled(outSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (index == done.value()) { // the last finished frame: the next one's flow and start
            auto saved = loadFrame(framePath(folder, index));
            if (!saved)
                return fail(saved.error());
            prevOut = saved.value();
            prevContent = content;
            continue;
        }
        clock.start();
        StyleSettings frameSettings = settings;
        QImage start;
        std::optional<FlowField> backward;
        std::vector<float> weights;
        if (index > 1) {
            if (hooks.status)
                hooks.status(tr("Optical flow to frame %1…").arg(index));
            auto forward = computeFlow(prevContent, content);
            auto back = computeFlow(content, prevContent);
            if (!forward || !back)
                return fail(tr("Frame %1: %2").arg(index).arg(forward ? back.error() : forward.error()));
            weights = consistencyWeights(forward.value(), back.value());
            backward = std::move(back).value();
        }
        if (backward && !options.independentFrames) {
            start = warpImage(prevOut, *backward).convertToFormat(QImage::Format_RGB888);
            frameSettings.init = InitMode::Image;
            frameSettings.initPath = framePath(folder, index - 1); // warped by the flow
            frameSettings.steps = options.frameSteps;
            frameSettings.scales = 1;
            runner.setTemporalTarget({start, weightPicture(weights, outSize.width(), outSize.height()), options.temporalWeight});
        } else {
            runner.setTemporalTarget({});
        }
        StyleRunHooks runHooks;
        runHooks.status = hooks.status;
        runHooks.stopRequested = hooks.stopRequested;
        runHooks.optimising = hooks.optimising;
        runHooks.preview = hooks.preview;
        const double left = laterCount > 0 ? laterSeconds / laterCount * (total - index + 1) : -1.0;
        runHooks.progress = [&hooks, index, total, left](const StyleProgress &p) {
            if (hooks.progress)
                hooks.progress({index, total, p.step, p.totalSteps, left, p.stepsPerSecond, p.scale, p.scaleCount});
        };
        auto run = runner.run(frameSettings, content, styles, start, runHooks);
        runner.setTemporalTarget({});
        if (!run)
            return fail(tr("Frame %1: %2").arg(index).arg(run.error()));
        if (run->step < run->totalSteps) {
            result.stopped = true;
            break;
        }
        const QImage out = run->image.convertToFormat(QImage::Format_RGB888);
        if (Status saved = exportImage(out, framePath(folder, index), ExportMetadata{frameSettings, run->step, {}, {}},
                                       {ExportFormat::Png, 95, true});
            !saved)
            return fail(saved.error());
        if (backward) {
            errorSum += temporalError(out, prevOut, *backward, weights);
            ++errorCount;
        }
        (index == 1 ? firstSeconds : laterSeconds) += clock.elapsed() / 1000.0;
        laterCount += index > 1;
        finished = index;
        if (hooks.frameDone)
            hooks.frameDone(index, run.value());
        prevOut = out;
        prevContent = content;
        if (hooks.stopRequested && hooks.stopRequested()) {
            result.stopped = true;
            break;
        }
    }
    result.frames = finished;
    result.meanTemporalError = errorCount > 0 ? errorSum / errorCount : 0.0;
    result.firstFrameSeconds = firstSeconds;
    result.laterFrameSeconds = laterCount > 0 ? laterSeconds / laterCount : 0.0;
    if (result.stopped)
        return result;
    if (hooks.status)
        hooks.status(tr("Writing the video…"));
    const auto written = writeVideo(folder, result.frames, outSize, info, options, hooks);
    if (!written)
        return fail(written.error());
    result.stopped = !written.value();
    return result;
}

} // namespace nss
