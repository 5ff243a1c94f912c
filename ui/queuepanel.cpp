// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepanel.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "base/styleprogress.h"
#include "queuerunner.h"
#include "runprogress.h"
#include "themedicon.h"

namespace nss {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString stateText(const QueueJob &job, bool saving)
{
    switch (job.state) {
    case QueueJob::State::Waiting:
        return job.message.isEmpty() ? QueuePanel::tr("waiting") : QueuePanel::tr("waiting: %1").arg(job.message);
    case QueueJob::State::Held:
        return QueuePanel::tr("held");
    case QueueJob::State::Running:
        return saving ? QueuePanel::tr("keeping the result…") : QueuePanel::tr("running");
    case QueueJob::State::Done:
        return QueuePanel::tr("done");
    case QueueJob::State::Failed:
        return QueuePanel::tr("failed: %1").arg(job.message);
    }
    return {};
}

} // namespace

QueuePanel::QueuePanel(QueueRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_status(new QLabel)
    , m_current(new QLabel)
    , m_progress(new RunProgress(nullptr, Qt::Vertical))
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("queuePanel"));
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("queueCurrent"));
    m_progress->setObjectName(QStringLiteral("queueProgress"));
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    // Two buttons a row: a dock beside the settings must stay narrow enough for a laptop screen.
    auto *buttons = new QGridLayout;
    layout->addLayout(buttons);
    int placed = 0;
    auto button = [this, buttons, &placed](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b, placed / 2, placed % 2);
        ++placed;
        return b;
    };
    m_up = button(QStringLiteral("queueUp"), tr("Up"), tr("Run the selected job earlier"), [this] { moveSelected(-1); });
    m_down = button(QStringLiteral("queueDown"), tr("Down"), tr("Run the selected job later"), [this] { moveSelected(1); });
    m_hold = button(QStringLiteral("queueHold"), tr("Hold"), tr("Skip the selected job until it is released"),
                    [this] { toggleHoldSelected(); });
    m_remove = button(QStringLiteral("queueRemove"), tr("Remove"),
                      tr("Remove the selected job (a running one stops, and its picture so far is dropped)"),
                      [this] { removeSelected(); });
    m_remove->setIcon(themedIcon(QStringLiteral("remove")));
    m_clear = button(QStringLiteral("queueClear"), tr("Clear Finished"),
                     tr("Remove the done and failed jobs from the list (their results stay in the history)"),
                     [this] { m_runner->queue()->clearFinished(); });
    m_clear->setIcon(themedIcon(QStringLiteral("clear")));
    m_pause = button(QStringLiteral("queuePause"), tr("Pause Queue"),
                     tr("Pause the whole queue: the running job waits at its next step and no other starts"),
                     [this] { m_runner->queue()->setPaused(!m_runner->queue()->isPaused()); });

    connect(m_runner->queue(), &JobQueue::changed, this, &QueuePanel::rebuild);
    connect(m_runner, &QueueRunner::statusChanged, this, &QueuePanel::updateStatus);
    connect(m_runner, &QueueRunner::progressed, this, &QueuePanel::showProgress);
    connect(m_runner, &QueueRunner::jobStarted, this, [this](const QString &, int totalSteps) { m_progress->reset(totalSteps); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &QueuePanel::updateButtons);
    rebuild();
}

void QueuePanel::rebuild()
{
    const QStringList selected = selectedIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int number = 0;
    for (const QueueJob &job : m_runner->queue()->jobs()) {
        const bool saving = job.state == QueueJob::State::Running && job.id != m_runner->runningJobId();
        auto *item = new QListWidgetItem(tr("%1. %2 — %3 px, %4 steps — %5")
                                             .arg(++number)
                                             .arg(job.title())
                                             .arg(job.settings.outputSize)
                                             .arg(job.settings.steps)
                                             .arg(stateText(job, saving)));
        item->setData(kIdRole, job.id);
        item->setToolTip(job.state == QueueJob::State::Failed || !job.message.isEmpty()
                             ? job.message
                             : tr("Content: %1").arg(job.settings.contentPath));
        if (job.state == QueueJob::State::Failed)
            item->setForeground(QColor(200, 40, 40)); // reads on light and dark palettes
        else if (job.state == QueueJob::State::Done || job.state == QueueJob::State::Held)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (job.state == QueueJob::State::Running) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_list->addItem(item);
        if (selected.contains(job.id))
            item->setSelected(true);
    }
    updateStatus();
    updateButtons();
}

void QueuePanel::updateStatus()
{
    m_status->setText(m_runner->statusText());
    const QString running = m_runner->runningJobId();
    const auto job = m_runner->queue()->job(running);
    // The status line names a running job already; this line is for one that waits or is paused.
    m_current->setVisible(job.has_value() && !m_status->text().contains(job->title()));
    m_progress->setVisible(job.has_value());
    if (job)
        m_current->setText(m_runner->isWaiting() ? tr("Waiting at its step: %1").arg(job->title()) : tr("Now: %1").arg(job->title()));
    m_pause->setText(m_runner->queue()->isPaused() ? tr("Resume Queue") : tr("Pause Queue"));
    m_pause->setIcon(themedIcon(m_runner->queue()->isPaused() ? QStringLiteral("start") : QStringLiteral("pause")));
}

void QueuePanel::updateButtons()
{
    const auto job = m_runner->queue()->job(selectedIds().value(0));
    const qsizetype row = job ? m_runner->queue()->indexOf(job->id) : -1;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_runner->queue()->jobs().size());
    m_remove->setEnabled(job.has_value());
    const bool releasable = job && (job->state == QueueJob::State::Held || job->state == QueueJob::State::Failed);
    m_hold->setEnabled(job && (releasable || job->state == QueueJob::State::Waiting));
    m_hold->setText(job && job->state == QueueJob::State::Failed ? tr("Retry") : releasable ? tr("Release") : tr("Hold"));
    m_clear->setEnabled(m_runner->queue()->count(QueueJob::State::Done) + m_runner->queue()->count(QueueJob::State::Failed) > 0);
}

void QueuePanel::showProgress(const QString &jobId, const StyleProgress &progress)
{
    if (jobId == m_runner->runningJobId())
        m_progress->showProgress(progress);
}

QString QueuePanel::statusText() const
{
    return m_status->text();
}

QStringList QueuePanel::selectedIds() const
{
    QStringList ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids << item->data(kIdRole).toString();
    return ids;
}

void QueuePanel::select(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setSelected(m_list->item(row)->data(kIdRole).toString() == id);
}

void QueuePanel::moveSelected(int delta)
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        m_runner->queue()->move(ids.first(), delta);
}

void QueuePanel::toggleHoldSelected()
{
    const auto job = m_runner->queue()->job(selectedIds().value(0));
    if (job)
        m_runner->queue()->setHeld(job->id, job->state == QueueJob::State::Waiting);
}

void QueuePanel::removeSelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        m_runner->removeJob(ids.first());
}

} // namespace nss
