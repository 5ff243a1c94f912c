// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include "base/expected.h"

namespace nss {

// Frames per second as an exact fraction (FFmpeg's AVRational without FFmpeg's header):
// 30000/1001 stays 30000/1001 and is never rounded to 29.97.
struct FrameRate
{
    int num = 0;
    int den = 1;

    bool isValid() const { return num > 0 && den > 0; }
    double value() const { return isValid() ? double(num) / den : 0.0; }
    friend bool operator==(const FrameRate &, const FrameRate &) = default;
};

// What probeVideo learns from a file's header, without decoding a picture.
struct VideoInfo
{
    // As displayed: after the rotation below (a phone's portrait clip stored as 1920x1080 with
    // rotation 90 is 1080x1920 here, and VideoReader returns 1080x1920 frames).
    QSize size;
    // Clockwise degrees (0, 90, 180 or 270) the stored pictures are turned to be shown upright,
    // from the stream's display matrix; VideoReader applies it.
    int rotation = 0;
    FrameRate frameRate;
    // The container's own frame count where it stores one (MP4, MOV); otherwise, as Matroska and
    // WebM store none, duration times frame rate, and frameCountEstimated is true. Only reading
    // the whole clip (VideoReader) counts exactly.
    qint64 frameCount = 0;
    bool frameCountEstimated = false;
    double durationSeconds = 0.0;
    bool hasAudio = false;
    QString codecName; // FFmpeg's short name of the video codec: "h264", "vp9", "hevc", ...
};

// Reads a video file's header. Fails with a readable message for a missing file, a folder, an
// unreadable or empty file, a picture (PNG, JPEG, ...), a file of no video format, a file with no
// video stream (audio only), an unsupported codec, or a size past kMaxImageSide / kMaxImagePixels
// (io/imageloader.h).
Expected<VideoInfo> probeVideo(const QString &path);

// True when the file's content (not its name) is a video this program reads: a known video
// container or stream with a moving-picture stream. Pictures, also animated GIF/PNG/WebP, which
// the image loader reads, and everything else are false. For telling --content's videos from
// pictures; it opens the file, so it costs a few milliseconds.
bool looksLikeVideo(const QString &path);

// True for a sound file (or a container with sound and no picture): what --content is told when
// it is given one, instead of "not an image".
bool holdsOnlySound(const QString &path);

} // namespace nss
