// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCommandLineParser>
#include <QString>

#include "cliargs.h"

namespace nss {

// Video (issue 23): `neural-style --content clip.mp4 --style painting.jpg --output out.mp4`. A
// video is told from a picture by its content, not its name (video/videofile.h, looksLikeVideo).

// --temporal-weight, --frame-steps, --frames and --independent-frames.
void addVideoOptions(QCommandLineParser &parser);
// One --content, and it is a video.
bool isVideoRequest(const QCommandLineParser &parser);
// For a content that is not a video: a sound file named as such, or the video options given;
// empty when there is nothing wrong.
QString videoOptionProblem(const QCommandLineParser &parser);
// Stylises the clip (video/videojob.h) with progress on stderr; --frames-dir is the work folder
// (default: the output's name + ".frames"). Returns the exit status (batchrun.h's CliExitStatus).
int runVideoRequest(const QCommandLineParser &parser, const CliRequest &request, const std::function<bool()> &stopRequested);

} // namespace nss
