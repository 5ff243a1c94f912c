#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "nss_version.h"
#include "runtime.h"
#include "translations.h"

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
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::printf("neural-style %s (%s)\n", NSS_VERSION, qPrintable(nss::torchDescription()));
        return 0;
    }
    parser.showHelp(0);
}
