// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "base/expected.h"
#include "base/styleframe.h"
#include "base/stylesettings.h"
#include "io/runhistory.h"

namespace nss {

// One picture the queue will make: a run's settings (content and style paths included) and
// where it stands.
struct QueueJob
{
    enum class State { Waiting, Held, Running, Done, Failed };

    QString id; // unique in its queue, never reused
    StyleSettings settings; // as Start would use them; threads 0 (the machine's, chosen at run time)
    State state = State::Waiting;
    QString message; // Failed: why; Waiting after an interruption: that it starts again
    QString historyId; // the run history's item of its result (Done, or Failed after some steps)
    QDateTime addedAt;

    // "photo + painting": the base names of the content and of the styles.
    QString title() const;
    QJsonObject toJson() const;
    static Expected<QueueJob> fromJson(const QJsonObject &json);

    Q_DECLARE_TR_FUNCTIONS(nss::QueueJob)
};

QString toString(QueueJob::State state); // "waiting", "held", "running", "done", "failed"

// A finished run's result as the run history keeps it: the window's own runs and the queue's
// describe their pictures the same way.
HistoryItem historyItemFor(const StyleSettings &settings, const StyleFrame &last, HistoryItem::Outcome outcome);

// The window's queue of runs, kept in a JSON file of the app's data folder. Every change is
// written at once, atomically (base/atomicfile), so a crash leaves the queue as it was before the
// change or after it. Loading puts a job that was running back to waiting: it runs again from its
// start (its picture so far was never kept). A damaged file is set aside as "<file>.damaged" and
// the queue starts empty, saying so in loadProblem(). GUI thread only.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    // <AppLocalDataLocation>/queue.json, beside the run history.
    static QString defaultFile();

    explicit JobQueue(QString file = defaultFile(), QObject *parent = nullptr);

    QString file() const { return m_file; }
    QString loadProblem() const { return m_loadProblem; }

    const QList<QueueJob> &jobs() const { return m_jobs; }
    std::optional<QueueJob> job(const QString &id) const;
    qsizetype indexOf(const QString &id) const;
    int count(QueueJob::State state) const;
    // The first job that is waiting, in queue order; empty when none.
    QString nextWaiting() const;

    // Appends one job per settings, waiting, in the order given; their ids.
    QStringList add(const QList<StyleSettings> &settings);
    bool remove(const QString &id);
    // Moves a job `delta` places towards the end (negative: towards the front), within bounds.
    bool move(const QString &id, int delta);
    // A held job is skipped until released. Only a waiting job can be held (or a failed one
    // released to run again); the running job is paused with the whole queue instead.
    bool setHeld(const QString &id, bool held);
    // Done and failed jobs leave the list (their results stay in the run history).
    int clearFinished();

    // The whole queue: while paused, no job starts and the running one waits.
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    bool setRunning(const QString &id);
    bool setDone(const QString &id, const QString &historyId);
    bool setFailed(const QString &id, const QString &message);
    bool setWaiting(const QString &id, const QString &message = QString());
    bool setHistoryId(const QString &id, const QString &historyId);

Q_SIGNALS:
    void changed(); // any job, the order or the pause: already saved
    void saveFailed(const QString &message);

private:
    void load();
    void save();
    QueueJob *find(const QString &id);
    bool update(const QString &id, const std::function<void(QueueJob &)> &change);

    QString m_file;
    QString m_loadProblem;
    QList<QueueJob> m_jobs;
    quint64 m_nextId = 1;
    bool m_paused = false;
};

} // namespace nss
