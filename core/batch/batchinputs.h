// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// The file-name suffixes (lower case, no dot) a folder's pictures are recognised by. A corrupt
// file with one of them still counts: it becomes a job that fails with a clear message.
const QStringList &batchImageSuffixes();

// Files and folders as the user named them, made into a list of picture files: a file stays as
// it is (whatever its suffix: the user chose it); a folder gives its pictures, not recursively,
// sorted by name so every machine sees the same order. Paths become absolute. An error names a
// path that does not exist or a folder with no pictures.
Expected<QStringList> expandImagePaths(const QStringList &filesOrFolders);

// Every combination of content and style, content-major ("a+s1, a+s2, b+s1, ..."): `base` with
// its content and its one style replaced. Deterministic: the order is the lists' order.
QList<StyleSettings> combineContentsAndStyles(const StyleSettings &base, const QStringList &contents,
                                              const QStringList &styles);

} // namespace nss
