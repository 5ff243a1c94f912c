// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "autosaveguard.h"
#include "exportactions.h"
#include "imagepane.h"
#include "io/autosave.h"
#include "io/runhistory.h"
#include "layerspanel.h"
#include "mainwindow.h"
#include "projectactions.h"
#include "settingspanel.h"
#include "stylelistpanel.h"
#include "weights/weightsfile.h"
#include "weightsdialog.h"

using namespace nss;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_empty;

    static QString writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // remembered settings go to a test location
        QSettings().clear();
        // The window looks where the CLI looks: no developer's own network file may answer here.
        qunsetenv("NSS_VGG19_WEIGHTS");
        qputenv("TORCH_HOME", m_empty.path().toLocal8Bit());
        QDir(weightsDataFolder()).removeRecursively();
        QDir(RunHistory::defaultFolder()).removeRecursively(); // test-mode folders outlive a run
    }

    void showsContentAndStylePanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Neural Style Studio"));

        auto *content = window.findChild<ImagePane *>(QStringLiteral("contentPane"));
        auto *style = window.findChild<ImagePane *>(QStringLiteral("stylePane"));
        QVERIFY(content && style);
        QVERIFY(content->isVisible());
        QVERIFY(style->isVisible());
        QVERIFY(content->acceptDrops());
        QVERIFY(style->acceptDrops());
        QCOMPARE(content->title(), QStringLiteral("Content"));
        QCOMPARE(style->title(), QStringLiteral("Style"));
    }

    void firstRunAsksForTheWeightsAndRemembersTheChoice()
    {
        QSettings().clear();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy missing(&window, &MainWindow::weightsMissing);
        window.checkWeights();
        QCOMPARE(missing.count(), 1);
        auto *dialog = window.findChild<WeightsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        QTemporaryDir dir;
        QVERIFY(!dialog->choose(dir.filePath(QStringLiteral("nowhere.pth"))));
        auto labels = dialog->findChildren<QLabel *>();
        bool saysWhy = false;
        for (QLabel *label : labels)
            saysWhy |= label->isVisible() && label->text().contains(QStringLiteral("nowhere.pth"))
                       && label->text().contains(QStringLiteral("does not exist"));
        QVERIFY(saysWhy);

        QFile weights(dir.filePath(QStringLiteral("vgg19.pth")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("not empty");
        weights.close();
        QVERIFY(dialog->choose(weights.fileName()));
        dialog->accept();
        QCOMPARE(window.networkFile(), weights.fileName());

        // Remembered: the next window does not ask again.
        MainWindow next;
        QCOMPARE(next.networkFile(), weights.fileName());
        QSignalSpy missingAgain(&next, &MainWindow::weightsMissing);
        next.checkWeights();
        QCOMPARE(missingAgain.count(), 0);
    }

    // Found as neural-style finds it, without asking: the environment, the shared data folder.
    void findsTheWeightsAsTheCommandLineDoes()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString fromEnv = writeFile(dir.filePath(QStringLiteral("env/vgg19.pth")), "not empty");
        qputenv("NSS_VGG19_WEIGHTS", fromEnv.toLocal8Bit());
        {
            MainWindow window;
            window.show();
            QSignalSpy missing(&window, &MainWindow::weightsMissing);
            window.checkWeights();
            QCOMPARE(missing.count(), 0);
            QVERIFY(!window.findChild<WeightsDialog *>());
            QCOMPARE(window.networkFile(), fromEnv);
        }
        qunsetenv("NSS_VGG19_WEIGHTS");

        // A file downloaded by an earlier version into the studio's own folder is still found.
        const QString old = writeFile(weightsDataFolder() + QStringLiteral("/neural-style-studio/vgg19-dcbad4b5.pth"), "x");
        {
            MainWindow window;
            QSignalSpy missing(&window, &MainWindow::weightsMissing);
            window.checkWeights();
            QCOMPARE(missing.count(), 0);
            QCOMPARE(window.networkFile(), old);
        }
        // The downloader puts the file where both programs look.
        QCOMPARE(WeightsSource::official().destination, weightsDataFolder() + QStringLiteral("/vgg19-dcbad4b5.pth"));
        QDir(weightsDataFolder()).removeRecursively();
    }

    // --threads is this session's: neither the last settings nor a project keep it, while the
    // Preferences value lasts; a project's own count (another machine's) is not taken.
    void threadsGivenOnceDoNotStick()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("threads.nssproj"));
        {
            MainWindow window;
            window.setSessionThreads(3); // what main() does with --threads 3
            QCOMPARE(window.runThreads(), 3);
            QCOMPARE(window.currentSettings().threads, 0);
            QVERIFY(window.saveProject(project));
            window.close(); // saves the last settings
        }
        const QByteArray last = QSettings().value(QLatin1StringView(SettingsKey::kLastSettings)).toByteArray();
        QCOMPARE(QJsonDocument::fromJson(last).object().value(QLatin1String("threads")).toInt(-1), 0);
        QFile saved(project);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll())
                     .object()
                     .value(QLatin1String("settings"))
                     .toObject()
                     .value(QLatin1String("threads"))
                     .toInt(-1),
                 0);
        {
            MainWindow next; // a new session without --threads: all cores again
            QCOMPARE(next.runThreads(), 0);
            StyleSettings other = next.currentSettings();
            other.threads = 7; // a project from another machine
            next.loadSettings(other);
            QCOMPARE(next.runThreads(), 0);
            QCOMPARE(next.currentSettings().threads, 0);
        }
        AppSettings preferences = AppSettings::load();
        preferences.threads = 2;
        preferences.save();
        MainWindow withPreference;
        QCOMPARE(withPreference.runThreads(), 2);
        withPreference.setSessionThreads(5);
        QCOMPARE(withPreference.runThreads(), 5);
        QSettings().clear();
    }

    // A project with a value beyond a control's range is refused by name in the error dialog; the
    // controls keep what they had instead of showing a clamped value.
    void outOfRangeProjectIsRefusedInADialog_data()
    {
        QTest::addColumn<QByteArray>("setting");
        QTest::addColumn<QString>("message");
        QTest::newRow("steps") << QByteArray(R"("steps": 1000000000)") << QStringLiteral("Steps must be between 1 and 1000000");
        QTest::newRow("size") << QByteArray(R"("size": -5)") << QStringLiteral("Output size must be between 16 and 8192");
        QTest::newRow("style weight") << QByteArray(R"("styleWeight": 1e40)") << QStringLiteral("The style weight must be");
        QTest::newRow("optimizer") << QByteArray(R"("optimizer": "sgd")") << QStringLiteral("The setting \"optimizer\"");
        QTest::newRow("layer") << QByteArray(R"("styleLayers": [{"layer": "pool5"}])")
                               << QStringLiteral("Unknown VGG-19 layer \"pool5\"");
    }

    void outOfRangeProjectIsRefusedInADialog()
    {
        QFETCH(QByteArray, setting);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString project =
            writeFile(dir.filePath(QStringLiteral("absurd.nssproj")),
                      R"({"format": "neural-style-studio-project", "version": 1, "settings": {)" + setting + "}}");
        MainWindow window;
        const StyleSettings before = window.currentSettings();
        QVERIFY(!window.openProject(project));
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QLatin1String("absurd.nssproj")), qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(message), qPrintable(dialog->text()));
        QCOMPARE(window.currentSettings(), before);
    }

    // Advanced: layers is collapsed at first; what it holds goes into the run settings, comes back
    // from a project or the last settings, and Reset to Defaults puts the default layers back.
    void layersPanelRoundTripsTheLayers()
    {
        QSettings().clear();
        StyleSettings chosen;
        chosen.styleLayers = {
            {QStringLiteral("conv1_1"), 0.2}, {QStringLiteral("conv3_1"), 0.5}, {QStringLiteral("conv4_1"), 0.000244},
            {QStringLiteral("conv5_4"), 3.0}}; // a small weight is kept as saved, never rounded to "off"
        chosen.contentLayers = {{QStringLiteral("conv3_2"), 2.0}};
        {
            MainWindow window;
            window.show();
            LayersPanel *panel = window.layersPanel();
            QVERIFY(panel);
            QVERIFY(panel->isVisible());
            QVERIFY(!panel->isExpanded());
            QVERIFY(!panel->styleWeight(QStringLiteral("conv1_1"))->isVisible());
            panel->setChecked(true);
            QVERIFY(panel->styleWeight(QStringLiteral("conv1_1"))->isVisible());
            QCOMPARE(window.currentSettings().styleLayers, StyleSettings().styleLayers);

            StyleSettings s = window.currentSettings();
            s.styleLayers = chosen.styleLayers;
            s.contentLayers = chosen.contentLayers;
            window.loadSettings(s);
            QCOMPARE(panel->styleWeight(QStringLiteral("conv5_4"))->value(), 3.0);
            QCOMPARE(panel->styleWeight(QStringLiteral("conv2_1"))->text(), QStringLiteral("off"));
            QCOMPARE(window.currentSettings().styleLayers, chosen.styleLayers);

            // A change in the panel is a change of the run settings.
            panel->contentWeight(QStringLiteral("conv4_2"))->setValue(1.5);
            chosen.contentLayers = {{QStringLiteral("conv3_2"), 2.0}, {QStringLiteral("conv4_2"), 1.5}};
            QCOMPARE(window.currentSettings().contentLayers, chosen.contentLayers);
            window.close();
        }
        MainWindow again; // the last settings
        QCOMPARE(again.currentSettings().styleLayers, chosen.styleLayers);
        QCOMPARE(again.currentSettings().contentLayers, chosen.contentLayers);
        again.layersPanel()->setChecked(true); // the button is in the collapsed part
        again.layersPanel()->resetButton()->click();
        QCOMPARE(again.currentSettings().styleLayers, StyleSettings().styleLayers);
        QCOMPARE(again.currentSettings().contentLayers, StyleSettings().contentLayers);
    }

    void settingsAndWindowStateAreRemembered()
    {
        QSettings().clear();
        StyleSettings chosen;
        {
            MainWindow window;
            chosen = window.currentSettings();
            chosen.steps = 123;
            chosen.styleWeight = 5.0e4;
            chosen.outputSize = 320;
            window.loadSettings(chosen);
            window.close();
        }
        MainWindow again;
        const StyleSettings back = again.currentSettings();
        QCOMPARE(back.steps, 123);
        QCOMPARE(back.styleWeight, 5.0e4);
        QCOMPARE(back.outputSize, 320);
    }

    void projectFileRoundTrips()
    {
        QTemporaryDir dir;
        auto picture = [&](const QString &name, QColor color) {
            QImage image(24, 16, QImage::Format_RGB32);
            image.fill(color);
            const QString path = dir.filePath(name);
            return image.save(path) ? path : QString();
        };
        MainWindow window;
        QVERIFY(window.contentPane()->loadFile(picture(QStringLiteral("photo.png"), Qt::red)));
        QVERIFY(window.stylePane()->loadFile(picture(QStringLiteral("a.png"), Qt::green)));
        QVERIFY(window.styleList()->addStyle()->loadFile(picture(QStringLiteral("b.png"), Qt::blue)));
        window.styleList()->setBlend(1, 2.5);
        StyleSettings s = window.currentSettings();
        s.seed = 99;
        s.steps = 77;
        window.loadSettings(s);
        const StyleSettings saved = window.currentSettings();
        const QString project = dir.filePath(QStringLiteral("mine.nssproj"));
        QVERIFY(window.saveProject(project));

        MainWindow other;
        QVERIFY(other.openProject(project));
        QVERIFY(other.picturesLoading()); // decoded in the background
        QVERIFY(other.waitForPictures());
        QCOMPARE(other.currentSettings(), saved);
        QCOMPARE(other.contentPane()->image().pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(other.styleList()->count(), 2);
        QCOMPARE(other.styleList()->panes().at(1)->image().pixelColor(0, 0), QColor(Qt::blue));
    }

    // The pictures decode in the background; one that is gone is still named, when its load ends.
    void openingAProjectNamesAPictureItCannotRead()
    {
        QTemporaryDir dir;
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString photo = dir.filePath(QStringLiteral("photo.png"));
        const QString painting = dir.filePath(QStringLiteral("gone.png"));
        QVERIFY(image.save(photo) && image.save(painting));
        const QString project = dir.filePath(QStringLiteral("gone.nssproj"));
        {
            MainWindow window;
            QVERIFY(window.contentPane()->loadFile(photo));
            QVERIFY(window.stylePane()->loadFile(painting));
            QVERIFY(window.saveProject(project));
        }
        QVERIFY(QFile::remove(painting));
        MainWindow window;
        QSignalSpy failed(window.projectActions(), &ProjectActions::failed);
        QVERIFY(window.openProject(project)); // the settings are in; the pictures follow
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("gone.png")), qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("gone.png")));
        QCOMPARE(window.contentPane()->filePath(), photo);
        QVERIFY(!window.stylePane()->hasImage());
    }

    // The dialog checked the name without .nssproj: the file it becomes is replaced only after asking (item 7).
    void savingOverAProjectAsksFirst()
    {
        QTemporaryDir dir;
        MainWindow window;
        const QString existing = dir.filePath(QStringLiteral("mine.nssproj"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an older project");
        }
        QVERIFY(!window.projectActions()->saveChosen(dir.filePath(QStringLiteral("mine"))));
        const auto contents = [&] {
            QFile file(existing);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(contents(), QByteArray("an older project"));
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("replaceProject"));
        QVERIFY(question);
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(contents(), QByteArray("an older project"));

        QVERIFY(!window.projectActions()->saveChosen(dir.filePath(QStringLiteral("mine"))));
        question = window.findChild<QMessageBox *>(QStringLiteral("replaceProject"));
        QVERIFY(question);
        question->button(QMessageBox::Yes)->click();
        QVERIFY(contents().contains("neural-style-studio-project"));
        QVERIFY(window.projectActions()->saveChosen(dir.filePath(QStringLiteral("new")))); // nothing there: saved at once
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("new.nssproj"))));
    }

    // Errors the user must act on are shown in a dialog, not only in the status bar (item 9).
    void projectAndAutosaveErrorsAreShownInADialog()
    {
        MainWindow window;
        QVERIFY(!window.openProject(QStringLiteral("/nonexistent/lost.nssproj")));
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QLatin1String("lost.nssproj")), qPrintable(dialog->text()));
        delete dialog;
        QVERIFY(!window.saveProject(QStringLiteral("/nonexistent/folder/kept.nssproj")));
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorDialog")));

        // An autosave that cannot be written is said once, not every ten seconds.
        AutosaveGuard guard(nullptr, QStringLiteral("/dev/null/autosave"));
        QSignalSpy failed(&guard, &AutosaveGuard::failed);
        guard.runStarted(StyleSettings());
        QVERIFY(failed.wait(10000));
        StyleFrame frame;
        frame.image = QImage(8, 8, QImage::Format_RGB888);
        frame.image.fill(Qt::gray);
        guard.runEnded(frame);
        guard.runEnded(frame);
        QTest::qWait(300);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("/dev/null/autosave")),
                 qPrintable(failed.first().first().toString()));
    }

    void initImageIsRememberedAndCheckedAtStart()
    {
        QSettings().clear();
        QTemporaryDir dir;
        QImage picture(24, 16, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        const QString photo = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(picture.save(photo));
        QFile notAnImage(dir.filePath(QStringLiteral("notes.png")));
        QVERIFY(notAnImage.open(QIODevice::WriteOnly));
        notAnImage.write("shopping list, not pixels");
        notAnImage.close();
        QFile weights(dir.filePath(QStringLiteral("vgg19.pth")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("present");
        weights.close();

        const QString project = dir.filePath(QStringLiteral("init.nssproj"));
        {
            MainWindow window;
            window.setNetworkFile(weights.fileName());
            QVERIFY(window.contentPane()->loadFile(photo));
            QVERIFY(window.stylePane()->loadFile(photo));
            window.settingsPanel()->setInitImagePath(notAnImage.fileName());
            QVERIFY(window.currentSettings().init == InitMode::Image);

            window.start();
            const QString said = window.statusBar()->currentMessage();
            QVERIFY2(said.contains(QStringLiteral("notes.png"))
                         && said.contains(QStringLiteral("Cannot start from the chosen image")),
                     qPrintable(said));
            QVERIFY(!window.controller()->isBusy()); // nothing was started
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("initImageProblem"));
            QVERIFY(box && box->text() == said);

            QVERIFY(window.saveProject(project));
            window.close(); // remembers the last settings
        }
        MainWindow next; // QSettings
        QVERIFY(next.currentSettings().init == InitMode::Image);
        QCOMPARE(next.settingsPanel()->initImagePath(), notAnImage.fileName());
        QCOMPARE(next.settingsPanel()->initPathLabel()->text(), QStringLiteral("notes.png"));

        QSettings().clear();
        MainWindow fromProject;
        QVERIFY(fromProject.currentSettings().init == InitMode::Content);
        QVERIFY(fromProject.openProject(project));
        QVERIFY(fromProject.currentSettings().init == InitMode::Image);
        QCOMPARE(fromProject.settingsPanel()->initImagePath(), notAnImage.fileName());
    }

    void unsavedWorkIsOfferedBackAfterACrash()
    {
        QTemporaryDir dir;
        QImage photo(30, 20, QImage::Format_RGB32);
        photo.fill(Qt::yellow);
        const QString photoPath = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(photo.save(photoPath));
        StyleSettings s;
        s.contentPath = photoPath;
        s.steps = 250;
        QImage frame(30, 20, QImage::Format_RGB888);
        frame.fill(Qt::magenta);
        QVERIFY(Autosave().save(s, frame, 120).ok()); // what a run leaves behind when the app dies

        MainWindow window;
        window.restoreRecovery();
        QVERIFY(window.waitForPictures());
        QCOMPARE(window.currentSettings().steps, 250);
        QCOMPARE(window.contentPane()->filePath(), photoPath);
        QCOMPARE(window.currentImage().pixelColor(0, 0), QColor(Qt::magenta));
        QVERIFY(window.exportActions()->hasImage());
        const QString out = dir.filePath(QStringLiteral("recovered.png"));
        QVERIFY(window.exportActions()->exportCurrentImage(out).ok());
        QCOMPARE(QImage(out).size(), QSize(30, 20));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("120")));
    }

    void everyMenuActionHasAShortcut()
    {
        MainWindow window;
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        int checked = 0;
        for (QMenu *menu : menus) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu() || menu->title().contains(QStringLiteral("Recent")))
                    continue;
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
                ++checked;
            }
        }
        QVERIFY(checked >= 15);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
