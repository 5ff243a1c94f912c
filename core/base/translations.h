// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nss {

struct Language
{
    QString code; // "en", "de", "es", "fr", "hi", "zh_CN"
    QString nativeName; // the language's own name, e.g. "Deutsch": never translated
};

// English (the source language) first, then every language with a translation in the program.
QList<Language> availableLanguages();

// Installs the program's translation (":/i18n/nss_<code>.qm", built from translations/*.ts) and
// Qt's own (qtbase_<code>.qm) on the running application. `language` is a code from
// availableLanguages(); empty follows the system's preferred languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), where the first one that is English or translated wins. Calling it again
// replaces the previous translators. Returns the code in use ("en" when nothing matched).
QString installTranslations(const QString &language = {});

} // namespace nss
