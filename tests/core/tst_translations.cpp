// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

#include "base/translations.h"
#include "io/imageloader.h"

using namespace nss;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString translation;
};

// Every finished, non-plural entry of a committed .ts file: what the program must show.
QList<Entry> finishedEntries(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool usable = false;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isEndElement()) {
            if (xml.name() == QStringLiteral("message") && usable)
                entries.append(entry);
            xml.readNext();
            continue;
        }
        if (!xml.isStartElement()) {
            xml.readNext();
            continue;
        }
        if (xml.name() == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QStringLiteral("message")) {
            entry = {context, {}, {}};
            usable = xml.attributes().value(QStringLiteral("numerus")) != QStringLiteral("yes");
        } else if (xml.name() == QStringLiteral("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            usable = usable && xml.attributes().value(QStringLiteral("type")).isEmpty();
            entry.translation = xml.readElementText();
        }
    }
    return entries;
}

QString tsFile(const QString &code)
{
    return QStringLiteral(NSS_SOURCE_DIR "/translations/nss_") % code % QStringLiteral(".ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEnglishAndTheFiveTranslations()
    {
        QStringList codes;
        QStringList names;
        for (const Language &language : availableLanguages()) {
            codes << language.code;
            names << language.nativeName;
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                     QStringLiteral("hi"), QStringLiteral("zh_CN")}));
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español"),
                                     QStringLiteral("Français"), QStringLiteral("हिन्दी"), QStringLiteral("简体中文")}));
    }

    void preferenceShowsEveryTranslatedString_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "es", "fr", "hi", "zh_CN"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    // The language chosen in Preferences ("ui/language") replaces every source string with the
    // committed .ts file's translation: the compiled-in .qm is complete and current.
    void preferenceShowsEveryTranslatedString()
    {
        QFETCH(QString, code);
        QCOMPARE(installTranslations(code), code);
        const QList<Entry> entries = finishedEntries(tsFile(code));
        QVERIFY(entries.size() > 10);
        for (const Entry &e : entries) {
            const QString shown = QCoreApplication::translate(e.context.toUtf8().constData(), e.source.toUtf8().constData());
            QCOMPARE(shown, e.translation);
        }
        QCOMPARE(QLocale().name().left(2), code.left(2)); // numbers follow the chosen language
        const QString missing = QStringLiteral("/no/such/folder/photo.png");
        const QString translatedError = loadImage(missing).error();

        // back to English: the source strings again
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const Entry &first = entries.constFirst();
        QCOMPARE(QCoreApplication::translate(first.context.toUtf8().constData(), first.source.toUtf8().constData()),
                 first.source);
        // and core's messages as a user meets them: the same error, in the two languages
        const QString englishError = loadImage(missing).error();
        QVERIFY2(englishError.contains(QStringLiteral("photo.png")), qPrintable(englishError));
        QVERIFY2(translatedError.contains(QStringLiteral("photo.png")), qPrintable(translatedError));
        QVERIFY2(translatedError != englishError, qPrintable(translatedError));
    }

    void followsTheSystemLanguages_data()
    {
        QTest::addColumn<QString>("languageVariable");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German system") << QString() << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("de");
        QTest::newRow("Austrian German") << QString() << QStringLiteral("de_AT.UTF-8") << QString() << QStringLiteral("de");
        QTest::newRow("Canadian French") << QString() << QStringLiteral("fr_CA.UTF-8") << QString() << QStringLiteral("fr");
        QTest::newRow("Mexican Spanish") << QString() << QStringLiteral("es_MX.UTF-8") << QString() << QStringLiteral("es");
        QTest::newRow("Hindi") << QString() << QStringLiteral("hi_IN.UTF-8") << QString() << QStringLiteral("hi");
        QTest::newRow("Simplified Chinese") << QString() << QStringLiteral("zh_CN.UTF-8") << QString() << QStringLiteral("zh_CN");
        QTest::newRow("Traditional Chinese: not translated")
            << QString() << QStringLiteral("zh_TW.UTF-8") << QString() << QStringLiteral("en");
        QTest::newRow("Portuguese: English") << QString() << QStringLiteral("pt_BR.UTF-8") << QString() << QStringLiteral("en");
        QTest::newRow("fallback list") << QStringLiteral("pt_BR:fr") << QStringLiteral("pt_BR.UTF-8") << QString()
                                       << QStringLiteral("fr");
        QTest::newRow("English before German")
            << QStringLiteral("en_GB:de") << QStringLiteral("en_GB.UTF-8") << QString() << QStringLiteral("en");
        QTest::newRow("setting beats system")
            << QString() << QStringLiteral("de_DE.UTF-8") << QStringLiteral("hi") << QStringLiteral("hi");
        QTest::newRow("English setting on German system")
            << QString() << QStringLiteral("de_DE.UTF-8") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("unknown setting: system")
            << QString() << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("xx") << QStringLiteral("fr");
    }

    // The system locale is read once per process, so each case runs in a child process.
    void followsTheSystemLanguages()
    {
        QFETCH(QString, languageVariable);
        QFETCH(QString, lang);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        if (!languageVariable.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), languageVariable);
        env.insert(QStringLiteral("LANG"), lang);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print-language"), setting});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(), expected);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && qstrcmp(argv[1], "--print-language") == 0) {
        std::printf("%s\n", qPrintable(installTranslations(argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString())));
        return 0;
    }
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
