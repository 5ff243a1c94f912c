// SPDX-License-Identifier: GPL-3.0-or-later
// nss-live: how soon the picture moves after Start (issue 19). For each content/style pair, a
// fresh StyleRunner (so the weights load as at the window's first Start: from the float32 cache
// once it exists) runs the default settings at --size, and the time from run() to each status
// message, to each of the first previews and to the first kept frame is printed, with how far
// each preview is from the photo (mean absolute difference, 8-bit levels). One JSON line per pair.
// Stops at the first kept frame (step 100 by default).
//
//   build/ci/bench/nss-live --weights build/ci/fixtures/vgg19-legacy.pth --size 512
//       --pair /tmp/nss-pairs/content-astronaut-wave.png,/tmp/nss-pairs/style-astronaut-wave.png ...

#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/runtime.h"
#include "engine/stylerunner.h"
#include "io/imageloader.h"

using namespace nss;

namespace {

// Mean absolute difference per channel, in 8-bit levels, of `picture` against `photo` brought to
// its size the way the preview is drawn.
double distanceFromPhoto(const QImage &picture, const QImage &photo)
{
    const QImage a = picture.convertToFormat(QImage::Format_RGB888);
    const QImage b =
        photo.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB888);
    double sum = 0.0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *pa = a.constScanLine(y);
        const uchar *pb = b.constScanLine(y);
        for (int x = 0; x < a.width() * 3; ++x)
            sum += std::abs(int(pa[x]) - int(pb[x]));
    }
    return sum / (double(a.width()) * a.height() * 3);
}

QJsonObject measure(const QString &weights, const QString &contentPath, const QString &stylePath, int size, int previews)
{
    auto loadedContent = loadImage(contentPath);
    auto loadedStyle = loadImage(stylePath);
    if (!loadedContent || !loadedStyle)
        return QJsonObject{{QStringLiteral("error"), loadedContent ? loadedStyle.error() : loadedContent.error()}};
    const QImage content = loadedContent.value();
    const QImage style = loadedStyle.value();
    StyleSettings settings; // the window's defaults: L-BFGS, automatic scales, a frame every 100 steps
    settings.contentPath = contentPath;
    settings.styles = {StyleSource{stylePath, 1.0}};
    settings.outputSize = size;
    StyleRunner runner;
    runner.setNetworkFile(weights);
    QElapsedTimer clock;
    QJsonArray statuses, shown;
    double firstFrame = -1.0;
    StyleRunHooks hooks;
    hooks.status = [&](const QString &message) {
        statuses.append(QJsonObject{{QStringLiteral("s"), clock.elapsed() / 1000.0}, {QStringLiteral("status"), message}});
    };
    hooks.preview = [&](const StyleFrame &preview) {
        shown.append(QJsonObject{{QStringLiteral("s"), clock.elapsed() / 1000.0},
                                 {QStringLiteral("step"), preview.step},
                                 {QStringLiteral("diff"), std::round(distanceFromPhoto(preview.image, content) * 10) / 10}});
        if (shown.size() >= previews && firstFrame >= 0.0)
            runner.cancel();
    };
    hooks.frame = [&](const StyleFrame &frame) {
        if (firstFrame < 0.0)
            firstFrame = clock.elapsed() / 1000.0;
        if (shown.size() >= previews)
            runner.cancel();
    };
    clock.start();
    const auto result = runner.run(settings, content, {style}, QImage(), hooks);
    QJsonObject line{{QStringLiteral("content"), QFileInfo(contentPath).fileName()},
                     {QStringLiteral("style"), QFileInfo(stylePath).fileName()},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("statuses"), statuses},
                     {QStringLiteral("previews"), shown},
                     {QStringLiteral("firstFrameSeconds"), firstFrame}};
    if (!result)
        line.insert(QStringLiteral("error"), result.error());
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("weights"), QStringLiteral("VGG-19 weights file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Output size (512)."), QStringLiteral("px"), QStringLiteral("512")});
    parser.addOption(
        {QStringLiteral("previews"), QStringLiteral("Previews to time (5)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (all cores)."), QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("pair"), QStringLiteral("content,style (repeatable)."), QStringLiteral("files")});
    parser.process(app);
    applyThreadCount(parser.value(QStringLiteral("threads")).toInt());
    for (const QString &pair : parser.values(QStringLiteral("pair"))) {
        const QStringList files = pair.split(QLatin1Char(','));
        if (files.size() != 2) {
            std::fprintf(stderr, "nss-live: --pair wants content,style: %s\n", qPrintable(pair));
            return 2;
        }
        const QJsonObject line =
            measure(parser.value(QStringLiteral("weights")), files[0], files[1], parser.value(QStringLiteral("size")).toInt(),
                    parser.value(QStringLiteral("previews")).toInt());
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
