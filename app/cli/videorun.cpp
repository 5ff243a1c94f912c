// SPDX-License-Identifier: GPL-3.0-or-later
#include "videorun.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>

#include "batchrun.h"
#include "engine/stylerunner.h"
#include "io/imageloader.h"
#include "video/videofile.h"
#include "video/videojob.h"
#include "weights/weightsfile.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

int printError(const QString &message, int status)
{
    std::fprintf(stderr, "neural-style: %s\n", qPrintable(message));
    return status;
}

const char *const kVideoOptions[] = {"temporal-weight", "frame-steps", "frames", "independent-frames"};

QString minutes(double seconds)
{
    return seconds < 90 ? tr("%1 s").arg(qRound(seconds)) : tr("%1 min").arg(seconds / 60.0, 0, 'f', 1);
}

} // namespace

void addVideoOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("temporal-weight"),
                      tr("Video: how strongly each frame keeps to the previous one, moved along with the picture (default "
                         "%1; 0: off). Higher flickers less.")
                          .arg(kDefaultTemporalWeight),
                      QStringLiteral("w")});
    parser.addOption({QStringLiteral("frame-steps"),
                      tr("Video: steps for each frame after the first (default %1); the first takes --steps.").arg(kDefaultFrameSteps),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("frames"), tr("Video: only the first n frames, for a quick look."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("independent-frames"),
                      tr("Video: paint every frame on its own, as a picture (flickers; for comparison).")});
}

bool isVideoRequest(const QCommandLineParser &parser)
{
    const QStringList contents = parser.values(QStringLiteral("content"));
    return contents.size() == 1 && looksLikeVideo(contents.first());
}

QString videoOptionProblem(const QCommandLineParser &parser)
{
    if (const QStringList contents = parser.values(QStringLiteral("content")); contents.size() == 1 && holdsOnlySound(contents.first()))
        return probeVideo(contents.first()).error(); // "... has no video stream: it holds only sound."
    for (const char *option : kVideoOptions)
        if (parser.isSet(QString::fromLatin1(option)))
            return tr("--%1 is for videos, and --content is not one.").arg(QString::fromLatin1(option));
    return {};
}

int runVideoRequest(const QCommandLineParser &parser, const CliRequest &request, const std::function<bool()> &stopRequested)
{
    VideoOptions options;
    options.clipPath = request.settings.contentPath;
    options.outputPath = request.outputPath;
    options.workFolder = request.framesDir;
    bool ok = true;
    if (parser.isSet(QStringLiteral("temporal-weight")))
        options.temporalWeight = parser.value(QStringLiteral("temporal-weight")).toDouble(&ok);
    if (!ok || options.temporalWeight < 0.0 || options.temporalWeight > 1e9)
        return printError(tr("--temporal-weight takes a number from 0 to 1e9."), ExitBadRequest);
    if (parser.isSet(QStringLiteral("frame-steps")))
        options.frameSteps = parser.value(QStringLiteral("frame-steps")).toInt(&ok);
    if (!ok || options.frameSteps < 1 || options.frameSteps > 100000)
        return printError(tr("--frame-steps takes a whole number from 1 to 100000."), ExitBadRequest);
    if (parser.isSet(QStringLiteral("frames")))
        options.maxFrames = parser.value(QStringLiteral("frames")).toInt(&ok);
    if (!ok || options.maxFrames < 0)
        return printError(tr("--frames takes a whole number of frames (0: all)."), ExitBadRequest);
    options.independentFrames = parser.isSet(QStringLiteral("independent-frames"));
    if (options.outputPath.isEmpty())
        return printError(tr("--output names the video to write (.mp4, .mov, .mkv or .webm)."), ExitBadRequest);
    if (!request.settings.keepMaskPath.isEmpty()
        || std::any_of(request.settings.styles.begin(), request.settings.styles.end(),
                       [](const StyleSource &s) { return !s.maskPath.isEmpty(); }))
        return printError(tr("Region masks are not used with videos yet: run without --mask and --keep-mask."), ExitBadRequest);

    const auto weights = locateWeights(request.weightsPath);
    if (!weights)
        return printError(weights.error(), ExitBadRequest);
    QList<QImage> styles;
    for (const StyleSource &style : request.settings.styles) {
        auto image = loadImage(style.path);
        if (!image)
            return printError(image.error(), ExitBadRequest);
        styles.append(std::move(image).value());
    }
    if (const auto info = probeVideo(options.clipPath); !info)
        return printError(info.error(), ExitBadRequest);

    StyleRunner runner;
    runner.setNetworkFile(weights.value());
    VideoHooks hooks;
    hooks.status = [](const QString &message) { printLine(message); };
    hooks.stopRequested = stopRequested;
    int lastPrinted = -1;
    hooks.progress = [&lastPrinted](const VideoProgress &p) {
        if (p.step != p.steps && p.step - lastPrinted < 20 && p.step > lastPrinted)
            return;
        lastPrinted = p.step == p.steps ? -1 : p.step;
        const QString left = p.secondsLeft >= 0 ? tr(", about %1 left for the clip").arg(minutes(p.secondsLeft)) : QString();
        printLine(tr("frame %1 of %2: step %3 of %4%5").arg(p.frame).arg(p.frames).arg(p.step).arg(p.steps).arg(left));
    };
    // Each frame's own loss, without the temporal term: how close to the style and the content a
    // frame came in its steps (bench/video.py compares them across --frame-steps).
    hooks.frameDone = [](int frame, const StyleFrame &f) {
        printLine(tr("frame %1 done: content %2, style %3").arg(frame).arg(f.contentLoss, 0, 'g', 6).arg(f.styleLoss, 0, 'g', 6));
    };
    const auto result = runVideo(runner, request.settings, styles, options, hooks);
    if (!result)
        return printError(result.error(), stopRequested() ? ExitInterrupted : ExitFailed);
    if (result->stopped) {
        printLine(tr("Stopped after frame %1; the finished frames are in %2: run the same command again to go on.")
                      .arg(result->frames)
                      .arg(QDir::toNativeSeparators(options.workFolder.isEmpty() ? workFolderFor(options.outputPath) : options.workFolder)));
        return ExitInterrupted;
    }
    if (result->resumedAt > 0)
        printLine(tr("Resumed after frame %1.").arg(result->resumedAt));
    if (result->resumedAt == result->frames) {
        printLine(tr("Wrote %1 (%2 frames, all painted before).").arg(options.outputPath).arg(result->frames));
        return ExitOk;
    }
    if (result->resumedAt > 0) { // the numbers are of the frames painted now, all after the first
        printLine(tr("Wrote %1 (%2 frames, %3 painted now). Temporal error %4; %5 s for each frame painted now.")
                      .arg(options.outputPath)
                      .arg(result->frames)
                      .arg(result->frames - result->resumedAt)
                      .arg(result->meanTemporalError, 0, 'g', 3)
                      .arg(result->laterFrameSeconds, 0, 'f', 1));
        return ExitOk;
    }
    printLine(tr("Wrote %1 (%2 frames). Temporal error %3; %4 s for the first frame, %5 s for each later one.")
                  .arg(options.outputPath)
                  .arg(result->frames)
                  .arg(result->meanTemporalError, 0, 'g', 3)
                  .arg(result->firstFrameSeconds, 0, 'f', 1)
                  .arg(result->laterFrameSeconds, 0, 'f', 1));
    return ExitOk;
}

} // namespace nss
