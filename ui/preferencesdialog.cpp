// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <functional>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

#include "base/translations.h"

namespace nss {

namespace {

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, std::function<QString()> choose)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(PreferencesDialog::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, choose] {
        const QString chosen = choose();
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

} // namespace

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_threads(new QSpinBox(this))
    , m_cache(new QLineEdit(settings.cacheFolder, this))
    , m_weights(new QLineEdit(settings.networkFile, this))
    , m_language(new QComboBox(this))
    , m_historyLimit(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.threads);
    m_cache->setPlaceholderText(settings.effectiveCacheFolder());
    m_weights->setPlaceholderText(tr("vgg19-dcbad4b5.pth"));
    m_language->addItem(tr("System language"), QString());
    for (const Language &language : availableLanguages()) // native names: findable in any language
        m_language->addItem(language.nativeName, language.code);
    const int index = m_language->findData(settings.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    m_historyLimit->setObjectName(QStringLiteral("historyLimit"));
    m_historyLimit->setRange(16, 1024 * 1024);
    m_historyLimit->setSingleStep(256);
    m_historyLimit->setSuffix(tr(" MB"));
    m_historyLimit->setValue(settings.historyLimitMiB);
    m_historyLimit->setToolTip(
        tr("When the run history grows past this, its oldest results are removed. Starred ones are kept."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("&Cache folder:"), withBrowse(m_cache, this, [this] {
                     return QFileDialog::getExistingDirectory(this, tr("Cache folder"), m_cache->text());
                 }));
    form->addRow(tr("&Weights file:"), withBrowse(m_weights, this, [this] {
                     return QFileDialog::getOpenFileName(this, tr("VGG-19 weights"), m_weights->text(),
                                                         tr("PyTorch weights (*.pth *.pt);;All files (*)"));
                 }));
    form->addRow(tr("&History size limit:"), m_historyLimit);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when the app starts again."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings s = m_settings;
    s.threads = m_threads->value();
    s.cacheFolder = m_cache->text().trimmed();
    s.networkFile = m_weights->text().trimmed();
    s.language = m_language->currentData().toString();
    s.historyLimitMiB = m_historyLimit->value();
    return s;
}

} // namespace nss
