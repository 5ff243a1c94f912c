// SPDX-License-Identifier: GPL-3.0-or-later
// Region masks (issue 21) through the whole runner: each style goes where its mask says, a swap of
// the masks swaps the halves, a keep mask holds the photo, and bad masks are refused with messages.
// The loss itself is checked against PyTorch in tst_parity.

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "engine/imagetensor.h"
#include "engine/runpreparation.h"
#include "runnertestutil.h"

namespace {

// A flat grey photo with a faint gradient: any colour in the result comes from the styles.
QImage greyPhoto(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(120 + 20 * x / w, 128, 128 + 10 * y / h));
    return image;
}

// Diagonal stripes of two shades of one hue.
QImage stripes(QRgb a, QRgb b)
{
    QImage image(48, 48, QImage::Format_RGB888);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 48; ++x)
            image.setPixel(x, y, ((x + y) / 4) % 2 ? a : b);
    return image;
}

QImage halfMask(int w, int h, bool left)
{
    QImage mask(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            mask.setPixel(x, y, (x < w / 2) == left ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    return mask;
}

struct Rgb
{
    double r = 0, g = 0, b = 0;
    double distance(const Rgb &o) const { return std::sqrt((r - o.r) * (r - o.r) + (g - o.g) * (g - o.g) + (b - o.b) * (b - o.b)); }
};

// The mean colour of columns [x0, x1).
Rgb meanColour(const QImage &image, int x0, int x1)
{
    Rgb m;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = x0; x < x1; ++x, ++n) {
            const QRgb p = image.pixel(x, y);
            m.r += qRed(p);
            m.g += qGreen(p);
            m.b += qBlue(p);
        }
    m.r /= n;
    m.g /= n;
    m.b /= n;
    return m;
}

const QRgb kRed1 = qRgb(230, 60, 20), kRed2 = qRgb(170, 20, 10);
const QRgb kBlue1 = qRgb(20, 90, 230), kBlue2 = qRgb(10, 30, 150);

StyleSettings twoStyleSettings(int size, int steps)
{
    StyleSettings s = smallSettings(Optimizer::Lbfgs, steps, steps);
    s.styles = {StyleSource{QStringLiteral("red.png"), 1.0}, StyleSource{QStringLiteral("blue.png"), 1.0}};
    s.outputSize = size;
    s.init = InitMode::Content;
    s.scales = 1;
    return s;
}

} // namespace

class TestStyleMasks : public QObject
{
    Q_OBJECT

private:
    // The result of a run with the red style masked to one half and the blue to the other.
    QImage runHalves(bool redOnLeft)
    {
        const QImage photo = greyPhoto(64, 48);
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        runner.setMasks(RunMasks{{halfMask(64, 48, redOnLeft), halfMask(64, 48, !redOnLeft)}, QImage()});
        const auto result = runner.run(twoStyleSettings(64, 40), photo, {stripes(kRed1, kRed2), stripes(kBlue1, kBlue2)});
        if (!result) {
            qWarning("%s", qPrintable(result.error()));
            return {};
        }
        return result->image;
    }

private Q_SLOTS:
    void eachStyleGoesWhereItsMaskSays()
    {
        const Rgb red = meanColour(stripes(kRed1, kRed2), 0, 48);
        const Rgb blue = meanColour(stripes(kBlue1, kBlue2), 0, 48);
        for (const bool redOnLeft : {true, false}) {
            const QImage out = runHalves(redOnLeft);
            QVERIFY(!out.isNull());
            QCOMPARE(out.size(), QSize(64, 48));
            // The outer 24 columns of each side: the middle mixes through the network's receptive fields.
            const Rgb left = meanColour(out, 0, 24);
            const Rgb right = meanColour(out, 40, 64);
            const Rgb &leftStyle = redOnLeft ? red : blue;
            const Rgb &rightStyle = redOnLeft ? blue : red;
            const QString seen = QStringLiteral("red on the left: %1; left half %2,%3,%4; right half %5,%6,%7")
                                     .arg(redOnLeft)
                                     .arg(left.r)
                                     .arg(left.g)
                                     .arg(left.b)
                                     .arg(right.r)
                                     .arg(right.g)
                                     .arg(right.b);
            qInfo("%s", qPrintable(seen));
            QVERIFY2(left.distance(leftStyle) < left.distance(rightStyle), qPrintable(seen));
            QVERIFY2(right.distance(rightStyle) < right.distance(leftStyle), qPrintable(seen));
            // And clearly: the red side is redder than the blue side by a wide margin.
            const double redSide = redOnLeft ? left.r - left.b : right.r - right.b;
            const double blueSide = redOnLeft ? right.r - right.b : left.r - left.b;
            QVERIFY2(redSide - blueSide > 40.0, qPrintable(seen));
        }
    }

