// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>

// Video clips for tests, made at test time with the ffmpeg program (tools/bootstrap-debian
// installs it) and never committed.
namespace testclips {

inline bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty();
}

// A textured picture (seeded rectangles and discs) larger than the clip, to pan over.
inline QImage texture(int w, int h, quint32 seed)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(120, 130, 140));
    QRandomGenerator rng(seed);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < w * h / 60; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(int(rng.bounded(256)), int(rng.bounded(256)), int(rng.bounded(256))));
        const int x = int(rng.bounded(w)), y = int(rng.bounded(h)), s = 3 + int(rng.bounded(10));
        if (i % 2)
            painter.drawEllipse(x, y, s, s);
        else
            painter.drawRect(x, y, s, s);
    }
    return image;
}

// `frames` frames of `size` panned over a texture by (dx, dy) pixels a frame, at `fps`, H.264 in
// MP4, with a 440 Hz sine tone in AAC when `withAudio`. Returns the path, or an empty string
// (ffmpeg's error in *error) when ffmpeg failed.
inline QString pannedClip(const QString &folder, const QString &name, int frames, int fps, QSize size, int dx, int dy,
                          bool withAudio, QString *error = nullptr)
{
    const QImage wide = texture(size.width() + frames * std::abs(dx) + 8, size.height() + frames * std::abs(dy) + 8, 11);
    const QString pictures = folder + QStringLiteral("/") + name + QStringLiteral(".src");
    QDir().mkpath(pictures);
    for (int i = 0; i < frames; ++i) {
        const int x = 4 + (dx >= 0 ? i * dx : (frames - 1 - i) * -dx), y = 4 + (dy >= 0 ? i * dy : (frames - 1 - i) * -dy);
        wide.copy(x, y, size.width(), size.height()).save(pictures + QStringLiteral("/f%1.png").arg(i, 3, 10, QLatin1Char('0')));
    }
    const QString out = folder + QStringLiteral("/") + name;
    QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-framerate"),
                     QString::number(fps), QStringLiteral("-i"), pictures + QStringLiteral("/f%03d.png")};
    if (withAudio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:sample_rate=44100:duration=%1").arg(double(frames) / fps);
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p");
    if (withAudio)
        args << QStringLiteral("-c:a") << QStringLiteral("aac");
    args << out;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(ffmpeg.readAllStandardError());
        return {};
    }
    return out;
}

// The MD5 of a file's audio packets, copied as they are (ffmpeg -c copy -f md5): equal for
// bit-identical audio streams.
inline QByteArray audioMd5(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                                            QStringLiteral("-map"), QStringLiteral("0:a"), QStringLiteral("-c"),
                                            QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("md5"), QStringLiteral("-")});
    ffmpeg.waitForFinished(60000);
    return ffmpeg.exitCode() == 0 ? ffmpeg.readAllStandardOutput().trimmed() : QByteArray();
}

} // namespace testclips
