// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QTest>

#include "engine/scaleplan.h"

using namespace nss;

// Coarse to fine, directly: which sizes a run paints at, how many steps each coarse scale may
// take, and when a scale counts as no longer improving.
class TestScalePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<QSize>("output");
        QTest::addColumn<int>("requested");
        QTest::addColumn<QList<QSize>>("sizes");
        QTest::newRow("512 automatic: 128, 256, 512") << QSize(512, 384) << 0 << QList<QSize>{{128, 96}, {256, 192}, {512, 384}};
        QTest::newRow("256 automatic: 128, 256") << QSize(256, 256) << 0 << QList<QSize>{{128, 128}, {256, 256}};
        QTest::newRow("200 automatic: one scale") << QSize(200, 150) << 0 << QList<QSize>{{200, 150}};
        QTest::newRow("one asked") << QSize(512, 512) << 1 << QList<QSize>{{512, 512}};
        QTest::newRow("thin picture: coarsest keeps 16 px") << QSize(512, 40) << 3 << QList<QSize>{{256, 20}, {512, 40}};
    }
    void sizes()
    {
        QFETCH(QSize, output);
        QFETCH(int, requested);
        QFETCH(QList<QSize>, sizes);
        const ScalePlan plan = planScales(output, requested, 300);
        QCOMPARE(QList<QSize>(plan.sizes.begin(), plan.sizes.end()), sizes);
        QCOMPARE(plan.sizes.back(), output); // the last scale is always the output itself
    }

    void coarseScalesGetTheirShareAndTheFinestTheBudget()
    {
        // Up to 1024 px the finest of three scales gets at least 45 % of the steps.
        const ScalePlan three = planScales(QSize(512, 512), 3, 300);
        QCOMPARE(std::vector<int>(three.maxSteps), (std::vector<int>{105, 60, 300}));
        QCOMPARE(std::vector<int>(planScales(QSize(1024, 768), 0, 300).maxSteps), (std::vector<int>{105, 60, 300}));
        // At print size a finest step takes minutes: the coarse scales keep more (40 % and 30 %).
        const ScalePlan print = planScales(QSize(4000, 3000), 0, 300);
        QCOMPARE(print.sizes.size(), size_t(3));
        QCOMPARE(std::vector<int>(print.maxSteps), (std::vector<int>{120, 90, 300}));
        // With 2 scales the coarse one takes at most 20 %.
        const ScalePlan two = planScales(QSize(256, 256), 2, 300);
        QCOMPARE(std::vector<int>(two.maxSteps), (std::vector<int>{60, 300}));
        QCOMPARE(std::vector<int>(planScales(QSize(384, 256), 0, 300).maxSteps), (std::vector<int>{60, 300}));
        QCOMPARE(planScales(QSize(512, 512), 3, 2).sizes.size(), size_t(2)); // fewer steps than scales
    }

    // With 2 scales the coarse one keeps going past 10 % of the steps only while it falls fast;
    // with 3 the shares are fixed maxima, as before.
    void aTwoScaleCoarseScaleGoesOnOnlyWhileFast()
    {
        const ScalePlan two = planScales(QSize(256, 256), 0, 300);
        QCOMPARE(std::vector<int>(two.fastFrom), (std::vector<int>{30, 0}));
        QCOMPARE(two.fastWindow, 10);
        QCOMPARE(two.fastImprovement, 0.3);
        QCOMPARE(std::vector<int>(planScales(QSize(512, 512), 0, 300).fastFrom), (std::vector<int>{0, 0, 0}));
        QCOMPARE(std::vector<int>(planScales(QSize(256, 256), 1, 300).fastFrom), (std::vector<int>{0}));
    }

    void keepOnlyWhileFastStopsASlowerScaleAfterItsMinimum()
    {
        ScaleProgress progress(20, 0.01);
        progress.keepOnlyWhileFast(6, 3, 0.3);
        double loss = 100.0;
        for (int i = 0; i < 5; ++i) {
            progress.record(loss);
            loss *= 0.9; // 27 % over three evaluations: slower than the 30 % asked
        }
        QVERIFY(!progress.stalled()); // fewer than 6 evaluations: the minimum share runs whatever
        progress.record(loss);
        QVERIFY(progress.stalled()); // the sixth: 27 % over the last three is too slow to go on

        ScaleProgress fast(20, 0.01);
        fast.keepOnlyWhileFast(6, 3, 0.3);
        loss = 100.0;
        for (int i = 0; i < 10; ++i) {
            fast.record(loss);
            loss *= 0.8; // 49 % over three evaluations
        }
        QVERIFY(!fast.stalled()); // still falling fast: it goes on to its maximum
        fast.restart(); // new weights: the minimum counts again from here
        for (double l : {5.0, 5.0, 5.0, 5.0})
            fast.record(l);
        QVERIFY(!fast.stalled());
    }

    void stalledWhenTheWindowBringsTooLittle()
    {
        ScaleProgress progress(5, 0.01);
        for (double loss : {10.0, 8.0, 6.0, 5.0, 4.5})
            progress.record(loss);
        QVERIFY(!progress.stalled()); // not enough evaluations yet
        progress.record(4.4);
        QVERIFY(!progress.stalled()); // 4.4 against 10: still falling fast
        for (int i = 0; i < 5; ++i)
            progress.record(4.399);
        QVERIFY(progress.stalled()); // 4.399 against 4.4 five evaluations earlier: under 1 %
        QCOMPARE(progress.first(), 10.0);
        QVERIFY(std::abs(progress.reduction() - (10.0 - 4.399) / 10.0) < 1e-12);
        progress.restart();
        QCOMPARE(progress.count(), 0);
        QVERIFY(!progress.stalled());
    }

    // The Adam finish's hand-over asks the same question with its own window and improvement.
    void slowerThanTakesItsOwnWindow()
    {
        ScaleProgress progress(5, 0.01);
        for (double loss : {10.0, 9.5, 9.0, 8.6})
            progress.record(loss);
        QVERIFY(!progress.slowerThan(3, 0.1)); // 8.6 against 10 three evaluations earlier: 14 % lower
        progress.record(8.3); // 8.3 against 9.5 three evaluations earlier: 12.6 % lower
        QVERIFY(!progress.slowerThan(3, 0.1));
        QVERIFY(progress.slowerThan(3, 0.15));
        progress.record(8.2); // against 9.0: 8.9 % lower
        QVERIFY(progress.slowerThan(3, 0.1));
        QVERIFY(!progress.stalled()); // its own rule: 8.2 against 10 five evaluations earlier
    }
};

QTEST_GUILESS_MAIN(TestScalePlan)
#include "tst_scaleplan.moc"
