// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "base/expected.h"

namespace nss {

// Writes `bytes` to `path` so that a reader sees either the old file or the new one, never half of
// each: the bytes go to a temporary file in the same folder, which replaces the old file only once
// everything was written and flushed (QSaveFile). On any failure the previous file is left as it
// was, and the message names the file and the problem (missing folder, folder not writable, disk
// full, ...). A path that exists but is not a regular file (a device such as /dev/full, a pipe) is
// written directly: renaming over it would replace the device with a file.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);
// The same for bytes in several pieces, written one after the other: a large file is not copied
// into one buffer first.
Status writeFileAtomically(const QString &path, const QList<QByteArrayView> &parts);

// Copies `source` to `target` the same way, in pieces (a video of gigabytes): `target` is the old
// file or the whole copy, never part of it.
Status copyFileAtomically(const QString &source, const QString &target);

// The checks writeFileAtomically makes before writing, for callers that produce their bytes
// slowly and want to fail before doing the work: the name is not empty, its folder exists and it
// is not itself a folder.
Status checkWritableTarget(const QString &path);

} // namespace nss
