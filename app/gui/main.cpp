#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include "mainwindow.h"
#include "nss_version.h"
#include "runtime.h"
#include "themedicon.h"
#include "translations.h"

namespace {

// Qt aborts with a core dump when no display can be opened; say so plainly instead.
bool haveDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "neural-style-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "Start it from a desktop session, run it under Xvfb (xvfb-run neural-style-studio),\n"
                     "or use the headless command-line tool: neural-style --help\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("neural-style-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral(NSS_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral("NeuralStyleStudio"));
    QApplication::setApplicationVersion(QStringLiteral(NSS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(NSS_APP_ID));
    QApplication::setWindowIcon(nss::applicationIcon());
    // The system language, unless Preferences chose another (applied at start).
    nss::installTranslations(QSettings().value(QLatin1StringView(nss::kLanguageSettingKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(NSS_PRODUCT_NAME));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption threadsOption(QStringLiteral("threads"),
                                     QApplication::translate("main", "Use N threads for the engine (default: all cores)."),
                                     QStringLiteral("N"));
    parser.addOption(threadsOption);
    parser.process(app);

    nss::applyThreadCount(parser.value(threadsOption).toInt());

    nss::MainWindow window;
    window.show();
    return app.exec();
}
