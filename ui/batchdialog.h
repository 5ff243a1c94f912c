// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include "base/stylesettings.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace nss {

// "Batch…": several photos and several paintings (files, or a folder of each), every combination
// added to the queue with the window's current settings (core/batch/batchinputs.h). The dialog
// says how many jobs it will add, or which path is wrong, before anything is added.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    // `base`: the settings every job takes; its content and styles are replaced by each combination.
    explicit BatchDialog(const StyleSettings &base, QWidget *parent = nullptr);

    void setContents(const QStringList &filesOrFolders);
    void setStyles(const QStringList &filesOrFolders);
    QStringList contents() const;
    QStringList styles() const;
    // Every content x every style, content-major; empty while a path is wrong or a list is empty.
    QList<StyleSettings> jobs() const { return m_jobs; }
    QString summary() const;

private:
    QWidget *section(const QString &title, QListWidget *list);
    void addFiles(QListWidget *list);
    void addFolder(QListWidget *list);
    void update();

    StyleSettings m_base;
    QListWidget *m_contents = nullptr;
    QListWidget *m_styles = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QList<StyleSettings> m_jobs;
};

} // namespace nss
