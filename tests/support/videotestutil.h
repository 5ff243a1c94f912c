// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// tst_videofile's clip: a picture panned by known shifts, and the comparisons its checks make.

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include "video/videoreader.h"

namespace videotest {

using nss::Expected;
using nss::fail;
using nss::VideoReader;

inline constexpr int kFrames = 14;
inline constexpr int kShift = 3; // pixels the picture moves left from one frame to the next
inline const QSize kSize(160, 96);

// A picture with edges everywhere, so a shift is measurable; frame i is a window at x = i * kShift.
inline QImage panorama()
{
    QImage image(kSize.width() + kShift * kFrames, kSize.height(), QImage::Format_RGB32);
    image.fill(QColor(90, 120, 160));
    QPainter painter(&image);
    QRandomGenerator random(23);
    for (int i = 0; i < 60; ++i) {
        painter.fillRect(random.bounded(image.width()) - 10, random.bounded(image.height()) - 10, 8 + random.bounded(24),
                         8 + random.bounded(24), QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)));
    }
    return image;
}

inline QImage sourceFrame(int index)
{
    static const QImage whole = panorama();
    return whole.copy(index * kShift, 0, kSize.width(), kSize.height());
}

inline double meanDifference(const QImage &a, const QImage &b, int shift = 0)
{
    double sum = 0.0;
    qint64 count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x + shift < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x + shift, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
            ++count;
        }
    }
    return sum / (3.0 * double(count));
}

// The shift that best maps `next` onto `previous`: next(x) = previous(x + shift).
inline int measuredShift(const QImage &previous, const QImage &next)
{
    int best = -1;
    double bestDifference = std::numeric_limits<double>::max();
    for (int shift = 0; shift <= 8; ++shift) {
        if (const double difference = meanDifference(next, previous, shift); difference < bestDifference) {
            bestDifference = difference;
            best = shift;
        }
    }
    return best;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline Expected<std::vector<QImage>> readAll(const QString &path)
{
    Expected<std::unique_ptr<VideoReader>> reader = VideoReader::open(path);
    if (!reader)
        return fail(reader.error());
    std::vector<QImage> frames;
    for (;;) {
        Expected<std::optional<QImage>> frame = reader.value()->nextFrame();
        if (!frame)
            return fail(frame.error());
        if (!frame.value())
            return frames;
        frames.push_back(*frame.value());
    }
}

} // namespace videotest
