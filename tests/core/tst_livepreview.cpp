// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "base/styleprogress.h"
#include "engine/runpreparation.h"
#include "engine/scaleplan.h"
#include "runnertestutil.h"

using namespace nss;

// What the runner reports between frames (issue 19): a display-size preview and the progress of
// every step; and the edge cases that used to end a run inside LibTorch.
class TestLivePreview : public QObject
{
    Q_OBJECT

    struct Live
    {
        Expected<StyleFrame> result = fail(QString());
        QList<StyleFrame> frames;
        QList<StyleFrame> previews;
        QList<StyleProgress> progress;
    };

    Live runLive(const StyleSettings &settings, int intervalMs, int longestSide, const QImage &content = makeContent(),
                 const QImage &style = makeStyle())
    {
        Live live;
        StyleRunHooks hooks;
        hooks.frame = [&](const StyleFrame &f) { live.frames.append(f); };
        hooks.preview = [&](const StyleFrame &f) { live.previews.append(f); };
        hooks.progress = [&](const StyleProgress &p) { live.progress.append(p); };
        hooks.previewIntervalMs = intervalMs;
        hooks.previewLongestSide = longestSide;
        live.result = m_runner.run(settings, content, {style}, QImage(), hooks);
        return live;
    }

    StyleRunner m_runner;

private Q_SLOTS:
    void initTestCase() { m_runner.setNetworkFile(fixtureWeights()); }

    void previewsFillTheStepsBetweenFrames()
    {
        auto settings = smallSettings(Optimizer::Adam, 12, 4);
        settings.outputSize = 64;
        const Live live = runLive(settings, 0, 32); // interval 0: a preview at every step without a frame
        QVERIFY2(live.result.ok(), qPrintable(live.result.error()));
        QCOMPARE(stepsOf(live.frames), (QList<int>{4, 8, 12}));
        QCOMPARE(stepsOf(live.previews), (QList<int>{1, 2, 3, 5, 6, 7, 9, 10, 11}));
        const QSize output(64, 43);
        for (const StyleFrame &f : live.frames)
            QCOMPARE(f.image.size(), output);
        for (const StyleFrame &p : live.previews) {
            QCOMPARE(p.image.size(), scaledToLongestSide(output, 32)); // display size, the output's aspect
            QCOMPARE(p.totalSteps, 12);
            QVERIFY(std::isfinite(p.totalLoss) && p.totalLoss > 0.0);
        }
        // The picture moves from one preview to the next.
        QVERIFY(live.previews.first().image != live.previews.last().image);
    }

    void theFirstStepIsShownAtOnceThenAboutTwiceASecond()
    {
        const Live live = runLive(smallSettings(Optimizer::Lbfgs, 30, 100), 60000, 1280);
        QVERIFY2(live.result.ok(), qPrintable(live.result.error()));
        // A long interval: only the first step's preview, then the last step's frame.
        QCOMPARE(stepsOf(live.previews), (QList<int>{1}));
        QCOMPARE(live.previews.first().image.size(), QSize(48, 32)); // never larger than the output
        QCOMPARE(stepsOf(live.frames).constLast(), live.result->step);
    }

    void progressComesAfterEveryStepWithItsScale()
    {
        auto settings = smallSettings(Optimizer::Adam, 10, 10);
        settings.outputSize = 64;
        settings.scales = 2; // 32 px for steps 1-2 (20 %), then 64 px
        const Live live = runLive(settings, 500, 1280);
        QVERIFY2(live.result.ok(), qPrintable(live.result.error()));
        QCOMPARE(live.progress.size(), 10);
        for (int i = 0; i < live.progress.size(); ++i) {
            const StyleProgress &p = live.progress[i];
            QCOMPARE(p.step, i + 1);
            QCOMPARE(p.totalSteps, 10);
            QCOMPARE(p.scaleCount, 2);
            QCOMPARE(p.scale, p.step <= 2 ? 1 : 2);
            QCOMPARE(p.scaleSize, p.step <= 2 ? scaledToLongestSide(QSize(64, 43), 32) : QSize(64, 43));
            QVERIFY(p.secondsLeft >= 0.0); // each step of a scale prices the rest
        }
        QCOMPARE(live.progress.last().secondsLeft, 0.0);
    }

    // Stopped while the finer scale computes its targets, in luminance mode: the result is the
    // picture at the step reached, not an engine error about mismatched sizes.
    void aStopDuringAScaleChangeKeepsThePicture()
    {
        auto settings = smallSettings(Optimizer::Adam, 15, 1);
        settings.outputSize = 64;
        settings.scales = 2; // 32 px for steps 1-3 (20 %)
        settings.keepColors = KeepColors::Luminance;
        int targets = 0;
        StyleRunHooks hooks;
        hooks.status = [&](const QString &message) {
            if (message.contains(QLatin1String("Computing style targets")) && ++targets == 2)
                m_runner.cancel();
        };
        const auto result = m_runner.run(settings, makeContent(), {makeStyle()}, QImage(), hooks);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->step, 3);
        QCOMPARE(result->image.size(), QSize(64, 43));
        QVERIFY(!result->isFinal);
    }

    void aLongThinPaintingIsEnlargedNotRefused()
    {
        QImage style(400, 10, QImage::Format_RGB888);
        style.fill(qRgb(200, 30, 40));
        const QSize size = styleSizeFor(style.size(), 48);
        QCOMPARE(size.height(), kMinPictureSide);
        QCOMPARE(size.width(), 640);
        const Live live = runLive(smallSettings(Optimizer::Adam, 2, 1), 500, 1280, makeContent(), style);
        QVERIFY2(live.result.ok(), qPrintable(live.result.error()));
        QCOMPARE(live.result->step, 2);
    }

    void aPhotoTooNarrowIsRefusedWithTheSizeThatWorks()
    {
        QImage content(400, 10, QImage::Format_RGB888);
        content.fill(qRgb(90, 120, 60));
        const auto settings = smallSettings(Optimizer::Adam, 2, 1); // 48 px: 48 x 1
        const QString problem = pictureSizeProblem(settings, content.size());
        QVERIFY2(problem.contains(QLatin1String("640 px")), qPrintable(problem)); // 16 px on the short side
        const Live live = runLive(settings, 500, 1280, content);
        QVERIFY(!live.result.ok());
        QCOMPARE(live.result.error(), problem);
        QVERIFY(!live.result.error().contains(QLatin1String("Output size is too small")));
        auto big = settings;
        big.outputSize = 640;
        QVERIFY(pictureSizeProblem(big, content.size()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLivePreview)
#include "tst_livepreview.moc"
