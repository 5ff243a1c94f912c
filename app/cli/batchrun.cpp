// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrun.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "batch/batchprogress.h"
#include "batch/outputcheck.h"
#include "engine/memorybudget.h"
#include "engine/runtime.h"
#include "engine/stylerunner.h"
#include "io/imageexport.h"
#include "weights/weightsfile.h"

namespace nss {

namespace {

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// "chelsea + wave" for progress lines, "chelsea.jpg + wave.jpg" (withSuffix) for results.
QString jobLabel(const StyleSettings &settings, bool withSuffix)
{
    auto shown = [withSuffix](const QString &path) {
        return withSuffix ? QFileInfo(path).fileName() : QFileInfo(path).completeBaseName();
    };
    QStringList names{shown(settings.contentPath)};
    for (const StyleSource &style : settings.styles)
        names << shown(style.path);
    return names.join(QStringLiteral(" + "));
}

struct Failure
{
    QString job; // its label, and where a job list wrote it
    QString reason;
};

// One batch's run: its counts, its progress, the runner every job shares.
class BatchRun
{
    Q_DECLARE_TR_FUNCTIONS(nss::BatchRun)

public:
    BatchRun(const BatchRequest &request, const std::function<bool()> &stopRequested)
        : m_request(request)
        , m_stopRequested(stopRequested)
        , m_progress({})
    { }

    int run()
    {
        if (const int status = start(); status != ExitOk)
            return status;
        for (int p = 0; p < m_toRun.size(); ++p) {
            if (m_stopRequested()) {
                m_notRun = int(m_toRun.size()) - p;
                break;
            }
            runJob(p);
            if (m_interrupted) {
                m_notRun = int(m_toRun.size()) - p; // the interrupted job included
                break;
            }
        }
        return finish();
    }

private:
    const BatchJob &job(int position) const { return m_request.jobs[m_toRun[position]]; }
    QString tag(int position) const { return QStringLiteral("[job %1/%2]").arg(position + 1).arg(m_toRun.size()); }

    // The network file and the output folder, then which of the shard's jobs are left to do.
    int start()
    {
        const auto weights = locateWeights(m_request.weightsPath);
        if (!weights) {
            printLine(QStringLiteral("neural-style: %1").arg(weights.error()));
            return ExitBadRequest;
        }
        if (!QDir().mkpath(m_request.outputDir)) {
            printLine(QStringLiteral("neural-style: %1").arg(tr("Cannot create the output folder %1.").arg(m_request.outputDir)));
            return ExitBadRequest;
        }
        applyThreadCount(m_request.threads);
        m_runner.setNetworkFile(weights.value());
        const QList<int> selected = shardJobs(int(m_request.jobs.size()), m_request.shard);
        QList<double> work;
        for (int k : selected) {
            if (m_request.resume && isCompleteOutput(m_request.jobs[k].outputPath)) {
                ++m_skipped;
                continue;
            }
            m_toRun.append(k);
            work.append(BatchProgress::jobWork(m_request.jobs[k].settings));
        }
        m_progress = BatchProgress(work);
        const QString left = tr("%1 already done, %2 to run.").arg(m_skipped).arg(m_toRun.size());
        printLine(m_request.shard.isWhole()
                      ? tr("Batch of %1 jobs: %2").arg(m_request.jobs.size()).arg(left)
                      : tr("Batch of %1 jobs, shard %2/%3 (%4 of them): %5")
                            .arg(m_request.jobs.size())
                            .arg(m_request.shard.index)
                            .arg(m_request.shard.count)
                            .arg(selected.size())
                            .arg(left));
        return ExitOk;
    }

    void jobFailed(int position, const QString &reason)
    {
        m_progress.dropped(position);
        const BatchJob &j = job(position);
        QString label = jobLabel(j.settings, true);
        if (!j.origin.isEmpty())
            label += QStringLiteral(" (%1)").arg(j.origin);
        m_failures.append(Failure{label, reason});
        printLine(tr("%1 failed: %2").arg(tag(position), reason));
    }

    void printProgress(int position, const StyleFrame &frame)
    {
        const double done = frame.totalSteps > 0 ? double(frame.step) / frame.totalSteps : 0.0;
        const double left = m_progress.secondsLeft(position, done, m_jobClock.elapsed() / 1000.0, m_jobSecondsLeft);
        printLine(QStringLiteral("%1 %2: step %3/%4  loss %5  %6 steps/s | %7")
                      .arg(tag(position), jobLabel(job(position).settings, false))
                      .arg(frame.step)
                      .arg(frame.totalSteps)
                      .arg(frame.totalLoss, 0, 'g', 4)
                      .arg(frame.stepsPerSecond, 0, 'f', 2)
                      .arg(tr("batch %1 %, %2 left")
                               .arg(int(100.0 * m_progress.fraction(position, done)))
                               .arg(BatchProgress::formatDuration(left))));
    }

