// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <vector>

#include <signal.h>
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "base/atomicfile.h"
#include "base/translations.h"
#include "batchargs.h"
#include "batchrun.h"
#include "cliargs.h"
#include "engine/runpreparation.h"
#include "engine/runtime.h"
#include "engine/stylerunner.h"
#include "io/imageexport.h"
#include "io/runcheckpoint.h"
#include "nss_version.h"
#include "videorun.h"
#include "weights/weightsfile.h"

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "neural-style: %s\n", qPrintable(message));
}

// Checked before the run so a typo does not cost minutes of work.
QString outputProblem(const QString &path)
{
    if (!nss::exportFormatFromPath(path))
        return QCoreApplication::translate("main", "Cannot write %1: unknown image type \"%2\" (use .png, .jpg, .tif or .webp).")
            .arg(path, QFileInfo(path).suffix());
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return QCoreApplication::translate("main", "Cannot write %1: the folder %2 does not exist or is not writable.")
            .arg(path, dir.filePath());
    return {};
}

// Ctrl+C or a SIGTERM asks the run to stop at its next step, so the picture so far is written
// (in a batch: the job in progress stops and is not written, batchrun.h). A second signal ends the program at once (SA_RESETHAND restores the default action).
volatile std::sig_atomic_t g_stopSignal = 0;

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

void installStopHandlers()
{
    struct sigaction action
    { };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

} // namespace

namespace {

// --check-weights: what the file holds, printed; the reading and checking is nss::inspectWeightsFile.
int checkWeights(const QString &requested, bool withChecksum)
{
    const auto located = nss::locateWeights(requested);
    if (!located) {
        std::fprintf(stderr, "neural-style: %s\n", qPrintable(located.error()));
        return 1;
    }
    const auto info = nss::inspectWeightsFile(located.value(), withChecksum);
    if (!info) {
        std::fprintf(stderr, "neural-style: %s\n", qPrintable(info.error()));
        return 1;
    }
    std::printf("%s\n  %s\n  %s\n  %s\n", qPrintable(info->path),
                qPrintable(QCoreApplication::translate("main", "format: %1").arg(nss::formatName(info->format))),
                qPrintable(QCoreApplication::translate("main", "size: %1 bytes").arg(info->fileSize)),
                qPrintable(QCoreApplication::translate("main", "tensors: %1").arg(info->tensorCount)));
    std::printf("  %s\n", qPrintable(QCoreApplication::translate("main", "variant: %1").arg(info->variant)));
    if (!info->sha256.isEmpty()) {
        const bool official = info->sha256.startsWith(nss::officialWeightsSha256Prefix());
        std::printf("  SHA-256: %s %s\n", qPrintable(info->sha256),
                    official ? qPrintable(QCoreApplication::translate("main", "(torchvision's official file)")) : "");
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "VGG-19 convolutions found: %1 of %2")
                                       .arg(info->vggLayers.size())
                                       .arg(nss::vgg19ConvLayers().size())));
    for (const QString &layer : info->vggLayers)
        std::printf("  %s\n", qPrintable(layer));
    if (!info->vggProblem.isEmpty()) {
        std::fprintf(stderr, "neural-style: %s\n", qPrintable(info->vggProblem));
        return 1;
    }
    return 0;
}

} // namespace

