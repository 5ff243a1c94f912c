#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include "appsettings.h"
#include "imagepane.h"
#include "mainwindow.h"
#include "stylelistpanel.h"
#include "nss_version.h"
#include "engine/runtime.h"
#include "themedicon.h"
#include "base/translations.h"

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
    nss::installTranslations(nss::AppSettings::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(NSS_PRODUCT_NAME));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption threadsOption(QStringLiteral("threads"),
                                     QApplication::translate("main", "Use N threads for the engine (default: all cores)."),
                                     QStringLiteral("N"));
    parser.addOption(threadsOption);
    QCommandLineOption contentOption(QStringLiteral("content-image"),
                                     QApplication::translate("main", "Open FILE as the content photo."), QStringLiteral("FILE"));
    // Not "--style": QApplication takes that one (the widget style).
    QCommandLineOption styleOption(QStringLiteral("style-image"),
                                   QApplication::translate("main", "Open FILE as a style painting (repeat for several)."),
                                   QStringLiteral("FILE"));
    QCommandLineOption weightsOption(QStringLiteral("weights"),
                                     QApplication::translate("main", "Use FILE as the VGG-19 weights (remembered)."),
                                     QStringLiteral("FILE"));
    QCommandLineOption projectOption(QStringLiteral("project"),
                                     QApplication::translate("main", "Open the project FILE (.nssproj)."), QStringLiteral("FILE"));
    QCommandLineOption startOption(QStringLiteral("start"), QApplication::translate("main", "Start painting at once."));
    // For the README's screenshot: run, grab the window with the finished frame, save, quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot to FILE when done."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({projectOption, contentOption, styleOption, weightsOption, startOption, screenshotOption});
    parser.process(app);

    nss::applyThreadCount(parser.value(threadsOption).toInt());

    nss::MainWindow window;
    if (parser.isSet(weightsOption))
        window.setNetworkFile(QFileInfo(parser.value(weightsOption)).absoluteFilePath());
    if (parser.isSet(projectOption))
        window.openProject(parser.value(projectOption));
    if (parser.isSet(contentOption))
        window.contentPane()->loadFile(parser.value(contentOption));
    const QStringList styles = parser.values(styleOption);
    for (qsizetype i = 0; i < styles.size(); ++i)
        (i == 0 ? window.stylePane() : window.styleList()->addStyle())->loadFile(styles[i]);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(window.controller(), &nss::StyleController::finished, &window, [&window, file] {
            // Let the last frame and the status bar paint before grabbing.
            QTimer::singleShot(500, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
        QObject::connect(window.controller(), &nss::StyleController::failed, &window, [](quint64, const QString &message) {
            std::fprintf(stderr, "run failed: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
    }
    if (parser.isSet(startOption) || parser.isSet(screenshotOption)) {
        const bool exitIfNotStarted = parser.isSet(screenshotOption);
        QTimer::singleShot(0, &window, [&window, exitIfNotStarted] {
            window.start();
            if (exitIfNotStarted && !window.controller()->isBusy()) {
                std::fprintf(stderr, "not started: %s\n", qPrintable(window.statusBar()->currentMessage()));
                QCoreApplication::exit(1);
            }
        });
    }
    else
        QTimer::singleShot(0, &window, [&window] {
            window.checkWeights();
            window.offerRecovery();
        });
    return app.exec();
}
