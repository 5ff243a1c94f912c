// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "batch/batchinputs.h"
#include "themedicon.h"

namespace nss {

namespace {

QStringList entries(const QListWidget *list)
{
    QStringList paths;
    for (int row = 0; row < list->count(); ++row)
        paths << list->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void setEntries(QListWidget *list, const QStringList &paths)
{
    list->clear();
    for (const QString &path : paths) {
        const bool folder = QFileInfo(path).isDir();
        auto *item = new QListWidgetItem(folder ? BatchDialog::tr("%1 (folder)").arg(QDir::toNativeSeparators(path))
                                                : QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
        list->addItem(item);
    }
}

} // namespace

BatchDialog::BatchDialog(const StyleSettings &base, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_contents(new QListWidget)
    , m_styles(new QListWidget)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Batch"));
    m_contents->setObjectName(QStringLiteral("batchContents"));
    m_styles->setObjectName(QStringLiteral("batchStyles"));
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    auto *intro = new QLabel(tr("Every photo is painted in every style, with the current settings (%1 px, %2 steps).")
                                 .arg(base.outputSize)
                                 .arg(base.steps));
    intro->setWordWrap(true);
    auto *sections = new QHBoxLayout;
    sections->addWidget(section(tr("Photos (content)"), m_contents));
    sections->addWidget(section(tr("Paintings (styles)"), m_styles));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_add = buttons->addButton(tr("Add to Queue"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("batchAdd"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sections, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 420);
    update();
}

QWidget *BatchDialog::section(const QString &title, QListWidget *list)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(list, 1);
    auto *row = new QHBoxLayout;
    auto *files = new QPushButton(themedIcon(QStringLiteral("image")), tr("Files…"));
    auto *folder = new QPushButton(themedIcon(QStringLiteral("open")), tr("Folder…"));
    auto *remove = new QPushButton(themedIcon(QStringLiteral("remove")), tr("Remove"));
    connect(files, &QPushButton::clicked, this, [this, list] { addFiles(list); });
    connect(folder, &QPushButton::clicked, this, [this, list] { addFolder(list); });
    connect(remove, &QPushButton::clicked, this, [this, list] {
        qDeleteAll(list->selectedItems());
        update();
    });
    row->addWidget(files);
    row->addWidget(folder);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

void BatchDialog::addFiles(QListWidget *list)
{
    QStringList patterns;
    for (const QString &suffix : batchImageSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add pictures"), QString(), tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty())
        setEntries(list, entries(list) + files);
    update();
}

void BatchDialog::addFolder(QListWidget *list)
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of pictures"));
    if (!folder.isEmpty())
        setEntries(list, entries(list) << folder);
    update();
}

void BatchDialog::setContents(const QStringList &filesOrFolders)
{
    setEntries(m_contents, filesOrFolders);
    update();
}

void BatchDialog::setStyles(const QStringList &filesOrFolders)
{
    setEntries(m_styles, filesOrFolders);
    update();
}

QStringList BatchDialog::contents() const
{
    return entries(m_contents);
}

QStringList BatchDialog::styles() const
{
    return entries(m_styles);
}

QString BatchDialog::summary() const
{
    return m_summary->text();
}

void BatchDialog::update()
{
    m_jobs.clear();
    const auto contents = expandImagePaths(entries(m_contents));
    const auto styles = expandImagePaths(entries(m_styles));
    if (!contents || !styles) {
        m_summary->setText(!contents ? contents.error() : styles.error());
    } else if (contents->isEmpty() || styles->isEmpty()) {
        m_summary->setText(tr("Add at least one photo and one painting: files, or a folder of each."));
    } else {
        m_jobs = combineContentsAndStyles(m_base, contents.value(), styles.value());
        m_summary->setText(tr("%n photo(s)", nullptr, int(contents->size())) + QStringLiteral(" × ")
                           + tr("%n painting(s)", nullptr, int(styles->size())) + QStringLiteral(" = ")
                           + tr("%n job(s) to add.", nullptr, int(m_jobs.size())));
    }
    m_add->setEnabled(!m_jobs.isEmpty());
    m_add->setText(m_jobs.isEmpty() ? tr("Add to Queue") : tr("Add %n Job(s)", nullptr, int(m_jobs.size())));
}

} // namespace nss
