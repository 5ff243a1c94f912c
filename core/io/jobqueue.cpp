// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jobqueue.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include "base/atomicfile.h"

namespace nss {

namespace {

constexpr auto kFormat = "neural-style-studio-queue";
constexpr int kVersion = 1;

constexpr std::array<std::pair<QueueJob::State, const char *>, 5> kStateNames{{
    {QueueJob::State::Waiting, "waiting"},
    {QueueJob::State::Held, "held"},
    {QueueJob::State::Running, "running"},
    {QueueJob::State::Done, "done"},
    {QueueJob::State::Failed, "failed"},
}};

} // namespace

QString toString(QueueJob::State state)
{
    for (const auto &[value, name] : kStateNames)
        if (value == state)
            return QLatin1String(name);
    return {};
}

QString QueueJob::title() const
{
    QStringList styleNames;
    for (const StyleSource &style : settings.styles)
        styleNames << QFileInfo(style.path).completeBaseName();
    return tr("%1 + %2").arg(QFileInfo(settings.contentPath).completeBaseName(), styleNames.join(QStringLiteral(", ")));
}

QJsonObject QueueJob::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("addedAt"), addedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!historyId.isEmpty())
        json.insert(QStringLiteral("historyId"), historyId);
    return json;
}

Expected<QueueJob> QueueJob::fromJson(const QJsonObject &json)
{
    QueueJob job;
    job.id = json.value(QLatin1String("id")).toString();
    if (job.id.isEmpty())
        return fail(tr("A queued job has no id."));
    auto settings = StyleSettings::fromJson(json.value(QLatin1String("settings")).toObject());
    if (!settings)
        return fail(tr("Queued job %1: %2").arg(job.id, settings.error()));
    job.settings = std::move(settings).value();
    const QString state = json.value(QLatin1String("state")).toString();
    bool known = false;
    for (const auto &[value, name] : kStateNames)
        if (state == QLatin1String(name)) {
            job.state = value;
            known = true;
        }
    if (!known)
        return fail(tr("Queued job %1 has an unknown state \"%2\".").arg(job.id, state));
    job.message = json.value(QLatin1String("message")).toString();
    job.historyId = json.value(QLatin1String("historyId")).toString();
    job.addedAt = QDateTime::fromString(json.value(QLatin1String("addedAt")).toString(), Qt::ISODateWithMs);
    return job;
}

HistoryItem historyItemFor(const StyleSettings &settings, const StyleFrame &last, HistoryItem::Outcome outcome)
{
    HistoryItem item;
    item.settings = settings;
    item.step = last.step;
    item.totalSteps = last.totalSteps > 0 ? last.totalSteps : settings.steps;
    item.totalLoss = last.totalLoss;
    item.elapsedSeconds = last.elapsedSeconds;
    item.outcome = outcome;
    return item;
}

QString JobQueue::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/queue.json");
}

JobQueue::JobQueue(QString file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{
    load();
}

void JobQueue::load()
{
    QFile file(m_file);
    if (!file.exists())
        return;
    auto damaged = [this](const QString &why) {
        // Set aside, not overwritten by the next save: the jobs in it may still be worth reading.
        const QString aside = m_file + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(m_file, aside);
        m_loadProblem = tr("The queue file %1 could not be read (%2); it was kept as %3 and the queue starts empty.")
                            .arg(QDir::toNativeSeparators(m_file), why, QDir::toNativeSeparators(aside));
        m_jobs.clear();
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    file.close();
    if (error.error != QJsonParseError::NoError)
        return damaged(error.errorString());
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return damaged(tr("not a queue file"));
    if (json.value(QLatin1String("version")).toInt() > kVersion)
        return damaged(tr("made by a newer version"));
    m_paused = json.value(QLatin1String("paused")).toBool();
    m_nextId = qMax<quint64>(1, json.value(QLatin1String("nextId")).toInteger());
    for (const QJsonValue &value : json.value(QLatin1String("jobs")).toArray()) {
        auto job = QueueJob::fromJson(value.toObject());
        if (!job)
            return damaged(job.error());
        if (job->state == QueueJob::State::Running) {
            // The app ended during this job: its picture so far was never kept, so it runs again.
            job->state = QueueJob::State::Waiting;
            job->message = tr("Interrupted; starts again from the beginning.");
        }
        m_jobs.append(std::move(job).value());
    }
}

void JobQueue::save()
{
    QJsonArray jobs;
    for (const QueueJob &job : std::as_const(m_jobs))
        jobs.append(job.toJson());
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("paused"), m_paused},
        {QStringLiteral("nextId"), qint64(m_nextId)},
        {QStringLiteral("jobs"), jobs},
    };
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const Status written = writeFileAtomically(m_file, QJsonDocument(json).toJson(QJsonDocument::Indented));
    Q_EMIT changed();
    if (!written)
        Q_EMIT saveFailed(tr("The queue could not be saved: %1").arg(written.error()));
}