    // A keep mask over the left half leaves it near the photo while the right half is painted.
    void theKeepMaskHoldsThePhoto()
    {
        const QImage photo = greyPhoto(64, 48);
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        runner.setMasks(RunMasks{{}, halfMask(64, 48, true)});
        StyleSettings s = twoStyleSettings(64, 40);
        s.styles = {StyleSource{QStringLiteral("red.png"), 1.0}};
        const auto result = runner.run(s, photo, {stripes(kRed1, kRed2)});
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const Rgb photoLeft = meanColour(photo, 0, 24);
        const Rgb left = meanColour(result->image, 0, 24);
        const Rgb right = meanColour(result->image, 40, 64);
        const QString seen = QStringLiteral("photo %1,%2,%3; kept half %4,%5,%6; painted half %7,%8,%9")
                                 .arg(photoLeft.r)
                                 .arg(photoLeft.g)
                                 .arg(photoLeft.b)
                                 .arg(left.r)
                                 .arg(left.g)
                                 .arg(left.b)
                                 .arg(right.r)
                                 .arg(right.g)
                                 .arg(right.b);
        qInfo("%s", qPrintable(seen));
        QVERIFY2(left.distance(photoLeft) * 3.0 < right.distance(meanColour(photo, 40, 64)), qPrintable(seen));
    }

