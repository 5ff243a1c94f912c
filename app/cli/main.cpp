#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "nss_version.h"
#include "runtime.h"
#include "weightsfile.h"
#include "translations.h"

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
    if (!info->sha256.isEmpty()) {
        const bool official = info->sha256.startsWith(nss::officialWeightsSha256Prefix());
        std::printf("  SHA-256: %s %s\n", qPrintable(info->sha256),
                    official ? qPrintable(QCoreApplication::translate("main", "(torchvision's official file)")) : "");
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "VGG-19 convolutions found: %1 of %2")
                                        .arg(info->vggLayers.size()).arg(nss::vgg19ConvLayers().size())));
    for (const QString &layer : info->vggLayers)
        std::printf("  %s\n", qPrintable(layer));
    if (!info->vggProblem.isEmpty()) {
        std::fprintf(stderr, "neural-style: %s\n", qPrintable(info->vggProblem));
        return 1;
    }
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
    QCommandLineOption weightsOption(QStringLiteral("weights"),
                                     QCoreApplication::translate("main", "The VGG-19 weights file (.pth or .safetensors). Default: "
                                                                         "$NSS_VGG19_WEIGHTS, then vgg19-dcbad4b5.pth in the app's data folder."),
                                     QStringLiteral("FILE"));
    parser.addOption(weightsOption);
    QCommandLineOption checkWeightsOption(QStringLiteral("check-weights"),
                                          QCoreApplication::translate("main", "Check the weights file (format, tensors, the 16 VGG-19 "
                                                                              "convolutions and their shapes) and exit: 0 if usable."));
    parser.addOption(checkWeightsOption);
    QCommandLineOption checksumOption(QStringLiteral("checksum"),
                                      QCoreApplication::translate("main", "With --check-weights: also print the SHA-256 (reads the whole file)."));
    parser.addOption(checksumOption);
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::printf("neural-style %s (%s)\n", NSS_VERSION, qPrintable(nss::torchDescription()));
        return 0;
    }
    if (parser.isSet(checkWeightsOption))
        return checkWeights(parser.value(weightsOption), parser.isSet(checksumOption));
    parser.showHelp(0);
}