namespace {

// --benchmark: one JSON line with the median seconds per step and the peak memory.
void printBenchmark(const nss::StyleSettings &settings, const nss::StyleFrame &result, std::vector<qint64> stepEnds)
{
    std::vector<double> perStep;
    for (size_t i = 0; i < stepEnds.size(); ++i)
        perStep.push_back((stepEnds[i] - (i == 0 ? 0 : stepEnds[i - 1])) / 1.0e9);
    std::sort(perStep.begin(), perStep.end());
    const double median = perStep.empty()
                              ? 0.0
                              : (perStep.size() % 2 ? perStep[perStep.size() / 2]
                                                    : 0.5 * (perStep[perStep.size() / 2 - 1] + perStep[perStep.size() / 2]));
    const QJsonObject line{
        {QStringLiteral("width"), result.image.width()},
        {QStringLiteral("height"), result.image.height()},
        {QStringLiteral("size"), settings.outputSize},
        {QStringLiteral("steps"), result.step},
        {QStringLiteral("optimizer"), nss::toString(settings.optimizer)},
        {QStringLiteral("threads"), nss::threadCount()},
        {QStringLiteral("seconds_per_step_median"), median},
        {QStringLiteral("peak_rss_mib"), peakRssMiB()},
    };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

// What is checked before the run, so a typo does not cost minutes of work: the output and frames
// folders, the network file, the pictures and the memory. Exit status 2 when something is wrong.
int prepare(const nss::CliRequest &request, QString *networkFile, nss::RunPictures *pictures)
{
    const nss::StyleSettings &settings = request.settings;
    if (!request.outputPath.isEmpty())
        if (const QString problem = outputProblem(request.outputPath); !problem.isEmpty()) {
            printError(problem);
            return 2;
        }
    if (!request.framesDir.isEmpty() && !QDir().mkpath(request.framesDir)) {
        printError(QCoreApplication::translate("main", "Cannot create the frames folder %1.").arg(request.framesDir));
        return 2;
    }
    const auto weights = nss::locateWeights(request.weightsPath);
    if (!weights) {
        printError(weights.error());
        return 2;
    }
    *networkFile = weights.value();
    const auto loaded = nss::loadCheckedPictures(settings);
    if (!loaded) {
        printError(loaded.error());
        return 2;
    }
    *pictures = loaded.value();
    for (const QString &note : nss::maskResizeNotes(settings, pictures->content.size(), pictures->masks))
        std::fprintf(stderr, "%s\n", qPrintable(note));
    return 0;
}

// Frames are reported as they fail and the run goes on: a full disk or a bad folder must not
// cost the picture, which is written at the end whatever happened to the frames.
class FrameSaver
{
public:
    FrameSaver(const nss::CliRequest &request)
        : m_request(request)
    { }

    void frameArrived(const nss::StyleFrame &frame)
    {
        if (m_request.saveEvery <= 0 || (frame.step % m_request.saveEvery != 0 && !frame.isFinal))
            return;
        const QString path =
            QDir(m_request.framesDir).filePath(QStringLiteral("frame-%1.png").arg(frame.step, 6, 10, QLatin1Char('0')));
        const auto saved = nss::exportImage(frame.image, path, nss::ExportMetadata{m_request.settings, frame.step, {}});
        if (saved)
            return;
        ++m_failures;
        printError(QCoreApplication::translate("main", "Frame %1 was not saved: %2 The run goes on.")
                       .arg(frame.step)
                       .arg(saved.error()));
    }

    int failures() const { return m_failures; }

private:
    const nss::CliRequest &m_request;
    int m_failures = 0;
};

// Writes the result, stopped or finished, with its settings embedded: it can be made again from it.
bool writeOutput(const nss::CliRequest &request, const nss::StyleFrame &result, bool interrupted)
{
    const auto saved = nss::exportImage(result.exported(), request.outputPath, nss::ExportMetadata{request.settings, result.step, {}});
    if (!saved) {
        printError(saved.error());
        return false;
    }
    const QString size = QStringLiteral("%1 x %2").arg(result.image.width()).arg(result.image.height());
    const QString text =
        interrupted ? QCoreApplication::translate("main", "Interrupted at step %1 of %2: wrote the picture so far to %3 (%4).")
                          .arg(result.step)
                          .arg(result.totalSteps)
                          .arg(request.outputPath, size)
                    : QCoreApplication::translate("main", "Wrote %1 (%2).").arg(request.outputPath, size);
    std::fprintf(stderr, "%s\n", qPrintable(text));
    return true;
}

// --checkpoint: keeps the file up to date during the run and continues from it when it exists, so
// a run of hours (a print-size picture) survives a Ctrl+C, a reboot or a full battery's end.
class CheckpointKeeper
{
public:
    explicit CheckpointKeeper(const nss::CliRequest &request)
        : m_path(request.checkpointPath)
    { }

    // Before the run: 0, or the exit status of a checkpoint that cannot continue this run.
    int prepare(const nss::CliRequest &request, const nss::RunPictures &pictures, nss::StyleRunner &runner)
    {
        if (m_path.isEmpty())
            return 0;
        if (!QFileInfo::exists(m_path)) {
            if (const nss::Status writable = nss::checkWritableTarget(m_path); !writable) {
                printError(writable.error());
                return 2;
            }
            return 0;
        }
        const auto loaded = nss::loadRunCheckpoint(m_path);
        if (!loaded) {
            printError(loaded.error());
            return 2;
        }
        const nss::StyleSettings &settings = request.settings;
        if (loaded->fingerprint != nss::runFingerprint(settings, pictures.content, pictures.styles, pictures.start)) {
            printError(QCoreApplication::translate("main", "The checkpoint %1 was saved by a run of other pictures or settings. "
                                                           "Run that command again to continue it, or delete the file to start afresh.")
                           .arg(QDir::toNativeSeparators(m_path)));
            return 2;
        }
        runner.continueNextRunFrom(loaded.value());
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Continuing from %1: step %2 of %3, saved %4.")
                                    .arg(QDir::toNativeSeparators(m_path))
                                    .arg(loaded->step)
                                    .arg(loaded->totalSteps)
                                    .arg(QLocale().toString(loaded->savedAt.toLocalTime(), QLocale::ShortFormat))));
        return 0;
    }

