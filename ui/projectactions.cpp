// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include "appsettings.h"
#include "autosaveguard.h"
#include "historystrip.h"
#include "imagepane.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "pictureloads.h"
#include "themedicon.h"

namespace nss {

ProjectActions::ProjectActions(MainWindow *window, AppSettings *app, AutosaveGuard *autosave)
    : QObject(window)
    , m_window(window)
    , m_app(app)
    , m_autosave(autosave)
{ }

void ProjectActions::populate(QMenu *file)
{
    QAction *open = file->addAction(themedIcon(QStringLiteral("open")), tr("Open &Project…"));
    open->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), QString(), projectFileFilter());
        if (!path.isEmpty())
            this->open(path);
    });
    QAction *save = file->addAction(themedIcon(QStringLiteral("save")), tr("&Save Project…"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Save project"), QStringLiteral("untitled.nssproj"), projectFileFilter());
        if (!path.isEmpty())
            saveChosen(path);
    });
    for (QAction *action : {open, save})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                         action->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectActions::fillRecentMenu);
}

void ProjectActions::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_app->recentFiles)) {
        QAction *action = m_recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (path.endsWith(QLatin1String(".nssproj"), Qt::CaseInsensitive))
                open(path);
            else
                m_window->contentPane()->loadFileAsync(path);
        });
    }
    m_recentMenu->setEnabled(!m_app->recentFiles.isEmpty());
}

QString ProjectActions::resultsFolder(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".results"));
}

bool ProjectActions::open(const QString &path)
{
    const auto project = openProject(path, MissingImages::Keep);
    if (!project) {
        Q_EMIT message(project.error());
        Q_EMIT failed(tr("Open project"), project.error());
        return false;
    }
    m_window->loadSettings(project.value());
    PictureLoads *pictures = m_window->loadPictures(project.value());
    m_app->addRecentFile(path);
    if (QFileInfo(resultsFolder(path)).isDir())
        m_window->history()->adoptItemsFrom(resultsFolder(path)); // the project's results, back in the strip
    // The pictures decode in the background; what could not be read is reported when they end.
    connect(pictures, &PictureLoads::finished, this, [this, path, settings = project.value()](QStringList problems) {
        problems += m_window->restoreMasks(settings); // painted over the photo, so after it
        if (!problems.isEmpty()) { // the settings are in; the user must find the pictures again
            Q_EMIT message(problems.join(QLatin1Char(' ')));
            Q_EMIT failed(tr("Open project"), problems.join(QLatin1Char('\n')));
            return;
        }
        Q_EMIT message(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    });
    return true;
}

bool ProjectActions::saveChosen(QString path)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return save(path);
    path += QLatin1Char('.') + QLatin1String(kProjectSuffix);
    if (!QFileInfo::exists(path))
        return save(path);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the project?"),
                                tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("replaceProject"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, path](int result) {
        if (result == QMessageBox::Yes)
            save(path);
        else
            Q_EMIT message(tr("Not saved: %1 was kept as it was.").arg(QDir::toNativeSeparators(path)));
    });
    box->open();
    return false;
}

bool ProjectActions::save(const QString &path)
{
    const auto settings = m_window->settingsWithMasks(path);
    const Status saved = settings ? saveProject(path, settings.value()) : Status(fail(settings.error()));
    if (!saved) {
        Q_EMIT message(saved.error());
        Q_EMIT failed(tr("Save project"), saved.error());
        return false;
    }
    m_app->addRecentFile(path);
    m_autosave->workIsSafe();
    // The results made from this content picture travel with the project.
    const QString contentPath = m_window->currentSettings().contentPath;
    QStringList ids;
    for (const HistoryItem &item : m_window->history()->items())
        if (!contentPath.isEmpty() && item.settings.contentPath == contentPath)
            ids.append(item.id);
    if (!ids.isEmpty())
        if (Status copied = m_window->history()->copyItemsTo(ids, resultsFolder(path)); !copied) {
            Q_EMIT failed(tr("Save project"), tr("The project was saved, but not its results: %1").arg(copied.error()));
            return false;
        }
    const ImagePane *content = m_window->contentPane();
    Q_EMIT message(content->hasImage() && content->filePath().isEmpty()
                       ? tr("Saved %1 (a pasted picture has no file: save it first to keep it in the project).")
                             .arg(QDir::toNativeSeparators(path))
                       : tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace nss
