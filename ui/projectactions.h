// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace nss {

class AutosaveGuard;
class MainWindow;
struct AppSettings;

// Projects (.nssproj) for the window: Open Project, Save Project and Open Recent, apart from the
// window's wiring. Messages go to message(); no call blocks the GUI thread but the file dialogs.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(MainWindow *window, AppSettings *app, AutosaveGuard *autosave);

    // Open Project…, Save Project… and the Open Recent submenu, added to `file`.
    void populate(QMenu *file);

    // Loads a project's settings into the window and starts loading its pictures in the
    // background; false (with the reason in message()) when the project itself cannot be read.
    // Pictures that cannot be read are named (message() and failed()) when their loads end, not
    // fatal.
    bool open(const QString &path);
    bool save(const QString &path);
    // What Save Project does with the name its dialog returned: the .nssproj suffix is added when
    // missing, and a file of the resulting name is replaced only after asking (the dialog's own
    // check saw the name without the suffix). True when saved at once; false when it failed or
    // waits for the answer (the question is non-blocking).
    bool saveChosen(QString path);
    // "work.results" beside "work.nssproj": the project's results, a history folder of their own.
    static QString resultsFolder(const QString &projectPath);

Q_SIGNALS:
    void message(const QString &text);
    // A project that cannot be opened or saved: the window shows it in a dialog.
    void failed(const QString &title, const QString &message);

private:
    void fillRecentMenu();

    MainWindow *m_window = nullptr;
    AppSettings *m_app = nullptr;
    AutosaveGuard *m_autosave = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace nss
