// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchinputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nss {

const QStringList &batchImageSuffixes()
{
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("bmp"),  QStringLiteral("gif"),  QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("webp")};
    return suffixes;
}

Expected<QStringList> expandImagePaths(const QStringList &filesOrFolders)
{
    QStringList files;
    for (const QString &path : filesOrFolders) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QCoreApplication::translate("nss", "%1 does not exist.").arg(path));
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QStringList patterns;
        for (const QString &suffix : batchImageSuffixes())
            patterns << QStringLiteral("*.") + suffix; // QDir matches them case-insensitively
        // Unreadable files are kept: their job fails and says so, instead of vanishing unseen.
        const QFileInfoList found =
            QDir(path).entryInfoList(patterns, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        if (found.isEmpty())
            return fail(QCoreApplication::translate("nss", "The folder %1 has no pictures (%2).")
                            .arg(path, batchImageSuffixes().join(QStringLiteral(", "))));
        for (const QFileInfo &file : found)
            files.append(file.absoluteFilePath());
    }
    return files;
}

QList<StyleSettings> combineContentsAndStyles(const StyleSettings &base, const QStringList &contents,
                                              const QStringList &styles)
{
    QList<StyleSettings> jobs;
    jobs.reserve(contents.size() * styles.size());
    for (const QString &content : contents)
        for (const QString &style : styles) {
            StyleSettings job = base;
            job.contentPath = content;
            job.styles = {StyleSource{style, 1.0}};
            jobs.append(job);
        }
    return jobs;
}

} // namespace nss
