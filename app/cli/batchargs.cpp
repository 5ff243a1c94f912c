// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchargs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include "batch/batchinputs.h"
#include "batch/joblist.h"
#include "batch/nametemplate.h"
#include "cliargs.h"
#include "io/imageexport.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

QString name(const char *text)
{
    return QString::fromLatin1(text);
}

// Options of a single picture that a batch cannot use: each job would overwrite the other's.
const char *const kSinglePictureOnly[] = {"frames-dir", "save-every", "benchmark", "checkpoint"};
// Options set once for the whole batch (one process, one network), never per job.
const char *const kWholeBatchOnly[] = {"threads", "frames-dir", "save-every"};

// A job of the batch before its output is named.
struct PlannedJob
{
    StyleSettings settings;
    QString output; // as the job list gave it; empty: the --name template
    QString origin;
};

// The options of the command line as arguments again ("--size=64"), those in `skip` left out:
// the defaults a job list's row is read over.
QStringList defaultArguments(const QCommandLineParser &parser, const QStringList &skip)
{
    QStringList arguments;
    for (const QString &option : styleValueOptionNames() + QStringList{name("weights")})
        if (!skip.contains(option))
            for (const QString &value : parser.values(option))
                arguments << QStringLiteral("--%1=%2").arg(option, value);
    if (parser.isSet(name("verbose")))
        arguments << QStringLiteral("--verbose");
    return arguments;
}

QStringList jobListKeys()
{
    QStringList keys = styleValueOptionNames();
    for (const char *option : kWholeBatchOnly)
        keys.removeAll(name(option));
    return keys;
}

// A path written in a job list is relative to the list's folder, so a list travels with its pictures.
QString rowValue(const QString &key, const QString &value, const QDir &listFolder)
{
    const bool isPath = key == QLatin1String("content") || key == QLatin1String("style")
                        || ((key == QLatin1String("style-mask") || key == QLatin1String("style-source-mask") || key == QLatin1String("keep-mask"))
                            && !value.isEmpty())
                        || (key == QLatin1String("init") && !initModeFromString(value).has_value());
    return isPath ? QDir::cleanPath(listFolder.absoluteFilePath(value)) : value;
}

// One row read as the command line reads its options, over the command line's as defaults.
Expected<PlannedJob> readJobRow(const JobList &list, const JobListRow &row, const QCommandLineParser &parser)
{
    const QString origin = QStringLiteral("%1:%2").arg(list.path).arg(row.line);
    const QStringList keys = jobListKeys();
    const QDir folder = QFileInfo(list.path).absoluteDir();
    QStringList set, rowArguments;
    for (const auto &[key, values] : row.values) {
        if (!keys.contains(key))
            return fail(QStringLiteral("%1: %2").arg(
                origin, tr("unknown setting \"%1\" (a job may set: %2).").arg(key, keys.join(QStringLiteral(", ")))));
        set << key;
        for (const QString &value : values)
            rowArguments << QStringLiteral("--%1=%2").arg(key, rowValue(key, value, folder));
    }
    if (set.contains(name("style"))) // the command line's blend weights are for its own styles
        set << name("style-blend");
    QCommandLineParser jobParser;
    addStyleOptions(jobParser);
    jobParser.addOption(QCommandLineOption(name("weights"), QString(), name("file")));
    const QStringList arguments = QStringList{QStringLiteral("neural-style")} + defaultArguments(parser, set)
                                  + rowArguments;
    if (!jobParser.parse(arguments))
        return fail(QStringLiteral("%1: %2").arg(origin, jobParser.errorText()));
    const auto request = readStyleOptions(jobParser, StyleOptionUse::BatchJob);
    if (!request)
        return fail(QStringLiteral("%1: %2").arg(origin, request.error()));
    return PlannedJob{request->settings, request->outputPath, origin};
}

