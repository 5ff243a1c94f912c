// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

// What `neural-style` was asked to do, read from its command line. Torch-free, so the parsing is
// testable and the executable stays a thin main().
struct CliRequest
{
    StyleSettings settings;
    QString outputPath; // may be empty only with --benchmark
    QString weightsPath; // --weights; empty: look in the environment, then the app's data folder
    QString framesDir; // where --save-every frames go; empty: none saved
    int saveEvery = 0; // 0: no frames saved
    bool benchmark = false;
    bool verbose = false; // --verbose: an engine failure's detail after its one-line message
    QString checkpointPath; // --checkpoint: continue from it when it exists, keep it up to date (io/runcheckpoint.h)
};

// What the options are read for: one picture (--content, --style and --output required), the
// defaults of a batch (no picture needed: each job brings its own) or one job of a batch (its
// pictures required, its output named by the batch when --output is absent).
enum class StyleOptionUse { SinglePicture, BatchDefaults, BatchJob };

// Adds the style-transfer options (--content, --style, ... --benchmark) to `parser`; the program
// adds --weights itself (its --check-weights shares it), which readStyleOptions reads.
void addStyleOptions(QCommandLineParser &parser);

// Reads the options added by addStyleOptions from a processed parser. Every error names the
// option and the bad value; the numbers' ranges are checked by StyleSettings::validate().
Expected<CliRequest> readStyleOptions(const QCommandLineParser &parser,
                                      StyleOptionUse use = StyleOptionUse::SinglePicture);

// The names (without dashes) of the options addStyleOptions adds that take a value, in --help order.
QStringList styleValueOptionNames();

} // namespace nss
