// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include "base/expected.h"
#include "base/styleframe.h"
#include "base/stylesettings.h"

namespace nss {

class StyleRunner;

// Temporal consistency (Ruder et al. 2016) as measured on the benchmark clips: docs/ALGORITHM.md,
// "Video", and docs/PERFORMANCE.md, "Video".
constexpr double kDefaultTemporalWeight = 800.0;
constexpr int kDefaultFrameSteps = 60;

struct VideoOptions
{
    QString clipPath; // the content: any video FFmpeg reads
    QString outputPath; // .mp4, .mov, .m4v, .mkv (H.264) or .webm (VP9); the clip's sound is copied
    QString workFolder; // the finished frames; empty: workFolderFor(outputPath)
    double temporalWeight = kDefaultTemporalWeight; // 0: frames do not pull towards the previous one
    int frameSteps = kDefaultFrameSteps; // steps of each frame after the first (one scale)
    int maxFrames = 0; // only the first N frames, for a quick look; 0: all
    // Every frame its own run from its content with the first frame's settings: no flow, no
    // temporal loss. The flickering baseline the benchmark and the tests compare against.
    bool independentFrames = false;
};

// Where the window and its queue write a clip's video (and keep its frames) until it is exported:
// <AppLocalDataLocation>/videos/<name>-<hash of the clip's path>.mp4, one place per clip, so Start
// on the same clip after a stop goes on from the last finished frame. A `tag` (the queue's job id)
// gives another job on the same clip a place of its own.
QString videoOutputFor(const QString &clip, const QString &tag = {});

struct VideoProgress
{
    int frame = 0; // 1-based, the frame being painted
    int frames = 0; // in the clip (or maxFrames), counted
    int step = 0; // of that frame's run
    int steps = 0;
    double secondsLeft = -1.0; // for the whole clip; negative until one later frame has finished
    double stepsPerSecond = 0.0; // the frame's run: its recent rate
    int scale = 0, scaleCount = 0; // the frame's run: coarse to fine for the first frame, one scale after
};

struct VideoHooks
{
    std::function<void(const QString &)> status;
    std::function<void(const VideoProgress &)> progress;
    std::function<void(int frame, const StyleFrame &)> frameDone; // 1-based; the frame's run's last frame
    std::function<void()> optimising; // a frame's setup is done: its first step starts (StyleRunHooks)
    std::function<void(const StyleFrame &)> preview; // the frame in progress, display size (StyleRunHooks)
    std::function<bool()> stopRequested; // polled between frames; runner.cancel() stops within one
};

struct VideoResult
{
    int frames = 0; // stylised and written
    int resumedAt = 0; // frames found finished in the work folder (0: a fresh start)
    bool stopped = false; // by stopRequested or a cancel: no video written, the frames kept
    double meanTemporalError = 0.0; // the flicker metric over frames 2..n (opticalflow.h)
    double firstFrameSeconds = 0.0, laterFrameSeconds = 0.0; // mean wall time of those painted now
};

// "<output>.frames" beside the output: where a video job keeps its finished frames.
QString workFolderFor(const QString &outputPath);

// Stylises a clip frame by frame and writes the video. The first frame takes the normal
// multi-scale run of `settings`; each later frame starts from the previous result warped by the
// optical flow (DIS, forward and backward) and runs `frameSteps` steps at the output size, with
// the temporal loss pulling towards that warped picture where the flow is trusted. Each finished
// frame is saved to the work folder at once (with the job's description): a stopped or crashed
// job run again with the same settings resumes after the last finished frame and gives the same
// video. A work folder of another job is started afresh. Errors (a corrupt clip, a full disk)
// come back as messages; the finished frames stay.
Expected<VideoResult> runVideo(StyleRunner &runner, const StyleSettings &settings, const QList<QImage> &styles,
                               const VideoOptions &options, const VideoHooks &hooks = {});

} // namespace nss
