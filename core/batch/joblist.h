// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "base/expected.h"

namespace nss {

// One job of a job list: the settings it names, as option names (the long options without
// dashes, lower case, '_' read as '-') with their values. Only "style" may have several values
// (blended styles); a setting the job leaves empty is absent, so the command line's applies.
struct JobListRow
{
    int line = 0; // 1-based line of the file where the job is written, for messages
    QList<std::pair<QString, QStringList>> values;
};

// A job list file read, not yet checked against the options: the caller knows which options a
// job may set and says "FILE:LINE: ..." itself.
struct JobList
{
    QString path; // as given, for messages
    QList<JobListRow> rows;
};

// Reads a job list by its suffix:
// - .csv: a header row naming the columns, then one job per row. Cells may be quoted ("a, b"
//   with "" for a quote); several styles in one cell are separated by ';' (blended), and so may
//   the style-blend weights be. Empty lines and lines starting with '#' are skipped.
// - .jsonl: one JSON object per line, the same keys; values are strings or numbers, "style" (and
//   list-like settings such as "style-blend") may be an array. null leaves a setting unset.
// Errors are "FILE:LINE: what is wrong"; a file without jobs is an error too.
Expected<JobList> readJobList(const QString &path);

} // namespace nss
