// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace nss {

namespace {

const QString kEnglish = QStringLiteral("en");

QString qmPath(const QString &code)
{
    return QStringLiteral(":/i18n/nss_") % code % QStringLiteral(".qm");
}

// The translation code for one of the user's languages ("de-AT" -> "de", "zh-Hans-CN" -> "zh_CN"),
// "en" for English, or empty when the program has no translation for it.
QString codeFor(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return kEnglish;
    const QString full = locale.name(); // zh_CN, de_AT, hi_IN
    const QString language = QLocale::languageToCode(locale.language()); // zh, de, hi
    for (const QString &candidate : {full, language}) {
        if (QFile::exists(qmPath(candidate)))
            return candidate;
    }
    return {};
}

QString chooseLanguage(const QString &requested)
{
    const QLocale wanted(requested);
    // An unknown setting (QLocale gives C for it, or a language removed since) follows the system.
    if (!requested.isEmpty() && wanted.language() != QLocale::C) {
        const QString code = codeFor(wanted);
        if (!code.isEmpty())
            return code;
    }
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = codeFor(QLocale(tag));
        if (!code.isEmpty())
            return code;
    }
    return kEnglish;
}

// Owned by the application object; kept so a second call can take them out again.
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;

} // namespace

QList<Language> availableLanguages()
{
    // Written out: QLocale's native names carry the country ("español de España").
    static const Language all[] = {{kEnglish, QStringLiteral("English")},
                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                   {QStringLiteral("es"), QStringLiteral("Español")},
                                   {QStringLiteral("fr"), QStringLiteral("Français")},
                                   {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    QList<Language> languages;
    for (const Language &language : all) {
        if (language.code == kEnglish || QFile::exists(qmPath(language.code)))
            languages.append(language);
    }
    return languages;
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return kEnglish;
    for (QPointer<QTranslator> *old : {&s_appTranslator, &s_qtTranslator}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }

    const QString code = chooseLanguage(language);
    if (!language.isEmpty() && QLocale(language).language() != QLocale::C)
        QLocale::setDefault(QLocale(code)); // numbers and dates follow the chosen language too
    if (code == kEnglish)
        return code;

    auto *translator = new QTranslator(app);
    if (translator->load(qmPath(code)) && QCoreApplication::installTranslator(translator))
        s_appTranslator = translator;
    else
        delete translator;

    // Qt's own strings (standard buttons, file dialogs); Debian: qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_") % code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qtTranslator))
        s_qtTranslator = qtTranslator;
    else
        delete qtTranslator;
    return s_appTranslator ? code : kEnglish;
}

} // namespace nss