    // Masks set while a run goes (the window's painting) apply from its next step: a keep mask over
    // everything turns the style loss off at once, and clearing it turns it back on.
    void masksPaintedDuringARunApplyAtTheNextStep()
    {
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        StyleSettings s = twoStyleSettings(64, 12);
        s.styles = {StyleSource{QStringLiteral("red.png"), 1.0}};
        s.optimizer = Optimizer::Adam; // one evaluation per step: the step a change lands on is exact
        s.frameEvery = 1;
        QImage everything(64, 48, QImage::Format_Grayscale8);
        everything.fill(255);
        QList<double> styleLoss;
        StyleRunHooks hooks;
        hooks.frame = [&](const StyleFrame &f) {
            styleLoss.append(f.styleLoss);
            if (f.step == 4)
                runner.setMasks(RunMasks{{}, everything});
            if (f.step == 8)
                runner.setMasks({});
        };
        const auto result = runner.run(s, greyPhoto(64, 48), {stripes(kRed1, kRed2)}, QImage(), hooks);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(styleLoss.size(), 12);
        for (int step = 1; step <= 12; ++step) {
            const bool kept = step >= 5 && step <= 8;
            const double loss = styleLoss[step - 1];
            QVERIFY2(kept ? loss == 0.0 : loss > 0.0, qPrintable(QStringLiteral("step %1: style loss %2").arg(step).arg(loss)));
        }
        // A mask of another shape painted during the run is dropped; the run goes on.
        hooks.frame = [&](const StyleFrame &f) {
            if (f.step == 2)
                runner.setMasks(RunMasks{{}, QImage(10, 40, QImage::Format_Grayscale8)});
        };
        runner.setMasks({});
        const auto again = runner.run(s, greyPhoto(64, 48), {stripes(kRed1, kRed2)}, QImage(), hooks);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->step, 12);
        QVERIFY(again->styleLoss > 0.0);
    }

    void badMasksAreRefused_data()
    {
        QTest::addColumn<QSize>("maskSize");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message");
        QTest::newRow("another shape") << QSize(48, 48) << 1 << QStringLiteral("does not have the photo's shape (64 × 48 px)");
        QTest::newRow("more masks than styles") << QSize(64, 48) << 2 << QStringLiteral("2 style masks were given for 1 style images");
    }
    void badMasksAreRefused()
    {
        QFETCH(QSize, maskSize);
        QFETCH(int, count);
        QFETCH(QString, message);
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        QImage mask(maskSize, QImage::Format_Grayscale8);
        mask.fill(255);
        runner.setMasks(RunMasks{QList<QImage>(count, mask), QImage()});
        StyleSettings s = twoStyleSettings(64, 5);
        s.styles = {StyleSource{QStringLiteral("red.png"), 1.0}};
        const auto result = runner.run(s, greyPhoto(64, 48), {stripes(kRed1, kRed2)});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    }

    // Same shape, another size: used resized, and said so; the settings' paths name the masks.
    void aMaskOfAnotherSizeIsResized()
    {
        StyleSettings s = twoStyleSettings(64, 5);
        s.styles = {StyleSource{QStringLiteral("red.png"), 1.0, QStringLiteral("/masks/sky.png")}};
        QImage mask(128, 96, QImage::Format_Grayscale8);
        mask.fill(255);
        const RunMasks masks{{mask}, QImage()};
        QVERIFY(maskProblem(s, QSize(64, 48), masks).isEmpty());
        const QStringList notes = maskResizeNotes(s, QSize(64, 48), masks);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.front().contains(QStringLiteral("/masks/sky.png (128 × 96 px) is resized to the photo's 64 × 48 px")),
                 qPrintable(notes.front()));
        QVERIFY(maskResizeNotes(s, QSize(128, 96), masks).isEmpty());
        StyleRunner runner;
        runner.setNetworkFile(fixtureWeights());
        runner.setMasks(masks);
        const auto result = runner.run(s, greyPhoto(64, 48), {stripes(kRed1, kRed2)});
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->step, 5);
    }

    // A transparent mask counts as black: a picture painted on a transparent layer works.
    void transparentPartsAreNotMasked()
    {
        QImage mask(8, 4, QImage::Format_ARGB32);
        mask.fill(Qt::transparent);
        for (int y = 0; y < 4; ++y)
            mask.setPixel(0, y, qRgba(255, 255, 255, 255));
        const auto t = maskTensor(mask, QSize(8, 4));
        QCOMPARE(t.sizes(), (torch::IntArrayRef{1, 1, 4, 8}));
        QCOMPARE(t[0][0][1][0].item<double>(), 1.0);
        QCOMPARE(t[0][0][1][5].item<double>(), 0.0);
    }

    // A source mask chooses the part of the painting to use: one painting red on its left half and
    // blue on its right; with the left half masked in, the result is red, with the right half blue.
    // The masks are files named in the settings, as the CLI and projects give them.
    void aSourceMaskUsesPartOfThePainting()
    {
        QTemporaryDir dir;
        QImage painting(96, 48, QImage::Format_RGB888);
        const QImage red = stripes(kRed1, kRed2), blue = stripes(kBlue1, kBlue2);
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 96; ++x)
                painting.setPixel(x, y, x < 48 ? red.pixel(x, y) : blue.pixel(x - 48, y));
        const QString leftFile = dir.filePath(QStringLiteral("left.png"));
        const QString rightFile = dir.filePath(QStringLiteral("right.png"));
        QVERIFY(halfMask(192, 96, true).save(leftFile)); // the painting's shape at twice its size: resized
        QVERIFY(halfMask(192, 96, false).save(rightFile));
        const QImage photo = greyPhoto(64, 48);
        double redness[2] = {0, 0};
        for (const bool left : {true, false}) {
            StyleRunner runner;
            runner.setNetworkFile(fixtureWeights());
            StyleSettings s = twoStyleSettings(64, 40);
            s.styles = {StyleSource{QStringLiteral("painting.png"), 1.0}};
            s.styles[0].sourceMaskPath = left ? leftFile : rightFile;
            const auto result = runner.run(s, photo, {painting});
            QVERIFY2(result.ok(), qPrintable(result.error()));
            const Rgb mean = meanColour(result->image, 0, 64);
            redness[left ? 0 : 1] = mean.r - mean.b;
            qInfo("%s half of the painting: mean colour %.1f,%.1f,%.1f", left ? "red" : "blue", mean.r, mean.g, mean.b);
        }
        QVERIFY2(redness[0] > 20.0 && redness[1] < -20.0 && redness[0] - redness[1] > 60.0,
                 qPrintable(QStringLiteral("red minus blue: %1 with the red half, %2 with the blue half").arg(redness[0]).arg(redness[1])));

        // A mask of another shape, or black all over, is refused with a message naming it.
        QImage square(48, 48, QImage::Format_Grayscale8);
        square.fill(255);
        const QString squareFile = dir.filePath(QStringLiteral("square.png"));
        QVERIFY(square.save(squareFile));
        QImage black(96, 48, QImage::Format_Grayscale8);
        black.fill(0);
        const QString blackFile = dir.filePath(QStringLiteral("black.png"));
        QVERIFY(black.save(blackFile));
        for (const auto &[file, words] : {std::pair{squareFile, QStringLiteral("does not have the shape of its painting")},
                                          std::pair{blackFile, QStringLiteral("black all over")}}) {
            StyleSettings s = twoStyleSettings(64, 4);
            s.styles = {StyleSource{QStringLiteral("painting.png"), 1.0}};
            s.styles[0].sourceMaskPath = file;
            const auto problem = loadSourceMasks(s, {painting});
            QVERIFY(!problem);
            QVERIFY2(problem.error().contains(words) && problem.error().contains(QFileInfo(file).fileName()), qPrintable(problem.error()));
            StyleRunner runner;
            runner.setNetworkFile(fixtureWeights());
            QVERIFY(!runner.run(s, photo, {painting}));
        }
    }
};

QTEST_GUILESS_MAIN(TestStyleMasks)
#include "tst_stylemasks.moc"
