// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "base/settingranges.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
};

// The order is the order of --help.
const OptionSpec kOptions[] = {
    {"content", "file", QT_TRANSLATE_NOOP("nss", "The photo to repaint.")},
    {"style", "file", QT_TRANSLATE_NOOP("nss", "A painting whose style to use; repeat for several.")},
    {"style-blend", "w1,w2,...", QT_TRANSLATE_NOOP("nss", "Relative weights of the style images, one per --style.")},
    {"style-mask", "file",
     QT_TRANSLATE_NOOP("nss", "Where the style goes: a grey picture over the photo, white where this style applies; one per "
                              "--style, in order (an empty value: none for that style).")},
    {"style-source-mask", "file",
     QT_TRANSLATE_NOOP("nss", "Which part of the painting to use: a grey picture over the painting, white where its "
                              "strokes and colours count; one per --style, in order (an empty value: all of that one).")},
    {"keep-mask", "file",
     QT_TRANSLATE_NOOP("nss", "Where the photo is kept: a grey picture over the photo, white where there is no style and "
                              "the content weight is raised.")},
    {"output", "file", QT_TRANSLATE_NOOP("nss", "Where to write the picture (PNG, JPEG, ... by its suffix).")},
    {"size", "pixels", QT_TRANSLATE_NOOP("nss", "Longest side of the output (default 512); the aspect ratio is kept.")},
    {"steps", "n", QT_TRANSLATE_NOOP("nss", "Optimisation steps (L-BFGS: loss evaluations; default 300).")},
    {"optimizer", "lbfgs|adam", QT_TRANSLATE_NOOP("nss", "The optimiser (default lbfgs).")},
    {"lr", "x", QT_TRANSLATE_NOOP("nss", "Adam's learning rate, on RGB values in 0..1 (default 0.02).")},
    {"lbfgs-history", "n",
     QT_TRANSLATE_NOOP("nss", "How many steps L-BFGS remembers (default 100; at print size the plan may store it in bf16 or shorten it to fit).")},
    {"lbfgs-smoothing", "x",
     QT_TRANSLATE_NOOP("nss", "How much L-BFGS's first guess of the curvature favours smooth changes over fine ones (default 1, "
                              "0 to 3; 0: plain L-BFGS).")},
    {"adam-finish", "x",
     QT_TRANSLATE_NOOP("nss", "The share of the finest scale's L-BFGS steps that Adam takes at the end (default 0.7, "
                              "0 to 0.9; 0: none).")},
    {"content-weight", "x", QT_TRANSLATE_NOOP("nss", "Weight of the content loss (default 1).")},
    {"style-weight", "x", QT_TRANSLATE_NOOP("nss", "Weight of the style loss (default 1e6).")},
    {"tv-weight", "x", QT_TRANSLATE_NOOP("nss", "Weight of the total-variation (smoothness) loss (default 0).")},
    {"style-layers", "layer:w,...",
     QT_TRANSLATE_NOOP("nss", "VGG-19 layers of the style loss with their weights, e.g. conv1_1:0.2,conv2_1:0.2 (a missing "
                              "weight is 1; default conv1_1,conv2_1,conv3_1,conv4_1,conv5_1).")},
    {"content-layers", "layer:w,...",
     QT_TRANSLATE_NOOP("nss", "VGG-19 layers of the content loss with their weights (default conv4_2:1).")},
    {"init", "content|noise|file", QT_TRANSLATE_NOOP("nss", "Start from the photo (default), seeded noise, or an image file.")},
    {"seed", "n", QT_TRANSLATE_NOOP("nss", "Random seed: the same seed, inputs and options give the same bytes (default 0).")},
    {"pooling", "max|avg", QT_TRANSLATE_NOOP("nss", "VGG pooling (default max).")},
    {"keep-colors", "luminance|histogram",
     QT_TRANSLATE_NOOP("nss", "Keep the photo's colours: luminance-only transfer or colour-histogram matching.")},
    {"style-scale", "x", QT_TRANSLATE_NOOP("nss", "Size of the style image relative to the output (default 1).")},
    {"scales", "n",
     QT_TRANSLATE_NOOP(
         "nss", "Coarse to fine: optimise at n sizes, each twice the previous (1: output size only; default 0: automatic).")},
    {"precision", "auto|fp32|bf16|fp16",
     QT_TRANSLATE_NOOP(
         "nss", "Arithmetic of the network (default auto: with Adam bf16 on CPUs that have it and fp16 on CUDA, else fp32).")},
    {"device", "auto|cpu|cuda", QT_TRANSLATE_NOOP("nss", "Where to compute (default auto: a CUDA GPU when there is one).")},
    {"save-every", "n", QT_TRANSLATE_NOOP("nss", "Save a frame every n steps into --frames-dir.")},
    {"frames-dir", "folder",
     QT_TRANSLATE_NOOP("nss", "Folder for the frames (created if missing; every 100 steps unless --save-every).")},
    {"threads", "n", QT_TRANSLATE_NOOP("nss", "LibTorch threads (default: all cores).")},
    {"tile-size", "px",
     QT_TRANSLATE_NOOP("nss", "Paint in tiles with px x px cores, the same result in less memory (default 0: only when the "
                              "whole picture does not fit).")},
};

