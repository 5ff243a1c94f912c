// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystrip.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "themedicon.h"

namespace nss {

namespace {

constexpr int kIdRole = Qt::UserRole;

struct WriteResult
{
    QString id; // empty on failure
    QString error;
    QStringList pruned;
    bool select = true;
};

QString outcomeText(HistoryItem::Outcome outcome)
{
    switch (outcome) {
    case HistoryItem::Outcome::Finished:
        return HistoryStrip::tr("finished");
    case HistoryItem::Outcome::Stopped:
        return HistoryStrip::tr("stopped");
    case HistoryItem::Outcome::Failed:
        return HistoryStrip::tr("stopped by an error");
    case HistoryItem::Outcome::Recovered:
        return HistoryStrip::tr("recovered after a crash");
    }
    return {};
}

} // namespace

HistoryStrip::HistoryStrip(QWidget *parent, const QString &folder)
    : QWidget(parent)
    , m_history(folder)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("historyStrip"));
    m_pool.setMaxThreadCount(1); // writes and prunes in the order asked for
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(80, 80));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFixedHeight(124);
    m_list->setToolTip(tr("Every run's result. Click to see it; select two to compare them."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    addButtons();
    connect(m_list, &QListWidget::itemSelectionChanged, this, &HistoryStrip::onSelectionChanged);
    connect(m_list, &QListWidget::itemClicked, this, [this] {
        if (selectedIds().size() == 1)
            showSelected(); // clicking the item already selected shows it again
    });
    reload();
}

HistoryStrip::~HistoryStrip()
{
    m_pool.waitForDone();
}

void HistoryStrip::addButtons()
{
    auto *row = new QHBoxLayout;
    auto button = [this, row](QPushButton *&member, const QString &name, const QString &icon, const QString &text,
                              const QString &tip, void (HistoryStrip::*slot)()) {
        member = new QPushButton(themedIcon(icon), text);
        member->setObjectName(name);
        member->setToolTip(tip);
        connect(member, &QPushButton::clicked, this, slot);
        row->addWidget(member);
    };
    button(m_restore, QStringLiteral("historyRestore"), QStringLiteral("open"), tr("Restore Settings"),
           tr("Put the selected result's settings back into the controls"), &HistoryStrip::restoreSelected);
    button(m_export, QStringLiteral("historyExport"), QStringLiteral("export"), tr("Export…"),
           tr("Export the selected result at full resolution"), &HistoryStrip::exportSelected);
    button(m_compare, QStringLiteral("historyCompare"), QStringLiteral("split"), tr("Compare"),
           tr("Show the two selected results side by side (drag the divider)"), &HistoryStrip::compareSelected);
    button(m_star, QStringLiteral("historyStar"), QStringLiteral("star"), tr("Star"),
           tr("A starred result is never removed to make room"), &HistoryStrip::toggleStar);
    button(m_delete, QStringLiteral("historyDelete"), QStringLiteral("delete"), tr("Delete"), tr("Delete the selected results"),
           &HistoryStrip::deleteSelected);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    updateButtons();
}

void HistoryStrip::setFolder(const QString &folder)
{
    waitForIdle();
    m_history = RunHistory(folder);
    reload();
}

void HistoryStrip::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
}

void HistoryStrip::keep(const HistoryItem &item, const QImage &picture, bool select)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher] {
        deliver(watcher);
        if (m_pending == 0)
            Q_EMIT idle();
    });
    // Its own copies: the worker never touches the window's state.
    watcher->setFuture(QtConcurrent::run(&m_pool, [history = m_history, item, picture = picture.copy(), limit = m_sizeLimit, select] {
        RunHistory store = history;
        WriteResult result;
        result.select = select;
        auto added = store.add(item, picture);
        if (added)
            result.id = added->id;
        else
            result.error = added.error();
        result.pruned = store.prune(limit);
        return result;
    }));
}

void HistoryStrip::deliver(QObject *watcherObject)
{
    auto *watcher = static_cast<QFutureWatcher<WriteResult> *>(watcherObject);
    if (watcher->property("delivered").toBool() || !watcher->isFinished())
        return;
    watcher->setProperty("delivered", true);
    watcher->deleteLater();
    --m_pending;
    const WriteResult result = watcher->result();
    // Only what changed is touched: a reload reads every item, which a long history makes slow.
    for (const QString &id : result.pruned)
        removeEntry(id);
    if (result.id.isEmpty()) {
        Q_EMIT failed(result.error);
        return;
    }
    if (auto item = m_history.item(result.id))
        insertEntry(item.value());
    if (result.select)
        select({result.id});
    Q_EMIT itemKept(result.id);
}

void HistoryStrip::insertEntry(const HistoryItem &item)
{
    removeEntry(item.id);
    qsizetype row = 0; // newest first, as RunHistory::items() orders them
    while (row < m_items.size()
           && (m_items[row].createdAt != item.createdAt ? m_items[row].createdAt > item.createdAt : m_items[row].id > item.id))
        ++row;
    m_items.insert(row, item);
    const QSignalBlocker blocker(m_list);
    m_list->insertItem(int(row), entry(item));
    updateButtons();
}

void HistoryStrip::removeEntry(const QString &id)
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items[row].id == id) {
            m_items.removeAt(row);
            const QSignalBlocker blocker(m_list);
            delete m_list->takeItem(int(row));
            break;
        }
    updateButtons();
}

void HistoryStrip::waitForIdle()
{
    m_pool.waitForDone();
    // Delivered now rather than at the next turn of the event loop: the window may be closing.
    const auto watchers = findChildren<QFutureWatcher<WriteResult> *>();
    for (auto *watcher : watchers)
        deliver(watcher);
}

