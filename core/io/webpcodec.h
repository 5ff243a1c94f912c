// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include "base/expected.h"

namespace nss {

// libwebp directly, because Qt's WebP plugin writes no metadata and no animation.
// `quality` 0..100 is lossy; 100 means lossless. `xmp`, when not empty, is stored as the file's
// XMP chunk (the WebP container's place for metadata).
Expected<QByteArray> encodeWebp(const QImage &image, int quality, const QByteArray &xmp);

// The XMP chunk of a WebP file, still or animated; nullopt when the file has none or is no WebP.
std::optional<QByteArray> webpXmp(const QByteArray &webp);

bool looksLikeWebp(const QByteArray &head);

// An animated WebP built frame by frame (WebPAnimEncoder); every frame must have `size`.
class WebpAnimation
{
    // tr() in the members uses the context lupdate gives them (the file's tr() wrapper has "nss").
    Q_DECLARE_TR_FUNCTIONS(nss::WebpAnimation)

public:
    WebpAnimation(QSize size, int quality, int loopCount = 0);
    ~WebpAnimation();
    WebpAnimation(const WebpAnimation &) = delete;
    WebpAnimation &operator=(const WebpAnimation &) = delete;

    // `timestampMs` is when the frame appears; each frame lasts until the next one's timestamp.
    Status add(const QImage &frame, int timestampMs);
    // `endMs` is when the last frame ends. The encoder cannot be used afterwards.
    Expected<QByteArray> finish(int endMs, const QByteArray &xmp);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nss