QString name(const char *text)
{
    return QString::fromLatin1(text);
}

// A named choice (--pooling max): leaves `out` alone when the option is absent; `badValue` is the
// translated message for an unknown name, with %1 for what was given.
template <typename Enum>
Status readEnumOption(const QCommandLineParser &parser, const char *option, std::optional<Enum> (*parse)(const QString &),
                      Enum &out, const QString &badValue)
{
    if (!parser.isSet(name(option)))
        return succeeded();
    const QString text = parser.value(name(option));
    const std::optional<Enum> value = parse(text);
    if (!value)
        return fail(badValue.arg(text));
    out = *value;
    return succeeded();
}

template <typename T, typename Convert>
Expected<T> number(const QCommandLineParser &parser, const char *option, T fallback, Convert convert, const char *expectation)
{
    if (!parser.isSet(name(option)))
        return fallback;
    const QString text = parser.value(name(option));
    bool ok = false;
    const T value = convert(text.trimmed(), &ok);
    if (!ok)
        return fail(tr("--%1 expects %2 (got \"%3\").").arg(name(option), tr(expectation), text));
    return value;
}

Expected<int> integer(const QCommandLineParser &parser, const char *option, int fallback)
{
    return number<int>(
        parser, option, fallback, [](const QString &t, bool *ok) { return t.toInt(ok); },
        QT_TRANSLATE_NOOP("nss", "a whole number"));
}

Expected<double> real(const QCommandLineParser &parser, const char *option, double fallback)
{
    return number<double>(
        parser, option, fallback, [](const QString &t, bool *ok) { return t.toDouble(ok); },
        QT_TRANSLATE_NOOP("nss", "a number"));
}

} // namespace

// --weights is added by the program itself: neural-style's --check-weights reads it too.
void addStyleOptions(QCommandLineParser &parser)
{
    for (const auto &o : kOptions)
        parser.addOption(QCommandLineOption(name(o.name), tr(o.help), name(o.valueName)));
    parser.addOption(QCommandLineOption(
        name("benchmark"),
        tr("Time the run and print one JSON line: size, steps, optimizer, median seconds per step, peak RSS.")));
    parser.addOption(QCommandLineOption(
        name("verbose"), tr("When the engine fails, print the whole error after its one-line message (LibTorch's detail).")));
    parser.addOption(QCommandLineOption(
        name("checkpoint"),
        tr("Save where the run stands to this file every minute and when it is stopped; the same command run again "
           "continues from it. Deleted once the picture is written."),
        name("file")));
}

// Static, not in an anonymous namespace: lupdate gives their tr() calls the context "nss", as
// the rest of the file's.

