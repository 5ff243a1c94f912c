// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QImage>
#include <QString>

#include "base/expected.h"
#include "video/videofile.h"

namespace nss {

// Decodes a video file's pictures one after the other, upright and at the size info() reports.
// Not thread-safe: use one reader from one thread at a time (it may be moved between threads).
class VideoReader
{
public:
    // Opens the file and decodes its first picture, so a file that opens has at least one frame.
    // Fails for everything probeVideo fails for, and for a file with no decodable frame ("has no
    // video frames").
    static Expected<std::unique_ptr<VideoReader>> open(const QString &path);
    ~VideoReader();
    VideoReader(const VideoReader &) = delete;
    VideoReader &operator=(const VideoReader &) = delete;

    // The header's description; frameCount may be an estimate (see VideoInfo).
    const VideoInfo &info() const;

    // The next picture as QImage::Format_RGB32, rotated upright (info().rotation applied) and at
    // info().size, or std::nullopt after the last one. Pictures are returned in display order, one
    // per decoded frame: a clip of variable frame rate gives its frames without their timing.
    // A damaged file gives the pictures that decoded and then, instead of the end, an error: a
    // read or decode error names the frame it stopped at; a file shorter than its header says
    // (truncated: cut while copying or recording) says so. After an error or the end, every later
    // call returns the same.
    Expected<std::optional<QImage>> nextFrame();

    // Pictures returned by nextFrame so far.
    qint64 framesRead() const;

private:
    VideoReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nss
