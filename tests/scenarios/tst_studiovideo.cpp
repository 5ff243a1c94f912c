// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "exportactions.h"
#include "historystrip.h"
#include "imagepane.h"
#include "io/jobqueue.h"
#include "queuerunner.h"
#include "logslider.h"
#include "previewview.h"
#include "studiotestutil.h"
#include "testclips.h"
#include "video/videofile.h"

using namespace nss;
using namespace nss::testutil;

// The window with a video as content (issue 23): the pane shows the first frame and the length,
// Start paints the clip frame by frame with the frames shown as they finish, Stop and Start go on
// from the last finished frame, and Export ▸ Video… writes the video.
class TestStudioVideo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;
    static constexpr int kFrames = 6;
    static constexpr int kTimeoutMs = 300000; // a wait, not a timing: a loaded 2-core machine

private Q_SLOTS:
    void initTestCase()
    {
        if (!testclips::haveFfmpeg())
            QSKIP("the ffmpeg program makes the test clip: tools/bootstrap-debian installs it");
        isolateSettings();
        QFile::remove(JobQueue::defaultFile()); // a queue another test left: this one counts its own job
        QString error;
        m_clip = testclips::pannedClip(m_dir.path(), QStringLiteral("walk.mp4"), kFrames, 12, QSize(56, 48), 2, 0, true, &error);
        QVERIFY2(!m_clip.isEmpty(), qPrintable(error));
    }

    void aVideoIsPaintedStoppedResumedAndExported()
    {
        MainWindow window;
        window.setNetworkFile(fixtureWeights());
        QVERIFY(loadSmallPictures(window, m_dir)); // a style, and a photo replaced by the clip below
        LogSlider *steadiness = window.findChild<LogSlider *>(QStringLiteral("temporalWeight"));
        QVERIFY(steadiness && steadiness->isHidden()); // a photo has no frames to hold together
        QVERIFY(window.contentPane()->loadFile(m_clip));
        QVERIFY(!steadiness->isHidden());
        QVERIFY(window.contentPane()->isVideo());
        QCOMPARE(window.contentPane()->image().size(), QSize(56, 48));
        QVERIFY2(window.contentPane()->captionText().contains(QLatin1String("6 frame")), qPrintable(window.contentPane()->captionText()));
        useQuickSettings(window, 8, 100);

        // Stopped once two frames are finished: the next Start goes on from there.
        QSignalSpy frames(window.controller(), &StyleController::frameReady);
        QSignalSpy finished(window.controller(), &StyleController::finished);
        QObject::connect(window.controller(), &StyleController::frameReady, &window, [&window](const StyleFrame &frame) {
            if (frame.step == 2)
                window.stop();
        });
        window.start();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
        QVERIFY(window.lastVideo().isEmpty());
        QVERIFY(!window.exportActions()->startVideoExport(m_dir.filePath(QStringLiteral("none.mp4"))));
        QObject::disconnect(window.controller(), &StyleController::frameReady, &window, nullptr);

        // A steadier weight for the rest: the finished frames stay, as for the other sliders.
        steadiness->setValue(2500.0);
        frames.clear();
        finished.clear();
        window.start();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(frames.size() >= 1 && frames.size() <= kFrames - 2); // the finished frames were not painted again
        QCOMPARE(frames.last().at(0).value<StyleFrame>().step, kFrames);
        // Their time is the clip's so far ("done in" at the end is the clip's), growing frame by frame.
        for (qsizetype i = 1; i < frames.size(); ++i)
            QVERIFY(frames[i].at(0).value<StyleFrame>().elapsedSeconds > frames[i - 1].at(0).value<StyleFrame>().elapsedSeconds);
        QCOMPARE(window.preview()->image().size(), QSize(48, 41)); // the last frame, at the output size
        QVERIFY(QFileInfo::exists(window.lastVideo()));

        const QString exported = m_dir.filePath(QStringLiteral("styled.mp4"));
        QSignalSpy done(window.exportActions(), &ExportActions::finished);
        QVERIFY(window.exportActions()->startVideoExport(exported));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const auto info = probeVideo(exported);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->frameCount, qint64(kFrames));
        QVERIFY(info->hasAudio);

        // The finished run's result in the history holds the video (issue 23), not only its last frame.
        QTRY_VERIFY(!window.history()->items().isEmpty() && !window.history()->items().constFirst().video.isEmpty());
        const auto kept = probeVideo(window.history()->items().constFirst().video);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->frameCount, qint64(kFrames));

        // The queue takes the clip as a video job: its result is a video in the history too.
        JobQueue *queue = window.queueRunner()->queue();
        QSignalSpy queued(window.history(), &HistoryStrip::itemKept);
        window.addToQueue();
        QCOMPARE(queue->jobs().size(), 1);
        QVERIFY(QTest::qWaitFor([queue] { return queue->count(QueueJob::State::Done) + queue->count(QueueJob::State::Failed) == 1; },
                                kTimeoutMs));
        QVERIFY2(queue->count(QueueJob::State::Done) == 1, qPrintable(queue->jobs().constFirst().message));
        const auto result = window.history()->item(queue->jobs().constFirst().historyId);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const auto queuedVideo = probeVideo(result->video);
        QVERIFY2(queuedVideo.ok(), qPrintable(queuedVideo.error()));
        QCOMPARE(queuedVideo->frameCount, qint64(kFrames));
    }
};

QTEST_MAIN(TestStudioVideo)
#include "tst_studiovideo.moc"
