// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "base/cachefolder.h"
#include "io/imageexport.h"
#include "io/imageloader.h"
#include "io/projectfile.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss::Autosave", text);
}

} // namespace

QString Autosave::defaultFolder()
{
    return cacheFolder() + QStringLiteral("/autosave");
}

Autosave::Autosave(QString folder)
    : m_folder(std::move(folder))
{ }

QString Autosave::projectPath() const
{
    return m_folder + QStringLiteral("/autosave.") + QLatin1String(kProjectSuffix);
}

QString Autosave::checkpointPath() const
{
    return m_folder + QStringLiteral("/run.nsscheckpoint");
}

QString Autosave::framePath() const
{
    return m_folder + QStringLiteral("/last-frame.png");
}

Status Autosave::save(const StyleSettings &settings, const QImage &lastFrame, int step)
{
    if (!QDir().mkpath(m_folder))
        return fail(tr("The autosave folder %1 could not be created.").arg(QDir::toNativeSeparators(m_folder)));
    // The frame first, the project last: the project's presence is what marks an autosave as there.
    if (!lastFrame.isNull()) {
        ExportMetadata metadata;
        metadata.settings = settings;
        metadata.step = step;
        if (Status saved = exportImage(lastFrame, framePath(), metadata, {ExportFormat::Png, 95, true}); !saved)
            return fail(tr("Autosave failed: %1").arg(saved.error()));
    } else {
        QFile::remove(framePath());
    }
    if (Status saved = saveProject(projectPath(), settings); !saved)
        return fail(tr("Autosave failed: %1").arg(saved.error()));
    return succeeded();
}

bool Autosave::exists() const
{
    return QFileInfo(projectPath()).isFile();
}

Expected<AutosaveData> Autosave::restore() const
{
    if (!exists())
        return fail(tr("There is no autosave to restore."));
    Expected<StyleSettings> settings = openProject(projectPath(), MissingImages::Keep);
    if (!settings)
        return fail(tr("The autosave cannot be restored: %1").arg(settings.error()));
    AutosaveData data;
    data.settings = std::move(settings).value();
    data.savedAt = QFileInfo(projectPath()).lastModified();
    if (QFileInfo::exists(framePath())) {
        // A damaged frame still leaves the settings worth restoring.
        if (Expected<QImage> frame = loadImage(framePath()); frame.ok())
            data.lastFrame = std::move(frame).value();
        if (Expected<ExportMetadata> metadata = readImageMetadata(framePath()); metadata.ok())
            data.step = metadata->step;
    }
    return data;
}

Status Autosave::clear()
{
    bool removed = true;
    for (const QString &path : {framePath(), projectPath()})
        removed = (!QFileInfo::exists(path) || QFile::remove(path)) && removed;
    if (!removed)
        return fail(tr("The autosave in %1 could not be removed.").arg(QDir::toNativeSeparators(m_folder)));
    return succeeded();
}

} // namespace nss
