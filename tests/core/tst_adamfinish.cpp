// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QImage>
#include <QTest>

#include "engine/stylerunner.h"
#include "runnertestutil.h"

using namespace nss;

// The Adam finish of an L-BFGS run (docs/ALGORITHM.md, "The Adam finish").
class TestAdamFinish : public QObject
{
    Q_OBJECT

    StyleRunner m_runner; // one runner for all: the weights stay loaded between runs
    Recorded m_finished; // a run with the finish (at most steps 61-120), for every test

    static StyleSettings finishSettings(double finish)
    {
        auto settings = smallSettings(Optimizer::Lbfgs, 120, 1);
        settings.scales = 1;
        settings.adamFinish = finish; // 0.5: Adam may take over after step 60, once L-BFGS slows
        return settings;
    }

    // The loss of `picture` itself: the first evaluation of a run that starts from it.
    double lossOf(const QImage &picture)
    {
        auto settings = finishSettings(0.0);
        settings.steps = 1;
        settings.init = InitMode::Image;
        settings.initPath = QStringLiteral("saved.png"); // the picture itself is passed below
        const auto judged = m_runner.run(settings, makeContent(), {makeStyle()}, picture, {});
        if (!judged.ok())
            qFatal("%s", qPrintable(judged.error()));
        return judged->totalLoss;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        m_runner.setNetworkFile(fixtureWeights());
        m_finished = runRecorded(m_runner, finishSettings(0.5));
        QVERIFY2(m_finished.result.ok(), qPrintable(m_finished.result.error()));
    }

    // It shows the best picture evaluated, so the loss shown never rises; the steps before it are
    // plain L-BFGS's, and it changes what comes after them.
    void keepsTheBestPicture()
    {
        const auto &finished = m_finished;
        const auto plain = runRecorded(m_runner, finishSettings(0.0));
        QVERIFY2(plain.result.ok(), qPrintable(plain.result.error()));
        QCOMPARE(finished.frames.size(), 120);
        double lowest = 0.0;
        QCOMPARE(firstRise(finished.frames, &lowest), 0);
        QCOMPARE(finished.result->totalLoss, lowest);
        QCOMPARE(finished.frames.at(59).image, plain.frames.at(59).image); // step 60: L-BFGS alone so far
        QVERIFY(finished.result->image != plain.result->image);
        QVERIFY(lowest < finished.frames.at(59).totalLoss); // Adam found a lower picture
    }

    // L-BFGS hands over only once it has slowed down (under 10 % over 20 evaluations): a run whose
    // hand-over window comes while the loss still falls fast stays L-BFGS's to the end.
    void waitsForLbfgsToSlowDown()
    {
        auto settings = finishSettings(0.9);
        settings.steps = 80; // Adam may take over after step 8 (80 - 72) up to step 30 (80 - 50)
        auto plainSettings = settings;
        plainSettings.adamFinish = 0.0;
        const auto plain = runRecorded(m_runner, plainSettings);
        QVERIFY2(plain.result.ok(), qPrintable(plain.result.error()));
        for (int step = 21; step <= 30; ++step) { // the first steps with 20 evaluations before them
            const double before = plain.frames.at(step - 21).totalLoss, now = plain.frames.at(step - 1).totalLoss;
            QVERIFY2(now < 0.9 * before, qPrintable(QStringLiteral("step %1: %2 -> %3").arg(step).arg(before).arg(now)));
        }
        const auto finished = runRecorded(m_runner, settings);
        QVERIFY2(finished.result.ok(), qPrintable(finished.result.error()));
        QCOMPARE(finished.result->image, plain.result->image);
        QCOMPARE(finished.result->totalLoss, plain.result->totalLoss);
    }

    // The loss it reports is the loss of the picture it saves: its pixels stay in 0..1, as L-BFGS's
    // do. Unclamped, Adam's steps pushed this pair's saturated pixels out of range, and the saved
    // (clamped) picture scored far worse than the loss shown.
    void reportsTheLossOfThePictureItSaves()
    {
        const auto &finished = m_finished;
        const QImage &saved = finished.result->exported();
        QCOMPARE(saved.format(), QImage::Format_RGBX64); // 16 bits: rounding moves the loss by ~1e-5
        const double reported = finished.result->totalLoss;
        const double judged = lossOf(saved);
        QVERIFY2(std::abs(judged - reported) <= 1e-3 * reported,
                 qPrintable(QStringLiteral("reported %1, the saved picture's %2").arg(reported).arg(judged)));
    }
};

QTEST_GUILESS_MAIN(TestAdamFinish)
#include "tst_adamfinish.moc"