// Absolute paths: they are embedded in the exported image to make the picture again.
static QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// --content, --style (repeatable) and --style-blend.
static Status readPictureOptions(const QCommandLineParser &parser, StyleSettings &s)
{
    s.contentPath = absolute(parser.value(name("content")));
    if (s.contentPath.isEmpty())
        return fail(tr("Choose the photo to repaint with --content FILE."));
    const QStringList stylePaths = parser.values(name("style"));
    if (stylePaths.isEmpty())
        return fail(tr("Choose at least one style image with --style FILE."));
    QList<double> blend(stylePaths.size(), 1.0);
    if (parser.isSet(name("style-blend"))) {
        const QStringList parts = parser.value(name("style-blend")).split(QLatin1Char(','));
        if (parts.size() != stylePaths.size())
            return fail(tr("--style-blend has %1 weights for %2 style images.").arg(parts.size()).arg(stylePaths.size()));
        for (int i = 0; i < parts.size(); ++i) {
            bool ok = false;
            blend[i] = parts[i].trimmed().toDouble(&ok);
            if (!ok)
                return fail(tr("--style-blend expects numbers separated by commas (got \"%1\").").arg(parts[i]));
        }
    }
    const QStringList maskPaths = parser.values(name("style-mask"));
    if (maskPaths.size() > stylePaths.size())
        return fail(tr("%1 --style-mask files were given for %2 --style images: give at most one per --style, in order.")
                        .arg(maskPaths.size())
                        .arg(stylePaths.size()));
    const QStringList sourceMaskPaths = parser.values(name("style-source-mask"));
    if (sourceMaskPaths.size() > stylePaths.size())
        return fail(tr("%1 --style-source-mask files were given for %2 --style images: give at most one per --style, in order.")
                        .arg(sourceMaskPaths.size())
                        .arg(stylePaths.size()));
    for (int i = 0; i < stylePaths.size(); ++i) {
        s.styles.append(StyleSource{absolute(stylePaths[i]), blend[i], absolute(maskPaths.value(i))});
        s.styles.last().sourceMaskPath = absolute(sourceMaskPaths.value(i));
    }
    s.keepMaskPath = absolute(parser.value(name("keep-mask")));
    return succeeded();
}

// The numeric options; --save-every's value goes to `saveEvery` (0 when not given).
static Status readNumberOptions(const QCommandLineParser &parser, StyleSettings &s, int &saveEvery)
{
    const auto size = integer(parser, "size", s.outputSize);
    const auto steps = integer(parser, "steps", s.steps);
    const auto seed = integer(parser, "seed", 0);
    const auto threads = integer(parser, "threads", s.threads);
    const auto tileSize = integer(parser, "tile-size", s.tileSize);
    const auto every = integer(parser, "save-every", 0);
    const auto scales = integer(parser, "scales", s.scales);
    const auto lr = real(parser, "lr", s.learningRate);
    const auto history = integer(parser, "lbfgs-history", s.lbfgsHistory);
    const auto smoothing = real(parser, "lbfgs-smoothing", s.lbfgsSmoothing);
    const auto finish = real(parser, "adam-finish", s.adamFinish);
    const auto contentWeight = real(parser, "content-weight", s.contentWeight);
    const auto styleWeight = real(parser, "style-weight", s.styleWeight);
    const auto tvWeight = real(parser, "tv-weight", s.tvWeight);
    const auto styleScale = real(parser, "style-scale", s.styleScale);
    for (const QString *error :
         {&size.error(), &steps.error(), &seed.error(), &threads.error(), &tileSize.error(), &every.error(), &scales.error(), &lr.error(),
          &history.error(), &smoothing.error(), &finish.error(), &contentWeight.error(), &styleWeight.error(), &tvWeight.error(), &styleScale.error()})
        if (!error->isEmpty())
            return fail(*error);
    if (seed.value() < 0)
        return fail(tr("--seed expects a whole number from 0 (got %1).").arg(seed.value()));
    s.outputSize = size.value();
    s.steps = steps.value();
    s.seed = static_cast<quint64>(seed.value());
    s.threads = threads.value();
    s.tileSize = tileSize.value();
    s.scales = scales.value();
    s.learningRate = lr.value();
    s.lbfgsHistory = history.value();
    s.lbfgsSmoothing = smoothing.value();
    s.adamFinish = finish.value();
    s.contentWeight = contentWeight.value();
    s.styleWeight = styleWeight.value();
    s.tvWeight = tvWeight.value();
    s.styleScale = styleScale.value();
    saveEvery = every.value();
    return succeeded();
}

// --style-layers and --content-layers: LAYER[:WEIGHT],...
static Status readLayerOptions(const QCommandLineParser &parser, StyleSettings &s)
{
    for (const auto &[option, layers] :
         {std::pair{"style-layers", &s.styleLayers}, std::pair{"content-layers", &s.contentLayers}}) {
        if (!parser.isSet(name(option)))
            continue;
        const auto parsed = layerWeightsFromString(parser.value(name(option)));
        if (!parsed)
            return fail(tr("--%1: %2").arg(name(option), parsed.error()));
        *layers = parsed.value();
    }
    return succeeded();
}

