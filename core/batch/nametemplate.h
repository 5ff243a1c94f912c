// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// The --name template of a batch when none is given.
QString defaultNameTemplate(); // "{content}-{style}-{size}.png"

// The placeholders a template may use, with their braces: {content} {style} {size} {steps}
// {seed} {index}.
const QStringList &namePlaceholders();

// Empty when `pattern` can name a batch's pictures: only known placeholders, a file name left
// once they are filled in, and a suffix that picks an image type (.png .jpg .tif .webp). Else a
// message naming the problem.
QString nameTemplateProblem(const QString &pattern);

// The file name of a job: {content} and {style} are the pictures' names without their suffix
// (several blended styles joined with '+'), {size} {steps} {seed} the job's settings, {index}
// `index` (1-based, the job's place in the whole batch) with at least 4 digits.
QString expandNameTemplate(const QString &pattern, const StyleSettings &settings, int index);

} // namespace nss