Expected<QList<PlannedJob>> jobsOfList(const QCommandLineParser &parser)
{
    const auto list = readJobList(parser.value(name("jobs")));
    if (!list)
        return fail(list.error());
    QList<PlannedJob> jobs;
    for (const JobListRow &row : list->rows) {
        auto job = readJobRow(list.value(), row, parser);
        if (!job)
            return fail(job.error());
        jobs.append(job.value());
    }
    return jobs;
}

// Every content with every style, content-major, over the command line's settings.
Expected<QList<PlannedJob>> jobsOfCommandLine(const QCommandLineParser &parser, const StyleSettings &defaults)
{
    if (!parser.isSet(name("content")))
        return fail(tr("Choose the photos to repaint with --content FILE|FOLDER... (or give a job list with --jobs FILE)."));
    if (!parser.isSet(name("style")))
        return fail(tr("Choose the style images with --style FILE|FOLDER...; each style makes its own picture."));
    if (parser.isSet(name("style-blend")))
        return fail(tr("--style-blend blends the styles of one picture, but in batch mode each --style makes its own "
                       "picture. Blend styles in a job list (--jobs) instead."));
    const auto contents = expandImagePaths(parser.values(name("content")));
    if (!contents)
        return fail(contents.error());
    const auto styles = expandImagePaths(parser.values(name("style")));
    if (!styles)
        return fail(styles.error());
    QList<PlannedJob> jobs;
    for (const StyleSettings &settings : combineContentsAndStyles(defaults, contents.value(), styles.value()))
        jobs.append(PlannedJob{settings, QString(), QString()});
    return jobs;
}

// A missing picture is a mistake in the request, found before hours of work start.
Status picturesExist(const StyleSettings &s)
{
    QStringList paths{s.contentPath};
    for (const StyleSource &style : s.styles)
        paths << style.path;
    if (s.init == InitMode::Image)
        paths << s.initPath;
    for (const QString &path : paths)
        if (!QFileInfo::exists(path))
            return fail(QCoreApplication::translate("nss", "%1 does not exist.").arg(path));
    return succeeded();
}

// Names every job's output and checks that no two jobs write the same file.
Status nameOutputs(const QList<PlannedJob> &planned, const QString &pattern, BatchRequest &batch)
{
    QHash<QString, int> writers;
    for (int k = 0; k < planned.size(); ++k) {
        const PlannedJob &job = planned[k];
        const QString where = job.origin.isEmpty() ? QString() : job.origin + QStringLiteral(": ");
        if (Status exists = picturesExist(job.settings); !exists)
            return fail(where + exists.error());
        const QString given = job.output.isEmpty() ? expandNameTemplate(pattern, job.settings, k + 1) : job.output;
        const QString output = QDir::cleanPath(QDir(batch.outputDir).absoluteFilePath(given));
        if (!exportFormatFromPath(output))
            return fail(where + tr("Cannot write %1: unknown image type \"%2\" (use .png, .jpg, .tif or .webp).")
                                    .arg(output, QFileInfo(output).suffix()));
        if (writers.contains(output))
            return fail(tr("Jobs %1 and %2 would both write %3: give them different names (add {index} to --name, "
                           "or an output column).")
                            .arg(writers.value(output) + 1)
                            .arg(k + 1)
                            .arg(output));
        writers.insert(output, k);
        batch.jobs.append(BatchJob{job.settings, output, job.origin});
    }
    return succeeded();
}

} // namespace

QStringList expandBareValues(const QStringList &arguments)
{
    QStringList expanded;
    QString listOption; // "--content" or "--style" while bare words are its further values
    bool valueNext = false; // the option's own value comes next, whatever it looks like
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (i == 0 || valueNext) {
            expanded << argument;
            valueNext = false;
        } else if (argument == QLatin1String("--")) {
            expanded << arguments.mid(i);
            break;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            const QString option = argument.section(QLatin1Char('='), 0, 0);
            const bool isList = option == QLatin1String("--content") || option == QLatin1String("--style");
            listOption = isList ? option : QString();
            valueNext = isList && !argument.contains(QLatin1Char('='));
            expanded << argument;
        } else {
            if (!listOption.isEmpty())
                expanded << listOption;
            expanded << argument;
        }
    }
    return expanded;
}

void addBatchOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        name("output-dir"),
        tr("Batch mode: write one picture per content and style into this folder (created if missing)."),
        name("folder")));
    parser.addOption(QCommandLineOption(
        name("name"),
        tr("Batch mode: file names of the pictures (default {content}-{style}-{size}.png; also {steps}, {seed}, "
           "{index}). The suffix picks the type."),
        name("template")));
    parser.addOption(QCommandLineOption(
        name("jobs"),
        tr("Batch mode: a job list, .csv (a header row of option names) or .jsonl (one JSON object a line); the "
           "command line's options are every job's defaults."),
        name("file")));
    parser.addOption(QCommandLineOption(
        name("resume"), tr("Skip jobs whose picture already exists and is complete (the default with --jobs).")));
    parser.addOption(QCommandLineOption(name("no-resume"), tr("Redo every job, overwriting its picture.")));
    parser.addOption(QCommandLineOption(
        name("shard"), tr("Run only the I-th of N slices of the batch (jobs k with k % N = I - 1), for clusters."),
        name("I/N")));
}

bool isBatchRequest(const QCommandLineParser &parser)
{
    return parser.isSet(name("output-dir")) || parser.isSet(name("jobs"));
}

QString singlePictureProblem(const QCommandLineParser &parser)
{
    if (const int contents = int(parser.values(name("content")).size()); contents > 1)
        return tr("%1 photos were given with --content, but --output writes one picture. For a picture of each, "
                  "use --output-dir FOLDER (batch mode).")
            .arg(contents);
    for (const char *option : {"name", "resume", "no-resume", "shard"})
        if (parser.isSet(name(option)))
            return tr("--%1 is for batches: add --output-dir FOLDER or --jobs FILE.").arg(name(option));
    return {};
}

Expected<BatchRequest> readBatchRequest(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\": only --content and --style take several values.")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(name("output")))
        return fail(tr("--output writes one picture; in batch mode the names come from --name TEMPLATE (or a job "
                       "list's output column)."));
    for (const char *option : kSinglePictureOnly)
        if (parser.isSet(name(option)))
            return fail(tr("--%1 is for a single picture; it cannot be used with --output-dir or --jobs.").arg(name(option)));
    if (parser.isSet(name("resume")) && parser.isSet(name("no-resume")))
        return fail(tr("--resume and --no-resume cannot be used together."));
    BatchRequest batch;
    batch.resume = parser.isSet(name("resume")) || (parser.isSet(name("jobs")) && !parser.isSet(name("no-resume")));
    if (parser.isSet(name("shard"))) {
        const auto shard = parseBatchShard(parser.value(name("shard")));
        if (!shard)
            return fail(shard.error());
        batch.shard = shard.value();
    }
    const QString pattern = parser.isSet(name("name")) ? parser.value(name("name")) : defaultNameTemplate();
    if (const QString problem = nameTemplateProblem(pattern); !problem.isEmpty())
        return fail(problem);
    const QString dir = parser.isSet(name("output-dir")) ? parser.value(name("output-dir")) : QStringLiteral(".");
    batch.outputDir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(batch.outputDir).exists() && !QFileInfo(batch.outputDir).isDir())
        return fail(tr("--output-dir: %1 is a file, not a folder.").arg(dir));
    const auto defaults = readStyleOptions(parser, StyleOptionUse::BatchDefaults);
    if (!defaults)
        return fail(defaults.error());
    batch.weightsPath = defaults->weightsPath;
    batch.threads = defaults->settings.threads;
    batch.verbose = defaults->verbose;
    const auto planned = parser.isSet(name("jobs")) ? jobsOfList(parser) : jobsOfCommandLine(parser, defaults->settings);
    if (!planned)
        return fail(planned.error());
    if (Status named = nameOutputs(planned.value(), pattern, batch); !named)
        return fail(named.error());
    return batch;
}

} // namespace nss
