// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>
#include <QWidget>

#include "io/runhistory.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace nss {

// The film strip: every run's result as a thumbnail, newest on the left. Click one to see it;
// restore its settings, export it, compare two side by side, star or delete it. keep() writes a
// result on a private worker thread (a full-resolution PNG can take a second), so the window
// never waits for the disk; waitForIdle() lets the window finish those writes before it goes.
class HistoryStrip : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryStrip(QWidget *parent = nullptr, const QString &folder = RunHistory::defaultFolder());
    ~HistoryStrip() override; // finishes the writes under way: a kept picture is never cut short

    QString folder() const { return m_history.folder(); }
    void setFolder(const QString &folder);
    // Disk use allowed; the oldest unstarred items go when a new one makes the history larger.
    void setSizeLimit(qint64 bytes);
    qint64 sizeLimit() const { return m_sizeLimit; }

    // Keeps a run's result. itemKept(id) once it is on disk; failed(message) if it could not be.
    // `select`: the kept item becomes the selection (and is shown); the queue's results are not,
    // so a job ending in the background never replaces what the artist is looking at.
    void keep(const HistoryItem &item, const QImage &picture, bool select = true);
    bool isBusy() const { return m_pending > 0; }
    void waitForIdle();

    QList<HistoryItem> items() const { return m_items; } // as shown, newest first
    QStringList selectedIds() const;
    void select(const QStringList &ids);
    Expected<QImage> picture(const QString &id) const { return m_history.picture(id); }
    Expected<HistoryItem> item(const QString &id) const { return m_history.item(id); }

    Status setStarred(const QString &id, bool starred);
    Status remove(const QString &id);
    void reload();
    // A project's results (core/io/runhistory.h): written beside it, and taken in when it opens.
    Status copyItemsTo(const QStringList &ids, const QString &folder);
    QStringList adoptItemsFrom(const QString &folder);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void itemKept(const QString &id);
    void showRequested(const nss::HistoryItem &item, const QImage &picture);
    void compareRequested(const nss::HistoryItem &left, const QImage &leftPicture, const nss::HistoryItem &right,
                          const QImage &rightPicture);
    void restoreRequested(const nss::HistoryItem &item);
    void exportRequested(const nss::HistoryItem &item, const QImage &picture);
    void selectionCleared(); // nothing selected any more: the window shows the live picture again
    void failed(const QString &message); // something the user must know: shown in a dialog
    void idle(); // every write asked for is done

private:
    void addButtons();
    void onSelectionChanged();
    // One write's result, reported once: from the watcher's signal or from waitForIdle(), whichever
    // comes first.
    void deliver(QObject *watcher);
    struct Loaded
    {
        HistoryItem item;
        QImage picture;
    };
    // The item and its picture, or the reason it cannot be read (said to the window).
    std::optional<Loaded> load(const QString &id);
    bool allSelectedStarred() const;
    void showSelected();
    void restoreSelected();
    void compareSelected();
    void exportSelected();
    void toggleStar();
    void deleteSelected();
    QListWidgetItem *entry(const HistoryItem &item) const;
    void insertEntry(const HistoryItem &item);
    void removeEntry(const QString &id);
    void updateButtons();

    RunHistory m_history;
    qint64 m_sizeLimit = 2LL * 1024 * 1024 * 1024;
    QList<HistoryItem> m_items;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_star = nullptr;
    QPushButton *m_delete = nullptr;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace nss
