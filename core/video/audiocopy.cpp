// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/audiocopy_p.h"

#include <cmath>

#include <QCoreApplication>
#include <QFileInfo>

namespace nss::video {

Status AudioCopy::addStreams(const QString &sourcePath, AVFormatContext *output, const QString &outPath)
{
    m_output = output;
    m_outPath = outPath;
    m_sourcePath = sourcePath;
    if (sourcePath.isEmpty())
        return succeeded();
    Expected<InputPtr> input = openInput(sourcePath);
    if (!input)
        return fail(input.error());
    m_input = std::move(input.value());
    m_packet.reset(av_packet_alloc());
    if (!m_packet)
        return fail(QCoreApplication::translate("VideoFile", "Out of memory while opening %1.").arg(quotedName(sourcePath)));

    for (unsigned i = 0; i < m_input->nb_streams; ++i) {
        AVStream *source = m_input->streams[i];
        m_outputIndex.append(-1);
        if (source->codecpar->codec_type != AVMEDIA_TYPE_AUDIO) {
            source->discard = AVDISCARD_ALL;
            continue;
        }
        const AVCodecID codec = source->codecpar->codec_id;
        if (avformat_query_codec(output->oformat, codec, FF_COMPLIANCE_NORMAL) == 0) {
            return fail(QCoreApplication::translate("VideoFile",
                                                    "A %1 file cannot hold the sound of %2, which is %3, and the sound "
                                                    "is copied, not converted. Save as .mkv, which holds any sound.")
                            .arg(QFileInfo(outPath).suffix().toUpper(), quotedName(sourcePath),
                                 QString::fromUtf8(avcodec_get_name(codec))));
        }
        AVStream *copy = avformat_new_stream(output, nullptr);
        if (!copy || avcodec_parameters_copy(copy->codecpar, source->codecpar) < 0)
            return fail(QCoreApplication::translate("VideoFile", "Out of memory while opening %1.").arg(quotedName(sourcePath)));
        copy->codecpar->codec_tag = 0; // the output container's own tag for the codec
        copy->time_base = source->time_base;
        copy->disposition = source->disposition;
        av_dict_copy(&copy->metadata, source->metadata, 0);
        m_outputIndex[int(i)] = copy->index;
        m_done = false;
    }
    return succeeded();
}

Status AudioCopy::writeUntil(double seconds)
{
    while (!m_done) {
        if (!m_holding) {
            const int read = av_read_frame(m_input.get(), m_packet.get());
            if (read == AVERROR_EOF) {
                m_done = true;
                break;
            }
            if (read < 0) {
                return fail(QCoreApplication::translate("VideoFile", "The sound of %1 could not be read: %2.")
                                .arg(quotedName(m_sourcePath), ffmpegError(read)));
            }
            const int index = m_packet->stream_index;
            if (index < 0 || index >= m_outputIndex.size() || m_outputIndex.at(index) < 0) {
                av_packet_unref(m_packet.get());
                continue;
            }
            m_holding = true;
        }
        const AVStream *source = m_input->streams[m_packet->stream_index];
        const int64_t time = m_packet->dts != AV_NOPTS_VALUE ? m_packet->dts : m_packet->pts;
        if (std::isfinite(seconds) && time != AV_NOPTS_VALUE && double(time) * av_q2d(source->time_base) >= seconds)
            break;
        const AVStream *copy = m_output->streams[m_outputIndex.at(m_packet->stream_index)];
        av_packet_rescale_ts(m_packet.get(), source->time_base, copy->time_base);
        m_packet->stream_index = copy->index;
        m_packet->pos = -1;
        m_holding = false;
        if (const int written = av_interleaved_write_frame(m_output, m_packet.get()); written < 0)
            return fail(writeFailedMessage(m_outPath, written));
    }
    return succeeded();
}

} // namespace nss::video
