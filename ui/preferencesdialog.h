// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "appsettings.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nss {

// Threads, cache folder, weights file and language. The language applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_settings;
    QSpinBox *m_threads = nullptr;
    QLineEdit *m_cache = nullptr;
    QLineEdit *m_weights = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_historyLimit = nullptr;
};

} // namespace nss
