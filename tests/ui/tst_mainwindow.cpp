#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "imagepane.h"
#include "mainwindow.h"

using namespace nss;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // remembered settings go to a test location
        QSettings().clear();
    }

    void showsContentAndStylePanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Neural Style Studio"));

        auto *content = window.findChild<ImagePane *>(QStringLiteral("contentPane"));
        auto *style = window.findChild<ImagePane *>(QStringLiteral("stylePane"));
        QVERIFY(content && style);
        QVERIFY(content->isVisible());
        QVERIFY(style->isVisible());
        QVERIFY(content->acceptDrops());
        QVERIFY(style->acceptDrops());
        QCOMPARE(content->title(), QStringLiteral("Content"));
        QCOMPARE(style->title(), QStringLiteral("Style"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
