// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/videofile.h"
#include "video/ffmpegutil_p.h"

namespace nss {

Expected<VideoInfo> probeVideo(const QString &path)
{
    Expected<video::InputPtr> input = video::openInput(path);
    if (!input)
        return fail(input.error());
    return video::describeVideo(input.value().get(), path);
}

bool looksLikeVideo(const QString &path)
{
    return probeVideo(path).ok();
}

bool holdsOnlySound(const QString &path)
{
    Expected<video::InputPtr> input = video::openInput(path);
    if (!input || video::findVideoStream(input.value().get()) >= 0)
        return false;
    const AVFormatContext *context = input.value().get();
    for (unsigned i = 0; i < context->nb_streams; ++i)
        if (context->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            return true;
    return false;
}

} // namespace nss
