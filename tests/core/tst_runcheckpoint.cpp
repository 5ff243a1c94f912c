// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <limits>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "engine/stylerunner.h"
#include "io/runcheckpoint.h"
#include "runnertestutil.h"

using namespace nss;

Q_DECLARE_METATYPE(nss::Optimizer)

// Stopping a run and continuing it in a later process (io/runcheckpoint.h, issue 20): the file
// keeps the picture exactly and refuses damage; the engine continues where the run stood.
class TestRunCheckpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StyleRunner m_runner;

    static RunCheckpoint sample()
    {
        RunCheckpoint c;
        c.fingerprint = "0123abcd";
        c.step = 7;
        c.totalSteps = 20;
        c.scale = 1;
        c.scaleFirstStep = 5;
        c.inAdamFinish = true;
        c.contentWeight = 2.5;
        c.styleWeight = 1e6;
        c.tvWeight = 0.125;
        c.width = 5;
        c.height = 3;
        QList<float> values;
        for (int i = 0; i < 3 * 5 * 3; ++i)
            values.append(float(i) / 44.0f + 1e-7f); // not representable in 8 or 16 bits
        c.picture = QByteArray(reinterpret_cast<const char *>(values.constData()), values.size() * 4);
        c.contentLoss = 0.5;
        c.styleLoss = 0.25;
        c.tvLoss = 0.0;
        c.totalLoss = 0.75;
        c.adamSteps = 42;
        c.adamPoint = QByteArray(reinterpret_cast<const char *>(values.constData()) + 4, (values.size() - 1) * 4) + QByteArray(4, 0);
        c.adamExpAvg = QByteArray(c.picture.size(), 0);
        c.adamExpAvgSq = c.picture;
        c.savedAt = QDateTime(QDate(2026, 12, 8), QTime(1, 2, 3), Qt::UTC);
        return c;
    }

    // Runs `settings` with a checkpoint after every step, stopping after frame `stopAt` (0: never).
    struct Stopped
    {
        Recorded run;
        QList<RunCheckpoint> checkpoints;
    };
    Stopped runWithCheckpoints(StyleRunner &runner, const StyleSettings &settings, int stopAt,
                               const RunCheckpoint *from = nullptr)
    {
        Stopped s;
        StyleRunHooks hooks;
        hooks.checkpointIntervalMs = 0;
        hooks.checkpoint = [&](const RunCheckpoint &c) { s.checkpoints.append(c); };
        hooks.frame = [&](const StyleFrame &f) {
            s.run.frames.append(f);
            if (f.step == stopAt)
                runner.cancel();
        };
        hooks.status = [&](const QString &m) { s.run.statuses.append(m); };
        if (from)
            runner.continueNextRunFrom(*from);
        s.run.result = runner.run(settings, makeContent(), {makeStyle()}, QImage(), hooks);
        return s;
    }

    static int targetsComputed(const QStringList &statuses)
    {
        int n = 0;
        for (const QString &s : statuses)
            n += s.startsWith(QLatin1String("Computing style targets")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        m_runner.setNetworkFile(fixtureWeights());
    }

    void theFileKeepsEveryFieldAndThePictureExactly()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.nsscheckpoint"));
        const RunCheckpoint c = sample();
        QVERIFY(saveRunCheckpoint(path, c).ok());
        const auto back = loadRunCheckpoint(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->fingerprint, c.fingerprint);
        QCOMPARE(back->step, 7);
        QCOMPARE(back->totalSteps, 20);
        QCOMPARE(back->scale, 1);
        QCOMPARE(back->scaleFirstStep, 5);
        QCOMPARE(back->inAdamFinish, true);
        QCOMPARE(back->contentWeight, 2.5);
        QCOMPARE(back->styleWeight, 1e6);
        QCOMPARE(back->tvWeight, 0.125);
        QCOMPARE(QSize(back->width, back->height), QSize(5, 3));
        QCOMPARE(back->picture, c.picture); // bit for bit
        QCOMPARE(back->totalLoss, 0.75);
        QCOMPARE(back->styleLoss, 0.25);
        QCOMPARE(back->adamSteps, 42);
        QCOMPARE(back->adamPoint, c.adamPoint);
        QCOMPARE(back->adamExpAvg, c.adamExpAvg);
        QCOMPARE(back->adamExpAvgSq, c.adamExpAvgSq);
        // Without Adam's memory (an L-BFGS scale), one picture and nothing more.
        RunCheckpoint lbfgs = c;
        lbfgs.adamSteps = 0;
        QVERIFY(saveRunCheckpoint(path, lbfgs).ok());
        QCOMPARE(QFileInfo(path).size() < 2 * c.picture.size() + 1024, true);
        const auto plain = loadRunCheckpoint(path);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain->adamSteps, 0);
        QVERIFY(plain->adamPoint.isEmpty());
        // A loss that is not a number (a run whose every evaluation so far failed) reads as unknown.
        RunCheckpoint nanLoss = c;
        nanLoss.totalLoss = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(saveRunCheckpoint(path, nanLoss).ok());
        const auto unknown = loadRunCheckpoint(path);
        QVERIFY2(unknown.ok(), qPrintable(unknown.error()));
        QVERIFY(std::isinf(unknown->totalLoss));
        QCOMPARE(unknown->styleLoss, 0.25);
        QCOMPARE(back->savedAt, c.savedAt);
    }

    void aDamagedFileGivesAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString path = m_dir.filePath(QStringLiteral("good.nsscheckpoint"));
        QVERIFY(saveRunCheckpoint(path, sample()).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        const qsizetype pictureAt = good.size() - 4 * 3 * 5 * 3 * 4; // the picture and Adam's three

        QTest::newRow("empty") << QByteArray() << "is not a Neural Style Studio checkpoint";
        QTest::newRow("a picture") << QByteArray("\x89PNG\r\n\x1a\n0000000000000000000000000000000000000000") << "is not a Neural Style Studio checkpoint";
        QTest::newRow("cut in the header") << good.left(60) << "is damaged (its header is cut short)";
        QTest::newRow("cut in the picture") << good.left(good.size() - 1) << "is damaged (its picture is";
        QByteArray flipped = good;
        flipped[pictureAt + 17] = char(flipped[pictureAt + 17] ^ 0x40);
        QTest::newRow("a changed byte") << flipped << "does not match its checksum";
        QByteArray header = good;
        header.replace(header.indexOf("\"step\":7"), 8, "\"step\":-");
        QTest::newRow("a broken header") << header << "is damaged (its header is not readable";
        QByteArray outOfRange = good;
        outOfRange.replace(outOfRange.indexOf("\"scale\":1"), 9, "\"scale\":9");
        QTest::newRow("a value out of range") << outOfRange << "out of range";
    }

    void aDamagedFileGivesAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("damaged.nsscheckpoint"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const auto loaded = loadRunCheckpoint(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(QLatin1String("damaged.nsscheckpoint")), qPrintable(loaded.error()));
    }

    void aPictureThatIsNotANumberIsRefused()
    {
        RunCheckpoint c = sample();
        const float nan = std::numeric_limits<float>::quiet_NaN();
        std::memcpy(c.picture.data() + 8, &nan, 4);
        const QString path = m_dir.filePath(QStringLiteral("nan.nsscheckpoint"));
        QVERIFY(saveRunCheckpoint(path, c).ok());
        const auto loaded = loadRunCheckpoint(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QLatin1String("not a number")), qPrintable(loaded.error()));
        QVERIFY(!loadRunCheckpoint(m_dir.filePath(QStringLiteral("missing"))).ok());
    }

    void theFingerprintFollowsWhatIsComputedNotHow()
    {
        const StyleSettings s = smallSettings(Optimizer::Lbfgs, 10, 2);
        const QImage content = makeContent(), style = makeStyle();
        const QByteArray base = runFingerprint(s, content, {style}, QImage());
        StyleSettings how = s;
        how.threads = 7;
        how.precision = Precision::Float32;
        how.tileSize = 64;
        how.frameEvery = 1;
        how.contentPath = QStringLiteral("/elsewhere/content.png");
        how.styles[0].path = QStringLiteral("/elsewhere/style.png");
        QCOMPARE(runFingerprint(how, content, {style}, QImage()), base);
        StyleSettings steps = s;
        steps.steps = 11;
        QVERIFY(runFingerprint(steps, content, {style}, QImage()) != base);
        StyleSettings weight = s;
        weight.styleWeight *= 2;
        QVERIFY(runFingerprint(weight, content, {style}, QImage()) != base);
        QImage touched = content;
        touched.setPixel(3, 4, qRgb(0, 0, 0));
        QVERIFY(runFingerprint(s, touched, {style}, QImage()) != base);
        QVERIFY(runFingerprint(s, content, {style.mirrored()}, QImage()) != base);
    }

    // Stopped, then continued later by another runner: the scales done are not done again, the
    // steps count on, every finer scale runs, and the loss goes on from where it was.
    void aStoppedRunContinuesWhereItStood_data()
    {
        QTest::addColumn<Optimizer>("optimizer");
        QTest::addColumn<int>("stopAt");
        QTest::addColumn<int>("scale"); // where the checkpoint says the run stood
        QTest::addColumn<int>("width"); // of its picture
        // 12 steps on two scales: 32 px for steps 1-2, 64 px for 3-12 (tst_scaleplan).
        for (const Optimizer optimizer : {Optimizer::Lbfgs, Optimizer::Adam}) {
            const char *name = optimizer == Optimizer::Lbfgs ? "lbfgs" : "adam";
            QTest::addRow("%s, in the coarse scale", name) << optimizer << 1 << 0 << 32;
            QTest::addRow("%s, between the scales", name) << optimizer << 2 << 1 << 32;
            QTest::addRow("%s, in the fine scale", name) << optimizer << 6 << 1 << 64;
        }
    }

    void aStoppedRunContinuesWhereItStood()
    {
        QFETCH(Optimizer, optimizer);
        QFETCH(int, stopAt);
        QFETCH(int, scale);
        QFETCH(int, width);
        StyleSettings settings = smallSettings(optimizer, 12, 1);
        settings.outputSize = 64;
        settings.scales = 2;
        const Stopped first = runWithCheckpoints(m_runner, settings, stopAt);
        QVERIFY2(first.run.result.ok(), qPrintable(first.run.result.error()));
        QCOMPARE(first.run.result->step, stopAt);
        QCOMPARE(first.checkpoints.size(), stopAt + 1); // one a step, and the one at the stop
        const RunCheckpoint &last = first.checkpoints.last();
        QCOMPARE(last.step, stopAt);
        QCOMPARE(last.totalSteps, 12);
        QCOMPARE(last.scale, scale);
        QCOMPARE(last.width, width);
        QVERIFY(!last.inAdamFinish);

        // Through the file, to another runner: as another process would.
        const QString path = m_dir.filePath(QStringLiteral("stopped.nsscheckpoint"));
        QVERIFY(saveRunCheckpoint(path, last).ok());
        const auto loaded = loadRunCheckpoint(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        StyleRunner other;
        other.setNetworkFile(fixtureWeights());
        const Stopped second = runWithCheckpoints(other, settings, 0, &loaded.value());
        QVERIFY2(second.run.result.ok(), qPrintable(second.run.result.error()));
        QCOMPARE(second.run.frames.first().step, stopAt + 1);
        QCOMPARE(second.run.result->step, 12);
        QVERIFY(second.run.result->isFinal);
        QCOMPARE(second.run.result->image.size(), QSize(64, 43));
        // The targets of the scales left, and no more.
        QCOMPARE(targetsComputed(second.run.statuses), 2 - scale);
        QCOMPARE(second.checkpoints.size(), 11 - stopAt); // one a step, but none at the last: the run is done
        // Losses compare within a scale: from the saved picture at its own size, L-BFGS keeps only
        // lower points (never worse), and both optimisers end lower.
        const double before = first.run.frames.last().totalLoss;
        const int sameScaleUntil = width == 64 ? 12 : (scale == 0 ? 2 : 0);
        for (const StyleFrame &f : second.run.frames) {
            if (f.step > sameScaleUntil)
                break;
            if (optimizer == Optimizer::Lbfgs)
                QVERIFY2(f.totalLoss <= before * (1 + 1e-5), qPrintable(QString::number(f.step)));
        }
        if (width == 64)
            QVERIFY(second.run.frames.last().totalLoss < before);
    }

    // Adam's finish of an L-BFGS run, stopped and continued: the continued run finishes with Adam
    // from the saved (best) picture, and keeps its best.
    void aStoppedAdamFinishContinuesAsAnAdamFinish()
    {
        StyleSettings settings = smallSettings(Optimizer::Lbfgs, 160, 1);
        settings.scales = 1;
        settings.init = InitMode::Content;
        const Stopped whole = runWithCheckpoints(m_runner, settings, 0);
        QVERIFY2(whole.run.result.ok(), qPrintable(whole.run.result.error()));
        int handOver = 0;
        for (const RunCheckpoint &c : whole.checkpoints)
            if (c.inAdamFinish) {
                handOver = c.step;
                break;
            }
        QVERIFY2(handOver > 0, "the L-BFGS run did not hand over to Adam");
        const int stopAt = handOver + 5;
        const Stopped first = runWithCheckpoints(m_runner, settings, stopAt);
        const RunCheckpoint &last = first.checkpoints.last();
        QCOMPARE(last.step, stopAt);
        QVERIFY(last.inAdamFinish);
        QVERIFY(last.adamSteps >= 5); // Adam's memory is kept
        const QString path = m_dir.filePath(QStringLiteral("finish.nsscheckpoint"));
        QVERIFY(saveRunCheckpoint(path, last).ok());
        const auto loaded = loadRunCheckpoint(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Stopped second = runWithCheckpoints(m_runner, settings, 0, &loaded.value());
        QVERIFY2(second.run.result.ok(), qPrintable(second.run.result.error()));
        QCOMPARE(second.run.result->step, 160);
        for (const RunCheckpoint &c : second.checkpoints)
            QVERIFY(c.inAdamFinish); // never back to L-BFGS
        // The finish keeps the best picture evaluated: never above where it was stopped.
        const double before = first.run.frames.last().totalLoss;
        for (const StyleFrame &f : second.run.frames)
            QVERIFY2(f.totalLoss <= before * (1 + 1e-5), qPrintable(QString::number(f.step)));
        // With its memory, the continued finish retraces the uninterrupted run exactly.
        QCOMPARE(second.run.result->totalLoss, whole.run.result->totalLoss);
        QCOMPARE(second.run.result->image, whole.run.result->image);
    }

    // A plain Adam run (the original's optimiser) stopped and continued: the same picture, to the bit.
    void aStoppedAdamRunRetracesTheUninterruptedOne()
    {
        StyleSettings settings = smallSettings(Optimizer::Adam, 12, 1);
        settings.scales = 1;
        const Stopped whole = runWithCheckpoints(m_runner, settings, 0);
        QVERIFY2(whole.run.result.ok(), qPrintable(whole.run.result.error()));
        const Stopped first = runWithCheckpoints(m_runner, settings, 5);
        QCOMPARE(first.checkpoints.last().step, 5);
        QCOMPARE(first.checkpoints.last().adamSteps, 5);
        const QString path = m_dir.filePath(QStringLiteral("adam.nsscheckpoint"));
        QVERIFY(saveRunCheckpoint(path, first.checkpoints.last()).ok());
        const auto loaded = loadRunCheckpoint(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        StyleRunner other;
        other.setNetworkFile(fixtureWeights());
        const Stopped second = runWithCheckpoints(other, settings, 0, &loaded.value());
        QVERIFY2(second.run.result.ok(), qPrintable(second.run.result.error()));
        QCOMPARE(second.run.frames.first().step, 6);
        for (int i = 0; i < second.run.frames.size(); ++i) // every frame as the uninterrupted run's
            QCOMPARE(second.run.frames[i].totalLoss, whole.run.frames[i + 5].totalLoss);
        QCOMPARE(second.run.result->image, whole.run.result->image);
    }

    void aCheckpointOfAnotherRunIsRefused()
    {
        StyleSettings settings = smallSettings(Optimizer::Adam, 6, 1);
        const Stopped first = runWithCheckpoints(m_runner, settings, 3);
        QVERIFY(!first.checkpoints.isEmpty());
        settings.styleWeight *= 10;
        const Stopped second = runWithCheckpoints(m_runner, settings, 0, &first.checkpoints.last());
        QVERIFY(!second.run.result.ok());
        QVERIFY2(second.run.result.error().contains(QLatin1String("other pictures or settings")),
                 qPrintable(second.run.result.error()));
        QVERIFY(second.run.frames.isEmpty());
        // The refusal is for that run only: the next starts afresh.
        const Stopped third = runWithCheckpoints(m_runner, settings, 0);
        QVERIFY(third.run.result.ok());
        QCOMPARE(third.run.frames.first().step, 1);
    }

    void checkpointsComeAtTheInterval()
    {
        StyleSettings settings = smallSettings(Optimizer::Adam, 5, 1);
        Stopped s;
        StyleRunHooks hooks; // the default interval, a minute: longer than this run
        hooks.checkpoint = [&](const RunCheckpoint &c) { s.checkpoints.append(c); };
        const auto finished = m_runner.run(settings, makeContent(), {makeStyle()}, QImage(), hooks);
        QVERIFY(finished.ok());
        QVERIFY(s.checkpoints.isEmpty());
        hooks.frame = [this](const StyleFrame &f) {
            if (f.step == 2)
                m_runner.cancel();
        };
        const auto stopped = m_runner.run(settings, makeContent(), {makeStyle()}, QImage(), hooks);
        QVERIFY(stopped.ok());
        QCOMPARE(s.checkpoints.size(), 1); // the stop's
        QCOMPARE(s.checkpoints.first().step, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunCheckpoint)
#include "tst_runcheckpoint.moc"
