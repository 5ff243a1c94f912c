// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectfile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "base/atomicfile.h"
#include "base/filenames.h"
#include "base/settingranges.h"
#include "nss_version.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

constexpr qint64 kMaxProjectBytes = 16LL * 1024 * 1024;

// Applies `change` to every image path of the settings (content, styles, init, masks).
template <typename Change> void forEachImagePath(StyleSettings &settings, Change change)
{
    change(settings.contentPath);
    for (StyleSource &style : settings.styles) {
        change(style.path);
        if (!style.maskPath.isEmpty())
            change(style.maskPath);
        if (!style.sourceMaskPath.isEmpty())
            change(style.sourceMaskPath);
    }
    change(settings.initPath);
    if (!settings.keepMaskPath.isEmpty())
        change(settings.keepMaskPath);
}

// A bundled sample (":/gallery/...") is in every copy of the app: kept as it is, never made
// relative to the project.
bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

QString relativeTo(const QDir &dir, const QString &path)
{
    if (path.isEmpty() || isResource(path))
        return path;
    // On Windows a path on another drive has no relative form: relativeFilePath returns it as is.
    return QDir::fromNativeSeparators(dir.relativeFilePath(QFileInfo(path).absoluteFilePath()));
}

QJsonObject absolutePaths(const StyleSettings &settings)
{
    const auto absolute = [](const QString &path) { return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath(); };
    QJsonArray styles;
    QJsonArray sourceMasks; // like the paintings they belong to, they live wherever the artist keeps them
    for (const StyleSource &style : settings.styles) {
        styles.append(absolute(style.path));
        sourceMasks.append(absolute(style.sourceMaskPath));
    }
    QJsonObject paths{{QStringLiteral("content"), absolute(settings.contentPath)},
                      {QStringLiteral("styles"), styles},
                      {QStringLiteral("init"), absolute(settings.initPath)}};
    if (std::any_of(settings.styles.begin(), settings.styles.end(), [](const StyleSource &s) { return !s.sourceMaskPath.isEmpty(); }))
        paths.insert(QStringLiteral("sourceMasks"), sourceMasks); // only then: other projects keep their bytes
    return paths;
}

// The stored path resolved against the project folder, else the absolute fallback; `missing`
// collects the ones found in neither place.
QString resolve(const QString &stored, const QString &fallback, const QDir &dir, QStringList &missing)
{
    if (stored.isEmpty() || isResource(stored))
        return stored;
    const QString candidate = QDir::cleanPath(dir.absoluteFilePath(stored));
    if (QFileInfo::exists(candidate))
        return candidate;
    if (!fallback.isEmpty() && QFileInfo::exists(fallback))
        return fallback;
    missing.append(QDir::toNativeSeparators(candidate));
    return candidate;
}

} // namespace

QString projectFileFilter()
{
    return tr("Neural Style Studio project (*.%1)").arg(QLatin1String(kProjectSuffix));
}

QByteArray projectJson(const StyleSettings &settings, const QString &projectPath)
{
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    StyleSettings relative = settings;
    forEachImagePath(relative, [&](QString &path) { path = relativeTo(dir, path); });
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kProjectFormatName)},
        {QStringLiteral("version"), kProjectFormatVersion},
        {QStringLiteral("savedBy"), QStringLiteral(NSS_PRODUCT_NAME " " NSS_VERSION)},
        {QStringLiteral("settings"), relative.toJson()},
        {QStringLiteral("absolutePaths"), absolutePaths(settings)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveProject(const QString &path, const StyleSettings &settings)
{
    return writeFileAtomically(path, projectJson(settings, path));
}

Expected<StyleSettings> openProject(const QString &path, MissingImages missing)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("No project file was given."));
    if (!info.exists())
        return fail(tr("The project %1 does not exist (%2).")
                        .arg(quotedFileName(path), QDir::toNativeSeparators(info.absoluteFilePath())));
    if (info.isDir())
        return fail(tr("The project %1 is a folder, not a file.").arg(quotedFileName(path)));
    if (info.size() > kMaxProjectBytes)
        return fail(tr("%1 is not a Neural Style Studio project: it is far too large (%2 MB).")
                        .arg(quotedFileName(path))
                        .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The project %1 cannot be read: %2.").arg(quotedFileName(path), file.errorString()));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("%1 is not a Neural Style Studio project: it is not JSON (%2 at byte %3).")
                        .arg(quotedFileName(path), error.errorString())
                        .arg(error.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kProjectFormatName))
        return fail(tr("%1 is JSON but not a Neural Style Studio project.").arg(quotedFileName(path)));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return fail(tr("The project %1 has no valid format version.").arg(quotedFileName(path)));
    if (version > kProjectFormatVersion)
        return fail(tr("The project %1 was saved by a newer Neural Style Studio (%2, project format %3); "
                       "this version reads format %4 and older. Update the app to open it.")
                        .arg(quotedFileName(path), root.value(QStringLiteral("savedBy")).toString())
                        .arg(version)
                        .arg(kProjectFormatVersion));

    Expected<StyleSettings> settings = StyleSettings::fromJson(root.value(QStringLiteral("settings")).toObject());
    if (!settings)
        return fail(tr("The project %1 has a bad setting: %2").arg(quotedFileName(path), settings.error()));
    // The same ranges as the window's controls: an absurd value is refused here, by name, rather
    // than clamped by a spin box without a word.
    if (const QString problem = validateRanges(settings.value()); !problem.isEmpty())
        return fail(tr("The project %1 has a bad setting: %2").arg(quotedFileName(path), problem));

    const QDir dir = info.absoluteDir();
    const QJsonObject fallback = root.value(QStringLiteral("absolutePaths")).toObject();
    const QJsonArray fallbackStyles = fallback.value(QStringLiteral("styles")).toArray();
    QStringList notFound;
    StyleSettings &s = settings.value();
    s.contentPath = resolve(s.contentPath, fallback.value(QStringLiteral("content")).toString(), dir, notFound);
    for (int i = 0; i < s.styles.size(); ++i)
        s.styles[i].path = resolve(s.styles[i].path, fallbackStyles.at(i).toString(), dir, notFound);
    s.initPath = resolve(s.initPath, fallback.value(QStringLiteral("init")).toString(), dir, notFound);
    // Masks are saved beside the project (its ".masks" folder), so they travel with it: no fallback.
    const QJsonArray fallbackSourceMasks = fallback.value(QStringLiteral("sourceMasks")).toArray();
    for (int i = 0; i < s.styles.size(); ++i) {
        s.styles[i].maskPath = resolve(s.styles[i].maskPath, QString(), dir, notFound);
        s.styles[i].sourceMaskPath = resolve(s.styles[i].sourceMaskPath, fallbackSourceMasks.at(i).toString(), dir, notFound);
    }
    s.keepMaskPath = resolve(s.keepMaskPath, QString(), dir, notFound);
    if (!notFound.isEmpty() && missing == MissingImages::Fail)
        return fail(tr("The project %1 uses images that are missing: %2.")
                        .arg(quotedFileName(path), notFound.join(QStringLiteral(", "))));
    return settings;
}

} // namespace nss
