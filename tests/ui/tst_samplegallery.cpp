// SPDX-License-Identifier: GPL-3.0-or-later
// The "Try a sample" gallery: bundled photos and paintings fill the panes through their
// background loading, a run starts from them, and a project keeps them.
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "imagepane.h"
#include "mainwindow.h"
#include "samplegallery.h"
#include "studiotestutil.h"
#include "stylelistpanel.h"

using namespace nss;
using namespace nss::testutil;

namespace {

SampleGallery::Sample firstSample(bool painting)
{
    for (const SampleGallery::Sample &sample : SampleGallery::samples())
        if (sample.painting == painting)
            return sample;
    return {};
}

} // namespace

class TestSampleGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void everySampleIsBundledAndSmall()
    {
        int photos = 0;
        int paintings = 0;
        for (const SampleGallery::Sample &sample : SampleGallery::samples()) {
            const QImage image(sample.path);
            QVERIFY2(!image.isNull(), qPrintable(sample.path));
            QVERIFY(std::max(image.width(), image.height()) <= 800);
            QVERIFY(QFileInfo(sample.path).size() <= 150 * 1024);
            QCOMPARE(SampleGallery::titleOf(sample.path), sample.title);
            (sample.painting ? paintings : photos) += 1;
        }
        QVERIFY(photos >= 3);
        QCOMPARE(paintings, 5);
        QVERIFY(SampleGallery::titleOf(QStringLiteral("/tmp/photo.jpg")).isEmpty());
    }

    void clickingAPhotoAndAPaintingStartsARun()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SampleGallery *gallery = window.sampleGallery();
        QVERIFY(gallery->isVisible()); // an empty window offers the samples

        const SampleGallery::Sample photo = firstSample(false);
        const SampleGallery::Sample painting = firstSample(true);
        QToolButton *photoButton = gallery->button(photo.path);
        QVERIFY(photoButton);
        QTRY_VERIFY(!photoButton->icon().isNull()); // thumbnails decoded on a worker
        QTest::mouseClick(photoButton, Qt::LeftButton);
        QVERIFY(window.contentPane()->isLoading());
        QTest::mouseClick(gallery->button(painting.path), Qt::LeftButton);
        QVERIFY(window.waitForPictures());
        QCOMPARE(window.contentPane()->filePath(), photo.path);
        QCOMPARE(window.stylePane()->filePath(), painting.path);
        QVERIFY2(window.contentPane()->captionText().contains(photo.title), qPrintable(window.contentPane()->captionText()));
        QVERIFY(window.stylePane()->captionText().contains(painting.title));
        QTRY_VERIFY(!gallery->isVisible()); // both panes have a picture: the preview gets the room

        window.setNetworkFile(fixtureWeights());
        useQuickSettings(window, 2, 1);
        QSignalSpy finished(window.controller(), &StyleController::finished);
        window.start();
        QVERIFY(window.controller()->isBusy());
        QVERIFY(finished.wait(240000) || finished.count() == 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false); // not cancelled
    }

    // Start pressed while a picture still decodes: the run begins once it is in.
    void startWaitsForAPictureStillLoading()
    {
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        useQuickSettings(window, 2, 1);
        window.contentPane()->loadFileAsync(firstSample(false).path);
        window.stylePane()->loadFileAsync(firstSample(true).path);
        QSignalSpy finished(window.controller(), &StyleController::finished);
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isBusy() || finished.count() == 1, 60000);
        QVERIFY(finished.wait(240000) || finished.count() == 1);
    }

    void thePanesMenusOfferTheSamples()
    {
        MainWindow window;
        auto *button = window.stylePane()->findChild<QToolButton *>(QStringLiteral("samplesButton"));
        QVERIFY(button && button->menu());
        auto *paintings = button->menu()->findChild<QMenu *>(QStringLiteral("samplePaintingsMenu"));
        QVERIFY(paintings);
        QCOMPARE(paintings->actions().size(), 5);
        QAction *last = paintings->actions().constLast();
        last->trigger();
        QVERIFY(window.waitForPictures());
        QCOMPARE(window.stylePane()->filePath(), last->data().toString());
        QVERIFY(window.stylePane()->captionText().contains(last->text()));
    }

    // A project keeps a sample as its resource path, so it reopens anywhere the app runs.
    void aProjectWithSamplesSavesAndReopens()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("samples.nssproj"));
        const SampleGallery::Sample photo = firstSample(false);
        const SampleGallery::Sample painting = firstSample(true);
        {
            MainWindow window;
            QVERIFY(window.contentPane()->loadFile(photo.path));
            QVERIFY(window.stylePane()->loadFile(painting.path));
            QVERIFY(window.saveProject(project));
        }
        MainWindow other;
        QVERIFY(other.openProject(project));
        QVERIFY(other.waitForPictures());
        QCOMPARE(other.contentPane()->filePath(), photo.path);
        QCOMPARE(other.stylePane()->filePath(), painting.path);
        QVERIFY(other.contentPane()->hasImage() && other.stylePane()->hasImage());
        QVERIFY(other.contentPane()->errorText().isEmpty());
    }
};

QTEST_MAIN(TestSampleGallery)
#include "tst_samplegallery.moc"