QueueJob *JobQueue::find(const QString &id)
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_jobs[index];
}

std::optional<QueueJob> JobQueue::job(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<QueueJob>(m_jobs[index]);
}

qsizetype JobQueue::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        if (m_jobs[i].id == id)
            return i;
    return -1;
}

int JobQueue::count(QueueJob::State state) const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [state](const QueueJob &job) { return job.state == state; }));
}

QString JobQueue::nextWaiting() const
{
    for (const QueueJob &job : m_jobs)
        if (job.state == QueueJob::State::Waiting)
            return job.id;
    return {};
}

QStringList JobQueue::add(const QList<StyleSettings> &settings)
{
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const StyleSettings &s : settings) {
        QueueJob job;
        job.id = QString::number(m_nextId++);
        job.settings = s;
        job.settings.threads = 0; // the machine's, when the job runs
        job.addedAt = now;
        ids << job.id;
        m_jobs.append(job);
    }
    if (!ids.isEmpty())
        save();
    return ids;
}

bool JobQueue::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_jobs.removeAt(index);
    save();
    return true;
}

bool JobQueue::move(const QString &id, int delta)
{
    const qsizetype from = indexOf(id);
    const qsizetype to = qBound<qsizetype>(0, from + delta, m_jobs.size() - 1);
    if (from < 0 || to == from)
        return false;
    m_jobs.move(from, to);
    save();
    return true;
}

bool JobQueue::setHeld(const QString &id, bool held)
{
    const auto job = this->job(id);
    const bool allowed = job
                         && (held ? job->state == QueueJob::State::Waiting
                                  : job->state == QueueJob::State::Held || job->state == QueueJob::State::Failed);
    return allowed && update(id, [held](QueueJob &changed) {
        changed.state = held ? QueueJob::State::Held : QueueJob::State::Waiting;
        changed.message.clear();
    });
}

int JobQueue::clearFinished()
{
    const qsizetype removed = m_jobs.removeIf(
        [](const QueueJob &job) { return job.state == QueueJob::State::Done || job.state == QueueJob::State::Failed; });
    if (removed > 0)
        save();
    return int(removed);
}

void JobQueue::setPaused(bool paused)
{
    if (std::exchange(m_paused, paused) != paused)
        save();
}

bool JobQueue::update(const QString &id, const std::function<void(QueueJob &)> &change)
{
    QueueJob *job = find(id);
    if (!job)
        return false;
    change(*job);
    save();
    return true;
}

bool JobQueue::setRunning(const QString &id)
{
    return update(id, [](QueueJob &job) {
        job.state = QueueJob::State::Running;
        job.message.clear();
    });
}

bool JobQueue::setDone(const QString &id, const QString &historyId)
{
    return update(id, [&historyId](QueueJob &job) {
        job.state = QueueJob::State::Done;
        job.message.clear();
        job.historyId = historyId;
    });
}

bool JobQueue::setFailed(const QString &id, const QString &message)
{
    return update(id, [&message](QueueJob &job) {
        job.state = QueueJob::State::Failed;
        job.message = message;
    });
}

bool JobQueue::setWaiting(const QString &id, const QString &message)
{
    return update(id, [&message](QueueJob &job) {
        job.state = QueueJob::State::Waiting;
        job.message = message;
    });
}

bool JobQueue::setHistoryId(const QString &id, const QString &historyId)
{
    return update(id, [&historyId](QueueJob &job) { job.historyId = historyId; });
}

} // namespace nss