    void setHook(nss::StyleRunHooks &hooks)
    {
        if (m_path.isEmpty())
            return;
        hooks.checkpoint = [this](const nss::RunCheckpoint &checkpoint) {
            const nss::Status saved = nss::saveRunCheckpoint(m_path, checkpoint);
            if (saved) {
                m_savedStep = checkpoint.step;
                m_failed = false;
            } else if (!m_failed) { // once per spell of failures, not every minute
                m_failed = true;
                printError(QCoreApplication::translate("main", "The checkpoint was not saved: %1 The run goes on.").arg(saved.error()));
            }
        };
    }

    // After the run: a finished picture needs no checkpoint; a stopped or failed run says where it is.
    void finish(bool complete)
    {
        if (m_path.isEmpty())
            return;
        if (complete) {
            QFile::remove(m_path);
            return;
        }
        if (m_savedStep >= 0)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Saved step %1 to %2: run the same command again to continue.")
                                        .arg(m_savedStep)
                                        .arg(QDir::toNativeSeparators(m_path))));
    }

private:
    QString m_path;
    int m_savedStep = -1;
    bool m_failed = false;
};

// The run itself, with progress on stderr, the frames and the result written.
int runStyleTransfer(const nss::CliRequest &request)
{
    QString networkFile;
    nss::RunPictures pictures;
    if (const int status = prepare(request, &networkFile, &pictures); status != 0)
        return status;
    const nss::StyleSettings &settings = request.settings;
    nss::applyThreadCount(settings.threads);
    nss::StyleRunner runner;
    runner.setNetworkFile(networkFile);
    CheckpointKeeper checkpoints(request);
    if (const int status = checkpoints.prepare(request, pictures, runner); status != 0)
        return status;
    FrameSaver frames(request);
    std::vector<qint64> stepEnds; // nanoseconds at the end of each step, for --benchmark
    QElapsedTimer clock;
    nss::StyleRunHooks hooks;
    hooks.status = [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); };
    hooks.optimising = [&] { clock.start(); };
    hooks.stepDone = [&](int) { stepEnds.push_back(clock.nsecsElapsed()); };
    hooks.stopRequested = [] { return g_stopSignal != 0; };
    hooks.frame = [&](const nss::StyleFrame &frame) {
        std::fprintf(stderr, "step %d/%d  loss %.4g (content %.4g, style %.4g, tv %.4g)  %.2f steps/s\n", frame.step,
                     frame.totalSteps, frame.totalLoss, frame.contentLoss, frame.styleLoss, frame.tvLoss, frame.stepsPerSecond);
        frames.frameArrived(frame);
    };
    checkpoints.setHook(hooks);
    runner.setMasks(pictures.masks);
    const auto result = runner.run(settings, pictures.content, pictures.styles, pictures.start, hooks);
    const bool interrupted = g_stopSignal != 0;
    if (!result) {
        printError(result.error()); // one line: LibTorch's backtrace never reaches the user unasked
        if (request.verbose && !runner.lastFailureDetail().isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(runner.lastFailureDetail()));
        checkpoints.finish(false);
        return interrupted ? nss::ExitInterrupted : 1;
    }
    if (interrupted && result->image.isNull()) {
        printError(QCoreApplication::translate("main", "Interrupted before the first step: there is no picture to write."));
        checkpoints.finish(false);
        return nss::ExitInterrupted;
    }
    const bool written = request.outputPath.isEmpty() || writeOutput(request, result.value(), interrupted);
    checkpoints.finish(written && result->isFinal);
    if (interrupted)
        return nss::ExitInterrupted;
    if (frames.failures() > 0) {
        printError(QCoreApplication::translate("main", "%n frame(s) could not be saved.", nullptr, frames.failures()));
        return 1;
    }
    if (!written)
        return 1;
    if (request.benchmark)
        printBenchmark(settings, result.value(), stepEnds);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neural-style"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeuralStyleStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NSS_VERSION));
    nss::installTranslations(); // the system language: messages and --help

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Neural Style Studio, headless: repaint a photo in the style of a painting."));
    parser.addHelpOption();
    QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Print the version and the LibTorch build."));
    parser.addOption(versionOption);
    QCommandLineOption weightsOption(
        QStringLiteral("weights"),
        QCoreApplication::translate("main", "The VGG-19 weights file (.pth or .safetensors). Default: "
                                            "$NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app's data folder."),
        QStringLiteral("FILE"));
    parser.addOption(weightsOption);
    QCommandLineOption checkWeightsOption(QStringLiteral("check-weights"),
                                          QCoreApplication::translate("main",
                                                                      "Check the weights file (format, tensors, the 16 VGG-19 "
                                                                      "convolutions and their shapes) and exit: 0 if usable."));
    parser.addOption(checkWeightsOption);
    QCommandLineOption checksumOption(
        QStringLiteral("checksum"),
        QCoreApplication::translate("main", "With --check-weights: also print the SHA-256 (reads the whole file)."));
    parser.addOption(checksumOption);
    nss::addStyleOptions(parser);
    nss::addBatchOptions(parser);
    nss::addVideoOptions(parser);
    // `--content photos/*.jpg`: the shell's words after --content are all contents.
    parser.process(nss::expandBareValues(QCoreApplication::arguments()));

    if (parser.isSet(versionOption)) {
        std::printf("neural-style %s (%s)\n", NSS_VERSION, qPrintable(nss::torchDescription()));
        return 0;
    }
    if (parser.isSet(checkWeightsOption))
        return checkWeights(parser.value(weightsOption), parser.isSet(checksumOption));
    if (QCoreApplication::arguments().size() <= 1)
        parser.showHelp(0);

    if (nss::isBatchRequest(parser)) {
        const auto batch = nss::readBatchRequest(parser);
        if (!batch) {
            printError(batch.error());
            return nss::ExitBadRequest;
        }
        installStopHandlers();
        return nss::runBatch(batch.value(), [] { return g_stopSignal != 0; });
    }
    if (const QString problem = nss::singlePictureProblem(parser); !problem.isEmpty()) {
        printError(problem);
        return nss::ExitBadRequest;
    }
    const bool video = nss::isVideoRequest(parser);
    if (const QString problem = video ? QString() : nss::videoOptionProblem(parser); !problem.isEmpty()) {
        printError(problem);
        return nss::ExitBadRequest;
    }
    const auto request = nss::readStyleOptions(parser);
    if (!request) {
        printError(request.error());
        return 2;
    }
    if (video && !request->checkpointPath.isEmpty()) {
        printError(QCoreApplication::translate("main", "--checkpoint is for a single picture: a video continues by itself from its "
                                                       "last finished frame."));
        return nss::ExitBadRequest;
    }
    installStopHandlers();
    if (video)
        return nss::runVideoRequest(parser, request.value(), [] { return g_stopSignal != 0; });
    return runStyleTransfer(request.value());
}