// The named choices and --init.
static Status readChoiceOptions(const QCommandLineParser &parser, StyleSettings &s)
{
    if (auto read = readEnumOption(parser, "optimizer", optimizerFromString, s.optimizer,
                                   tr("--optimizer must be lbfgs or adam (got \"%1\")."));
        !read)
        return fail(read.error());
    if (auto read =
            readEnumOption(parser, "pooling", poolingFromString, s.pooling, tr("--pooling must be max or avg (got \"%1\")."));
        !read)
        return fail(read.error());
    if (auto read = readEnumOption(parser, "precision", precisionFromString, s.precision,
                                   tr("--precision must be auto, fp32, bf16 or fp16 (got \"%1\")."));
        !read)
        return fail(read.error());
    if (auto read =
            readEnumOption(parser, "device", deviceFromString, s.device, tr("--device must be auto, cpu or cuda (got \"%1\")."));
        !read)
        return fail(read.error());
    if (auto read = readEnumOption(parser, "keep-colors", keepColorsFromString, s.keepColors,
                                   tr("--keep-colors must be luminance or histogram (got \"%1\")."));
        !read)
        return fail(read.error());
    if (parser.isSet(name("init"))) {
        const QString init = parser.value(name("init"));
        const auto mode = initModeFromString(init);
        if (mode && *mode != InitMode::Image) {
            s.init = *mode;
        } else {
            s.init = InitMode::Image; // anything else names the image file to start from
            s.initPath = absolute(init);
        }
    }
    return succeeded();
}

// --frames-dir and --save-every, and the frame interval they imply.
static Status readFrameOptions(const QCommandLineParser &parser, int saveEvery, CliRequest &request)
{
    StyleSettings &s = request.settings;
    request.framesDir = parser.value(name("frames-dir"));
    if (saveEvery < 0 || (parser.isSet(name("save-every")) && saveEvery == 0))
        return fail(tr("--save-every expects a number of steps from 1 (got %1).").arg(saveEvery));
    if (saveEvery > 0 && request.framesDir.isEmpty())
        return fail(tr("--save-every needs --frames-dir FOLDER to save the frames into."));
    request.saveEvery = request.framesDir.isEmpty() ? 0 : (saveEvery > 0 ? saveEvery : 100);
    // Frames drive the progress lines too, so there is one at least every 10 steps.
    s.frameEvery = request.saveEvery > 0 ? std::min(request.saveEvery, 10) : 10;
    if (request.saveEvery % s.frameEvery != 0)
        s.frameEvery = request.saveEvery;
    return succeeded();
}

QStringList styleValueOptionNames()
{
    QStringList names;
    for (const auto &o : kOptions)
        names.append(name(o.name));
    return names;
}

Expected<CliRequest> readStyleOptions(const QCommandLineParser &parser, StyleOptionUse use)
{
    CliRequest request;
    StyleSettings &s = request.settings;
    request.benchmark = parser.isSet(name("benchmark"));
    request.verbose = parser.isSet(name("verbose"));
    request.checkpointPath = parser.value(name("checkpoint"));
    if (use != StyleOptionUse::BatchDefaults)
        if (Status read = readPictureOptions(parser, s); !read)
            return fail(read.error());
    request.outputPath = parser.value(name("output"));
    if (request.outputPath.isEmpty() && !request.benchmark && use == StyleOptionUse::SinglePicture)
        return fail(tr("Choose where to write the picture with --output FILE."));
    request.weightsPath = parser.value(name("weights"));
    int saveEvery = 0;
    if (Status read = readNumberOptions(parser, s, saveEvery); !read)
        return fail(read.error());
    if (Status read = readChoiceOptions(parser, s); !read)
        return fail(read.error());
    if (Status read = readLayerOptions(parser, s); !read)
        return fail(read.error());
    if (Status read = readFrameOptions(parser, saveEvery, request); !read)
        return fail(read.error());
    // A batch's defaults have no pictures yet: stand-ins let validate() check everything else.
    StyleSettings checked = s;
    if (use == StyleOptionUse::BatchDefaults) {
        checked.contentPath = QStringLiteral("content");
        checked.styles = {StyleSource{QStringLiteral("style"), 1.0}};
    }
    if (const QString problem = checked.validate(); !problem.isEmpty())
        return fail(problem);
    return request;
}

} // namespace nss