QListWidgetItem *HistoryStrip::entry(const HistoryItem &item) const
{
    const QLocale locale;
    const QDateTime when = item.createdAt.toLocalTime();
    const QString time = when.date() == QDate::currentDate() ? locale.toString(when.time(), QLocale::ShortFormat)
                                                             : locale.toString(when, QLocale::ShortFormat);
    const QString star = item.starred ? QStringLiteral("★ ") : QString();
    auto *entry = new QListWidgetItem(QIcon(QPixmap::fromImage(m_history.thumbnail(item.id))),
                                      star + time + QLatin1Char('\n') + tr("step %1/%2").arg(item.step).arg(item.totalSteps));
    entry->setData(kIdRole, item.id);
    const StyleSettings used = item.settingsUsed();
    entry->setToolTip(tr("%1 x %2 px, %3 at step %4 of %5\nloss %6, %7 s\nseed %8; weights: content %9, style %10, TV %11")
                          .arg(item.pictureSize.width())
                          .arg(item.pictureSize.height())
                          .arg(outcomeText(item.outcome))
                          .arg(item.step)
                          .arg(item.totalSteps)
                          .arg(item.totalLoss, 0, 'g', 4)
                          .arg(item.elapsedSeconds, 0, 'f', 1)
                          .arg(item.settings.seed)
                          .arg(used.contentWeight, 0, 'g', 3)
                          .arg(used.styleWeight, 0, 'g', 3)
                          .arg(used.tvWeight, 0, 'g', 3));
    return entry;
}

void HistoryStrip::reload()
{
    const QStringList selected = selectedIds();
    m_items = m_history.items();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const HistoryItem &item : std::as_const(m_items))
        m_list->addItem(entry(item));
    select(selected);
    updateButtons();
}

QStringList HistoryStrip::selectedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) // in the strip's order, newest first
        if (m_list->item(row)->isSelected())
            ids.append(m_list->item(row)->data(kIdRole).toString());
    return ids;
}

void HistoryStrip::select(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setSelected(ids.contains(m_list->item(row)->data(kIdRole).toString()));
    }
    updateButtons();
}

void HistoryStrip::onSelectionChanged()
{
    updateButtons();
    const int count = int(selectedIds().size());
    if (count == 0)
        Q_EMIT selectionCleared();
    else if (count == 1)
        showSelected();
    else if (count == 2)
        compareSelected();
}

void HistoryStrip::updateButtons()
{
    const qsizetype count = selectedIds().size();
    m_restore->setEnabled(count == 1);
    m_export->setEnabled(count == 1);
    m_compare->setEnabled(count == 2);
    m_star->setEnabled(count >= 1);
    m_delete->setEnabled(count >= 1);
    m_star->setText(allSelectedStarred() ? tr("Unstar") : tr("Star"));
}

std::optional<HistoryStrip::Loaded> HistoryStrip::load(const QString &id)
{
    auto item = m_history.item(id);
    auto picture = item ? m_history.picture(id) : Expected<QImage>(fail(item.error()));
    if (!picture) {
        Q_EMIT failed(picture.error());
        return std::nullopt;
    }
    return Loaded{std::move(item).value(), std::move(picture).value()};
}

void HistoryStrip::showSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const auto loaded = load(ids.first()))
        Q_EMIT showRequested(loaded->item, loaded->picture);
}

void HistoryStrip::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (auto item = m_history.item(ids.first()))
        Q_EMIT restoreRequested(item.value());
    else
        Q_EMIT failed(item.error());
}

void HistoryStrip::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 2)
        return;
    // The older on the left, as the split view shows "before" on the left.
    const auto left = load(ids[1]);
    const auto right = left ? load(ids[0]) : std::nullopt;
    if (left && right)
        Q_EMIT compareRequested(left->item, left->picture, right->item, right->picture);
}

void HistoryStrip::exportSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (const auto loaded = load(ids.first()))
        Q_EMIT exportRequested(loaded->item, loaded->picture);
}

bool HistoryStrip::allSelectedStarred() const
{
    const QStringList ids = selectedIds();
    return !ids.isEmpty() && std::all_of(m_items.cbegin(), m_items.cend(), [&](const HistoryItem &item) {
        return item.starred || !ids.contains(item.id);
    });
}

void HistoryStrip::toggleStar()
{
    const QStringList ids = selectedIds();
    const bool allStarred = allSelectedStarred();
    for (const QString &id : ids)
        if (Status set = setStarred(id, !allStarred); !set)
            Q_EMIT failed(set.error());
    select(ids);
}

Status HistoryStrip::setStarred(const QString &id, bool starred)
{
    Status set = m_history.setStarred(id, starred);
    if (auto item = m_history.item(id))
        insertEntry(item.value()); // its label shows the star
    return set;
}

Status HistoryStrip::remove(const QString &id)
{
    Status removed = m_history.remove(id);
    if (removed)
        removeEntry(id);
    return removed;
}

Status HistoryStrip::copyItemsTo(const QStringList &ids, const QString &folder)
{
    waitForIdle(); // a result still being written belongs in the project too
    return m_history.copyItemsTo(ids, folder);
}

QStringList HistoryStrip::adoptItemsFrom(const QString &folder)
{
    waitForIdle();
    const QStringList adopted = m_history.adoptItemsFrom(folder);
    reload();
    return adopted;
}

void HistoryStrip::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete from the history?"),
                                tr("Delete %n result(s) from the history? This cannot be undone.", nullptr, int(ids.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("historyDeleteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result != QMessageBox::Yes)
            return;
        for (const QString &id : ids)
            if (Status removed = remove(id); !removed)
                Q_EMIT failed(removed.error());
    });
    box->open();
}

} // namespace nss
