// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "base/expected.h"
#include "video/ffmpegutil_p.h"

namespace nss::video {

// Copies the audio streams of one file into an output being written, packet by packet: no
// decoding, so the sound stays bit-identical. VideoWriter feeds it as its pictures advance, so
// sound and pictures arrive interleaved and nothing is held in memory for long.
class AudioCopy
{
public:
    // Opens `sourcePath` and adds one output stream per audio stream to `output` (before its
    // header is written). A source without sound adds nothing. Fails when the source cannot be
    // read or `output`'s container cannot hold a stream's codec.
    Status addStreams(const QString &sourcePath, AVFormatContext *output, const QString &outPath);
    // Writes the packets that start before `seconds` (all that are left for infinity).
    // `output`'s header must have been written.
    Status writeUntil(double seconds);

private:
    QString m_sourcePath;
    QString m_outPath;
    InputPtr m_input;
    AVFormatContext *m_output = nullptr;
    QList<int> m_outputIndex; // per source stream: the output stream, or -1
    PacketPtr m_packet;
    bool m_holding = false; // m_packet holds the next packet, not yet due
    bool m_done = true;
};

} // namespace nss::video
