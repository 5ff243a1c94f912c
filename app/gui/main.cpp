// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <memory>
#include <utility>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include "appsettings.h"
#include "base/translations.h"
#include "imagepane.h"
#include "mainwindow.h"
#include "nss_version.h"
#include "pictureloads.h"
#include "stylelistpanel.h"
#include "themedicon.h"

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

// The command line: files to open, --start, and the hidden --screenshot.
struct GuiOptions
{
    QCommandLineOption threads{
        QStringLiteral("threads"),
        QApplication::translate("main", "Use N threads for the engine in this session (default: Preferences, else all cores)."),
        QStringLiteral("N")};
    QCommandLineOption content{QStringLiteral("content-image"),
                               QApplication::translate("main", "Open FILE as the content photo."), QStringLiteral("FILE")};
    // Not "--style": QApplication takes that one (the widget style).
    QCommandLineOption style{QStringLiteral("style-image"),
                             QApplication::translate("main", "Open FILE as a style painting (repeat for several)."),
                             QStringLiteral("FILE")};
    QCommandLineOption weights{QStringLiteral("weights"),
                               QApplication::translate("main", "Use FILE as the VGG-19 weights (remembered)."),
                               QStringLiteral("FILE")};
    QCommandLineOption project{QStringLiteral("project"), QApplication::translate("main", "Open the project FILE (.nssproj)."),
                               QStringLiteral("FILE")};
    QCommandLineOption start{QStringLiteral("start"), QApplication::translate("main", "Start painting at once.")};
    // For the README's screenshot: run, grab the window with the finished frame, save, quit.
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QStringLiteral("Save a screenshot to FILE when done."),
                                  QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QStringLiteral(NSS_PRODUCT_NAME));
        parser.addHelpOption();
        parser.addVersionOption();
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({threads, project, content, style, weights, start, screenshot});
    }
};

void openRequestedFiles(nss::MainWindow &window, const QCommandLineParser &parser, const GuiOptions &options)
{
    if (parser.isSet(options.weights))
        window.setNetworkFile(QFileInfo(parser.value(options.weights)).absoluteFilePath());
    if (parser.isSet(options.project))
        window.openProject(parser.value(options.project));
    if (parser.isSet(options.content))
        window.contentPane()->loadFileAsync(parser.value(options.content));
    const QStringList styles = parser.values(options.style);
    for (qsizetype i = 0; i < styles.size(); ++i)
        (i == 0 ? window.stylePane() : window.styleList()->addStyle())->loadFileAsync(styles[i]);
}

// NSS_SCREENSHOT_AT_STEP=N grabs the window during the run, once step N is reached (a run in
// progress, for the README); else it is grabbed when the run ends.
void saveScreenshotWhenDone(nss::MainWindow &window, const QString &file)
{
    const auto grab = [&window, file] {
        // Let the last picture and the status bar paint before grabbing.
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    const int atStep = qEnvironmentVariableIntValue("NSS_SCREENSHOT_AT_STEP");
    const auto grabbed = std::make_shared<bool>(false);
    const auto grabOnce = [grab, grabbed] {
        if (!std::exchange(*grabbed, true))
            grab();
    };
    if (atStep > 0) {
        QObject::connect(window.controller(), &nss::StyleController::progressed, &window,
                         [grabOnce, atStep](const nss::StyleProgress &progress) {
                             if (progress.step >= atStep)
                                 grabOnce();
                         });
    }
    QObject::connect(window.controller(), &nss::StyleController::finished, &window, grabOnce);
    QObject::connect(window.controller(), &nss::StyleController::failed, &window, [](quint64, const QString &message) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
}

// Once the event loop runs: start (with --start or --screenshot), else ask for the network file
// if there is none and offer a crashed session's work back.
void afterShow(nss::MainWindow &window, bool start, bool exitIfNotStarted)
{
    if (start) { // once the pictures, decoding in the background, are in
        QObject::connect(window.pendingPictures(), &nss::PictureLoads::finished, &window,
                         [&window, exitIfNotStarted](const QStringList &problems) {
                             // A picture that could not be read: the run would go on with the others (the panes
                             // say why); the user decides.
                             if (problems.isEmpty())
                                 window.start();
                             if (exitIfNotStarted && !window.controller()->isBusy()) {
                                 std::fprintf(stderr, "not started: %s\n", qPrintable(window.statusBar()->currentMessage()));
                                 QCoreApplication::exit(1);
                             }
                         });
        return;
    }
    QTimer::singleShot(0, &window, [&window] {
        window.checkWeights();
        window.offerRecovery();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (!haveDisplay()) {
        std::fprintf(stderr, "neural-style-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
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
    GuiOptions options;
    options.addTo(parser);
    parser.process(app);

    nss::MainWindow window;
    // This session only: neither saved nor put into projects (Preferences keep a lasting choice).
    window.setSessionThreads(parser.value(options.threads).toInt());
    openRequestedFiles(window, parser, options);
    window.show();
    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot)
        saveScreenshotWhenDone(window, parser.value(options.screenshot));
    afterShow(window, parser.isSet(options.start) || screenshot, screenshot);
    return app.exec();
}
