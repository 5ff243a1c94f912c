// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "appsettings.h"
#include "base/translations.h"
#include "preferencesdialog.h"

using namespace nss;

// Choosing a language in Preferences is what the next start reads: the dialog offers every
// translation by its own name, and the choice lands in the setting installTranslations() uses.
class TestLanguagePreference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NeuralStyleStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void dialogOffersEveryTranslation()
    {
        PreferencesDialog dialog{AppSettings::load()};
        auto *combo = dialog.findChild<QComboBox *>();
        QVERIFY(combo);
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español"),
                                     QStringLiteral("Français"), QStringLiteral("हिन्दी"), QStringLiteral("简体中文")}));
        QCOMPARE(combo->currentIndex(), 0); // nothing chosen yet: the system language
        QVERIFY(combo->itemData(0).toString().isEmpty());
    }

    void chosenLanguageIsUsedAtTheNextStart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringLiteral("Deutsch") << QStringLiteral("de");
        QTest::newRow("Hindi") << QStringLiteral("हिन्दी") << QStringLiteral("hi");
        QTest::newRow("Chinese") << QStringLiteral("简体中文") << QStringLiteral("zh_CN");
        QTest::newRow("English") << QStringLiteral("English") << QStringLiteral("en");
    }

    void chosenLanguageIsUsedAtTheNextStart()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        {
            PreferencesDialog dialog{AppSettings::load()};
            auto *combo = dialog.findChild<QComboBox *>();
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findText(name));
            dialog.settings().save();
        }
        // what app/gui/main.cpp does at start
        QCOMPARE(installTranslations(AppSettings::load().language), code);
        // and the dialog shows the choice when opened again
        PreferencesDialog again{AppSettings::load()};
        QCOMPARE(again.findChild<QComboBox *>()->currentText(), name);
    }
};

QTEST_MAIN(TestLanguagePreference)
#include "tst_preferencesdialog.moc"
