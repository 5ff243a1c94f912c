// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/nametemplate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include "io/imageexport.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}]*\\}"));
    return pattern;
}

QString baseName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace

QString defaultNameTemplate()
{
    return QStringLiteral("{content}-{style}-{size}.png");
}

const QStringList &namePlaceholders()
{
    static const QStringList names{QStringLiteral("{content}"), QStringLiteral("{style}"), QStringLiteral("{size}"),
                                   QStringLiteral("{steps}"),   QStringLiteral("{seed}"),  QStringLiteral("{index}")};
    return names;
}

QString nameTemplateProblem(const QString &pattern)
{
    const QString known = namePlaceholders().join(QLatin1Char(' '));
    auto matches = placeholderPattern().globalMatch(pattern);
    while (matches.hasNext()) {
        const QString found = matches.next().captured();
        if (!namePlaceholders().contains(found))
            return tr("--name: unknown placeholder %1 in \"%2\" (use %3).").arg(found, pattern, known);
    }
    QString rest = pattern;
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return tr("--name: unbalanced brace in \"%1\" (placeholders are %2).").arg(pattern, known);
    if (QFileInfo(pattern).fileName().isEmpty())
        return tr("--name: \"%1\" names a folder, not a file.").arg(pattern);
    if (!exportFormatFromPath(pattern))
        return tr("--name: \"%1\" does not end in an image type (use .png, .jpg, .tif or .webp).").arg(pattern);
    return {};
}

QString expandNameTemplate(const QString &pattern, const StyleSettings &settings, int index)
{
    QStringList styles;
    for (const StyleSource &style : settings.styles)
        styles.append(baseName(style.path));
    QString name = pattern;
    name.replace(QLatin1String("{content}"), baseName(settings.contentPath));
    name.replace(QLatin1String("{style}"), styles.join(QLatin1Char('+')));
    name.replace(QLatin1String("{size}"), QString::number(settings.outputSize));
    name.replace(QLatin1String("{steps}"), QString::number(settings.steps));
    name.replace(QLatin1String("{seed}"), QString::number(settings.seed));
    name.replace(QLatin1String("{index}"), QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0')));
    return name;
}

} // namespace nss
