// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// A project is a JSON file holding every setting of a run and the paths of its images:
// { "format": "neural-style-studio-project", "version": 1, "savedBy": "...", "settings": {...},
//   "absolutePaths": {"content": ..., "styles": [...], "init": ...} }
// In "settings" image paths are relative to the project's folder, so a folder holding the project
// and its images can be moved or shared; "absolutePaths" is the fallback for a project file moved
// without its images. docs/FILES.md describes the format.
inline constexpr int kProjectFormatVersion = 1;
inline constexpr const char *kProjectFormatName = "neural-style-studio-project";
inline constexpr const char *kProjectSuffix = "nssproj";

QString projectFileFilter(); // for file dialogs: "Neural Style Studio project (*.nssproj)"

// The file's bytes for `settings` saved at `projectPath` (paths made relative to its folder).
QByteArray projectJson(const StyleSettings &settings, const QString &projectPath);

// Saves atomically: on failure the previous project file is left as it was.
Status saveProject(const QString &path, const StyleSettings &settings);

enum class MissingImages {
    Fail, // an image that cannot be found is an error naming it
    Keep, // open anyway, keeping the stored path (the user picks the image again)
};

// Opens a project, resolving image paths to absolute ones. Readable errors for a missing or
// unreadable file, a file that is not JSON or not a project, a project from a newer version, a
// bad setting, and (with MissingImages::Fail) images that are no longer there.
Expected<StyleSettings> openProject(const QString &path, MissingImages missing = MissingImages::Fail);

} // namespace nss
