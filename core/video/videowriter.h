// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "video/videofile.h"

namespace nss {

// Encodes pictures into a video file, with the sound of another file copied in untouched.
//
// - Codec by the file name's extension: .mp4, .mov, .m4v and .mkv get H.264 (libx264, CRF 18),
//   .webm gets VP9 (libvpx-vp9, CRF 31); both 4:2:0 (yuv420p), BT.601 colours, tagged as such.
// - The frame rate is kept exactly: frame n is shown at n / frameRate.
// - 4:2:0 needs even sizes: an odd width or height is encoded one pixel larger, the last column
//   or row repeated (encodedSize()).
// - Frames are written upright, with no rotation tag: VideoReader's frames (already turned
//   upright) come out the way they were shown.
// - Sound: every audio stream of audioSourcePath is copied packet by packet (remuxed, never
//   re-encoded), so it is bit-identical, with its timestamps as in the source; all of it, also
//   past the last picture. A container that cannot hold the sound's codec (AAC in WebM) is an
//   error from open(); MKV holds every codec.
// - Nothing appears at outPath until finish() succeeds: the video is written to a hidden file
//   beside it and renamed over outPath at the end. A failure, or destroying the writer without
//   finish(), deletes that file and leaves any previous outPath as it was.
// Not thread-safe: use one writer from one thread at a time.
class VideoWriter
{
public:
    // The extensions open() accepts, lower case without the dot.
    static QStringList supportedExtensions();

    // Fails with a readable message for an unknown extension, a folder that does not exist or
    // cannot be written to, a size or frame rate out of range, a missing encoder, or a sound
    // source that cannot be read or whose codec the container cannot hold.
    static Expected<std::unique_ptr<VideoWriter>> open(const QString &outPath, QSize size, FrameRate frameRate,
                                                       const QString &audioSourcePath = {});
    ~VideoWriter();
    VideoWriter(const VideoWriter &) = delete;
    VideoWriter &operator=(const VideoWriter &) = delete;

    // Appends one picture of exactly the size given to open(), in any QImage format (alpha is
    // dropped). A write error (a full disk) ends the video: this and every later call fail, and the
    // partial file is deleted.
    Status writeFrame(const QImage &frame);
    // Flushes the encoder, copies the rest of the sound, completes the file and moves it to
    // outPath. Fails when no frame was written.
    Status finish();

    QSize encodedSize() const;
    qint64 framesWritten() const;

private:
    VideoWriter();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nss
