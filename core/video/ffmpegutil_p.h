// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/video/: the only header that includes FFmpeg. Owners for FFmpeg's objects, its
// log routed to a Qt category, and the opening and checking shared by probe, reader and writer.

#include <memory>

#include <QLoggingCategory>
#include <QString>

#include "base/expected.h"
#include "video/videofile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace nss::video {

// FFmpeg's own messages (warnings and errors only), hidden unless asked for with
// QT_LOGGING_RULES="nss.video.debug=true"; users see our messages instead.
Q_DECLARE_LOGGING_CATEGORY(lcVideo)

// Routes FFmpeg's log to lcVideo; once per process, called by every entry point.
void routeFfmpegLog();

struct InputCloser
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
struct CodecCloser
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct ScalerFreer
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};
using InputPtr = std::unique_ptr<AVFormatContext, InputCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecCloser>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using ScalerPtr = std::unique_ptr<SwsContext, ScalerFreer>;

// A file as messages name it: "clip.mp4".
QString quotedName(const QString &path);
// FFmpeg's text for an error code ("Invalid data found when processing input").
QString ffmpegError(int code);
// The path as FFmpeg opens it: always the file protocol, so a name like "http:x" or "concat:a|b"
// stays a local file name.
QByteArray ffmpegUrl(const QString &path);
// The message for an FFmpeg write error while writing `outPath` (a full disk, mostly).
QString writeFailedMessage(const QString &outPath, int code);

// Checks that `path` is a readable, non-empty file, opens it with libavformat (local files only,
// also for playlists inside it) and reads its streams' parameters.
Expected<InputPtr> openInput(const QString &path);
// The main picture stream, skipping cover art; -1 when there is none.
int findVideoStream(const AVFormatContext *input);
// The checks and numbers of probeVideo for an opened input: a picture, no video stream, a
// format that is not a video, a codec FFmpeg cannot decode, an absurd size.
Expected<VideoInfo> describeVideo(const AVFormatContext *input, const QString &path);
// Clockwise degrees (0, 90, 180, 270) that turn the stream's pictures upright.
int streamRotation(const AVStream *stream);

// The instruction sets x264 may use here, as its "asm" option names them: all this CPU has but
// AVX-512. x264 0.164's AVX-512 code reads memory it never wrote, so the same frames encoded twice
// came out as different videos, depending on what the heap held before. Empty where x264 decides
// (not x86); "0" (its C code) where the CPU has none of them.
QByteArray x264InstructionSets();
// The same for x86 flags as FFmpeg's av_get_cpu_flags() gives them.
QByteArray x264InstructionSets(int cpuFlags);

} // namespace nss::video
