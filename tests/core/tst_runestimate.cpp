// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "engine/runestimate.h"
#include "engine/scaleplan.h"

using namespace nss;

// The time left of a coarse-to-fine run: steps left at each scale times that scale's pixels,
// priced at what a pixel step costs now. Counting steps alone is 16 times too optimistic at the
// coarse scale of a three-scale run.
class TestRunEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFinerScalesCostTheirPixels()
    {
        // 512 px in three scales over 300 steps: at most 105 at 128 px, 60 at 256, the rest at 512.
        const ScalePlan plan = planScales(QSize(512, 512), 0, 300);
        RunEstimate estimate(plan, 300);
        estimate.scaleStarted(0, 0, 105, 10.0);
        for (int step = 1; step <= 20; ++step)
            estimate.stepDone(step, 10.0 + 0.01 * step); // 100 steps/s at 128 px
        QCOMPARE(estimate.stepsLeftPerScale(), (std::vector<int>{85, 60, 135}));
        QVERIFY(qAbs(estimate.stepsPerSecond() - 100.0) < 1e-6);
        // 85 steps at 0.01 s, 60 at 4 times the pixels, 135 at 16 times: 0.85 + 2.4 + 21.6 s.
        QVERIFY2(qAbs(estimate.secondsLeft() - 24.85) < 1e-6, qPrintable(QString::number(estimate.secondsLeft())));
        // Steps alone would have said 280 steps at 100 steps/s: 2.8 s.
    }

    void aScaleThatEndsEarlyLeavesItsStepsToTheFinest()
    {
        const ScalePlan plan = planScales(QSize(512, 512), 0, 300);
        RunEstimate estimate(plan, 300);
        // The 128 px scale stalled after 50 steps; the 256 px one starts with its own share.
        estimate.scaleStarted(1, 50, 110, 5.0);
        estimate.stepDone(51, 5.04);
        QCOMPARE(estimate.stepsLeftPerScale(), (std::vector<int>{0, 59, 190}));
        QVERIFY(qAbs(estimate.secondsLeft() - (59 * 0.04 + 190 * 0.16)) < 1e-6);
    }

    void unknownUntilAStepOfThisScaleIsTimed()
    {
        RunEstimate estimate(planScales(QSize(256, 256), 0, 100), 100);
        estimate.scaleStarted(0, 0, 50, 0.0);
        QVERIFY(estimate.secondsLeft() < 0.0);
        QCOMPARE(estimate.stepsPerSecond(), 0.0);
        estimate.stepDone(1, 0.5);
        QVERIFY(estimate.secondsLeft() > 0.0);
    }

    void theRateFollowsTheLastTwoSeconds()
    {
        RunEstimate estimate(planScales(QSize(128, 128), 1, 1000), 1000);
        estimate.scaleStarted(0, 0, 1000, 0.0);
        int step = 0;
        for (double t = 0.1; t <= 5.0; t += 0.1)
            estimate.stepDone(++step, t); // 10 steps/s
        for (double t = 5.5; t <= 10.0; t += 0.5)
            estimate.stepDone(++step, t); // then 2 steps/s, as after a slow-down
        QVERIFY2(qAbs(estimate.stepsPerSecond() - 2.0) < 0.01, qPrintable(QString::number(estimate.stepsPerSecond())));
    }
};

QTEST_GUILESS_MAIN(TestRunEstimate)
#include "tst_runestimate.moc"
