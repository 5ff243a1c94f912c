// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "base/stylesettings.h"
#include "batch/batchshard.h"

namespace nss {

// One picture of a batch: its settings (paths absolute) and where it goes.
struct BatchJob
{
    StyleSettings settings;
    QString outputPath; // absolute
    QString origin; // "jobs.csv:4" for a job-list job, for messages; empty on the command line
};

// What `neural-style` was asked to do in batch mode (--output-dir or --jobs). Torch-free.
struct BatchRequest
{
    QList<BatchJob> jobs; // the whole batch in its order; the shard picks from it
    BatchShard shard;
    bool resume = false; // skip a job whose output is already complete
    QString outputDir; // absolute
    QString weightsPath;
    int threads = 0;
    bool verbose = false;
};

// Before the parser: a bare word right after --content's or --style's value is a further value
// of the same option, so a shell's `--content photos/*.jpg` becomes one --content per file.
// Anything else (an option, "--") ends the list.
QStringList expandBareValues(const QStringList &arguments);

// --output-dir, --name, --jobs, --resume, --no-resume and --shard.
void addBatchOptions(QCommandLineParser &parser);

// Batch mode is chosen by --output-dir or --jobs.
bool isBatchRequest(const QCommandLineParser &parser);

// In single-picture mode: a message when the command line asks for a batch's work (several
// --content, a --name...) without --output-dir; empty when it is fine.
QString singlePictureProblem(const QCommandLineParser &parser);

// The whole batch, checked before anything runs: the options, the pictures (files and folders
// expanded, every path existing), the job list's rows (each read as the command line would read
// it, the command line's options as defaults), the output names (unique, of a known type).
// Errors name the option, or the job list's file and line.
Expected<BatchRequest> readBatchRequest(const QCommandLineParser &parser);

} // namespace nss