    void runJob(int position)
    {
        const BatchJob &j = job(position);
        m_jobClock.start();
        m_jobSecondsLeft = -1.0;
        printLine(QStringLiteral("%1 %2 -> %3").arg(tag(position), jobLabel(j.settings, true), j.outputPath));
        const auto pictures = loadCheckedPictures(j.settings);
        if (!pictures)
            return jobFailed(position, pictures.error());
        StyleRunHooks hooks;
        hooks.status = [&](const QString &message) { printLine(QStringLiteral("%1 %2").arg(tag(position), message)); };
        hooks.progress = [&](const StyleProgress &progress) { m_jobSecondsLeft = progress.secondsLeft; };
        hooks.frame = [&](const StyleFrame &frame) { printProgress(position, frame); };
        hooks.stopRequested = m_stopRequested;
        m_runner.setMasks(pictures->masks);
        const auto result = m_runner.run(j.settings, pictures->content, pictures->styles, pictures->start, hooks);
        if (m_stopRequested()) {
            // Never written: a picture cut short must not pass for a finished one when the batch runs again.
            m_interrupted = true;
            printLine(tr("%1 interrupted at step %2 of %3: nothing was written for %4.")
                          .arg(tag(position))
                          .arg(result ? result->step : 0)
                          .arg(j.settings.steps)
                          .arg(jobLabel(j.settings, true)));
            return;
        }
        if (!result) {
            if (m_request.verbose && !m_runner.lastFailureDetail().isEmpty())
                printLine(m_runner.lastFailureDetail());
            return jobFailed(position, result.error());
        }
        if (!QDir().mkpath(QFileInfo(j.outputPath).absolutePath()))
            return jobFailed(position, tr("Cannot create the folder %1.").arg(QFileInfo(j.outputPath).absolutePath()));
        const auto saved = exportImage(result->exported(), j.outputPath, ExportMetadata{j.settings, result->step, {}});
        if (!saved)
            return jobFailed(position, saved.error());
        m_progress.finished(position, m_jobClock.elapsed() / 1000.0);
        ++m_written;
        printLine(tr("%1 wrote %2 (%3 x %4) in %5.")
                      .arg(tag(position), j.outputPath)
                      .arg(result->image.width())
                      .arg(result->image.height())
                      .arg(BatchProgress::formatDuration(m_jobClock.elapsed() / 1000.0)));
    }

    int finish()
    {
        const int failed = int(m_failures.size());
        printLine(m_notRun > 0 ? tr("Batch: %1 written, %2 skipped (already done), %3 failed, %4 not run (interrupted).")
                                     .arg(m_written)
                                     .arg(m_skipped)
                                     .arg(failed)
                                     .arg(m_notRun)
                               : tr("Batch: %1 written, %2 skipped (already done), %3 failed.")
                                     .arg(m_written)
                                     .arg(m_skipped)
                                     .arg(failed));
        for (const Failure &failure : m_failures)
            printLine(tr("  failed: %1: %2").arg(failure.job, failure.reason));
        if (m_notRun > 0) {
            printLine(m_request.resume ? tr("Run the same command again to do the rest.")
                                       : tr("Run the same command again with --resume to do the rest."));
            return ExitInterrupted;
        }
        return failed > 0 ? ExitFailed : ExitOk;
    }

    const BatchRequest &m_request;
    std::function<bool()> m_stopRequested;
    StyleRunner m_runner;
    BatchProgress m_progress;
    QList<int> m_toRun; // places in the batch, in order
    QElapsedTimer m_jobClock;
    double m_jobSecondsLeft = -1.0;
    QList<Failure> m_failures;
    int m_written = 0, m_skipped = 0, m_notRun = 0;
    bool m_interrupted = false;
};

} // namespace

Expected<RunPictures> loadCheckedPictures(const StyleSettings &settings)
{
    const auto loaded = loadRunPictures(settings);
    if (!loaded)
        return fail(loaded.error());
    if (const QString problem = pictureSizeProblem(settings, loaded->content.size()); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = maskProblem(settings, loaded->content.size(), loaded->masks); !problem.isEmpty())
        return fail(problem);
    if (const auto parts = loadSourceMasks(settings, loaded->styles); !parts) // the runner reads them again
        return fail(parts.error());
    // Refused before it starts: a run the machine cannot hold would fail minutes later, or be
    // ended by the kernel.
    const auto fit = checkMemoryFit(settings, loaded->content.size(), loaded->styleSizes(), availableMemoryBytes());
    if (!fit.fits())
        return fail(memoryFitProblem(settings, fit));
    return loaded;
}

int runBatch(const BatchRequest &request, const std::function<bool()> &stopRequested)
{
    return BatchRun(request, stopRequested).run();
}

} // namespace nss
