// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace nss {

class QueueRunner;
class RunProgress;
struct StyleProgress;

// The queue panel (a dock of the window): every job with its state, the running job's progress
// (step i/n and the time left), and the buttons to reorder, hold, release and remove jobs, clear
// the finished ones and pause or resume the whole queue. A failed job shows its reason.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QueueRunner *runner, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString statusText() const;
    QStringList selectedIds() const;
    void select(const QString &id);

    // The selected job one place up or down, held or released, removed.
    void moveSelected(int delta);
    void toggleHoldSelected();
    void removeSelected();

private:
    void rebuild();
    void updateStatus();
    void updateButtons();
    void showProgress(const QString &jobId, const StyleProgress &progress);

    QueueRunner *m_runner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_current = nullptr;
    RunProgress *m_progress = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_pause = nullptr;
};

} // namespace nss
