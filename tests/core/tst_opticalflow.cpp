// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <vector>

#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include "video/opticalflow.h"

using namespace nss;

namespace {

constexpr int FrameWidth = 512;
constexpr int FrameHeight = 288;

// A picture with texture everywhere (optical flow needs gradients): many overlapping
// antialiased rectangles and circles in random colours, the same for the same seed.
QImage texture(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    image.fill(QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const int shapes = width * height / 150;
    for (int i = 0; i < shapes; ++i) {
        painter.setBrush(QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)));
        const QRectF rect(random.bounded(width + 20) - 20, random.bounded(height + 20) - 20,
                          4 + random.bounded(28), 4 + random.bounded(28));
        if (random.bounded(2) == 0)
            painter.drawRect(rect);
        else
            painter.drawEllipse(rect);
    }
    return image;
}

// A constant flow field.
FlowField constantFlow(int width, int height, float dx, float dy)
{
    const auto count = static_cast<size_t>(width) * static_cast<size_t>(height);
    return FlowField{width, height, std::vector<float>(count, dx), std::vector<float>(count, dy)};
}

double median(std::vector<float> values)
{
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// The flow's median over the picture less a margin on every side.
QPointF interiorMedian(const FlowField &flow, int margin)
{
    std::vector<float> xs;
    std::vector<float> ys;
    for (int y = margin; y < flow.height - margin; ++y) {
        for (int x = margin; x < flow.width - margin; ++x) {
            xs.push_back(flow.dx[static_cast<size_t>(y) * flow.width + x]);
            ys.push_back(flow.dy[static_cast<size_t>(y) * flow.width + x]);
        }
    }
    return {median(xs), median(ys)};
}

// The share of weights in a rectangle that equal `value`.
double shareOf(const std::vector<float> &weights, int width, const QRect &area, float value)
{
    int hits = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            hits += weights[static_cast<size_t>(y) * width + x] == value ? 1 : 0;
    return double(hits) / double(area.width() * area.height());
}

// Mean squared RGB difference (0..1) of two pictures inside a rectangle.
double meanSquared(const QImage &a, const QImage &b, const QRect &area)
{
    double sum = 0.0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            sum += std::pow(p.redF() - q.redF(), 2) + std::pow(p.greenF() - q.greenF(), 2)
                + std::pow(p.blueF() - q.blueF(), 2);
        }
    }
    return sum / (3.0 * area.width() * area.height());
}

} // namespace

// Frames t-1 and t are crops of one texture; between them the content pans by (+3, -2) pixels.
class TestOpticalFlow : public QObject
{
    Q_OBJECT

private:
    QImage m_texture = texture(FrameWidth + 40, FrameHeight + 40, 23);
    QImage m_previous = m_texture.copy(20, 20, FrameWidth, FrameHeight);
    QImage m_current = m_texture.copy(17, 22, FrameWidth, FrameHeight);
    QRect m_interior = QRect(16, 16, FrameWidth - 32, FrameHeight - 32);

private Q_SLOTS:
    void aPanIsRecoveredInBothDirections()
    {
        QElapsedTimer timer;
        timer.start();
        const Expected<FlowField> forward = computeFlow(m_previous, m_current);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(forward.ok(), qPrintable(forward.error()));
        qInfo("DIS flow of the first %d x %d pair: %lld ms", FrameWidth, FrameHeight, elapsed);
        QCOMPARE(forward->width, FrameWidth);
        QCOMPARE(forward->height, FrameHeight);
        QVERIFY(forward->isValid());
        const QPointF f = interiorMedian(forward.value(), 16);
        QVERIFY2(std::abs(f.x() - 3.0) < 0.5 && std::abs(f.y() + 2.0) < 0.5,
                 qPrintable(QStringLiteral("forward median (%1, %2)").arg(f.x()).arg(f.y())));

        timer.restart();
        const Expected<FlowField> backward = computeFlow(m_current, m_previous);
        const qint64 again = timer.elapsed();
        QVERIFY2(backward.ok(), qPrintable(backward.error()));
        qInfo("and the next pair (OpenCV's threads started): %lld ms", again);
        const QPointF b = interiorMedian(backward.value(), 16);
        QVERIFY2(std::abs(b.x() + 3.0) < 0.5 && std::abs(b.y() - 2.0) < 0.5,
                 qPrintable(QStringLiteral("backward median (%1, %2)").arg(b.x()).arg(b.y())));
        // Well under a second on two cores; generous here for a loaded machine.
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void theBackwardFlowWarpsTheLastFrameOntoThisOne()
    {
        const Expected<FlowField> backward = computeFlow(m_current, m_previous);
        QVERIFY2(backward.ok(), qPrintable(backward.error()));
        const QImage warped = warpImage(m_previous, backward.value());
        QCOMPARE(warped.size(), m_current.size());
        QCOMPARE(warped.format(), m_previous.format());
        const double aligned = meanSquared(warped, m_current, m_interior);
        const double unaligned = meanSquared(m_previous, m_current, m_interior);
        QVERIFY2(aligned < 0.005 && aligned < unaligned / 10.0,
                 qPrintable(QStringLiteral("aligned %1, unaligned %2").arg(aligned).arg(unaligned)));

        // With the exact flow the warp is exact: integer shifts copy pixels.
        const QImage exact = warpImage(m_previous, constantFlow(FrameWidth, FrameHeight, -3.0F, 2.0F));
        QCOMPARE(meanSquared(exact, m_current, m_interior), 0.0);
    }

    void warpPlanesIsBilinearWithTheBorderReplicated()
    {
        // Two channels of 3 x 2: channel 0 counts 0..5, channel 1 is ten times it.
        const std::vector<float> planes{0, 1, 2, 3, 4, 5, 0, 10, 20, 30, 40, 50};
        const std::vector<float> half = warpPlanes(planes.data(), 2, 3, 2, constantFlow(3, 2, 0.5F, 0.0F));
        QCOMPARE(half, (std::vector<float>{0.5F, 1.5F, 2, 3.5F, 4.5F, 5, 5, 15, 20, 35, 45, 50}));
        const std::vector<float> down = warpPlanes(planes.data(), 1, 3, 2, constantFlow(3, 2, 0.0F, 0.25F));
        QCOMPARE(down, (std::vector<float>{0.75F, 1.75F, 2.75F, 3, 4, 5}));
        // Far outside: every pixel reads the nearest corner.
        const std::vector<float> away = warpPlanes(planes.data(), 1, 3, 2, constantFlow(3, 2, -100.0F, 100.0F));
        QCOMPARE(away, (std::vector<float>(6, 3.0F)));
        // Sizes that disagree, no buffer, no channels: nothing.
        QVERIFY(warpPlanes(planes.data(), 1, 2, 3, constantFlow(3, 2, 0, 0)).empty());
        QVERIFY(warpPlanes(nullptr, 1, 3, 2, constantFlow(3, 2, 0, 0)).empty());
        QVERIFY(warpPlanes(planes.data(), 0, 3, 2, constantFlow(3, 2, 0, 0)).empty());
    }

    void theConventionsOnExactFlows()
    {
        // Content pans by (+3, -2): frame t's left 3 columns and bottom 2 rows were outside t-1.
        constexpr int W = 40;
        constexpr int H = 30;
        const std::vector<float> weights
            = consistencyWeights(constantFlow(W, H, 3.0F, -2.0F), constantFlow(W, H, -3.0F, 2.0F));
        QCOMPARE(weights.size(), size_t(W * H));
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x)
                QCOMPARE(weights[size_t(y * W + x)], (x < 3 || y >= H - 2) ? 0.0F : 1.0F);
        // Flows that disagree (the same direction twice) are disocclusions everywhere.
        const std::vector<float> wrong
            = consistencyWeights(constantFlow(W, H, -3.0F, 2.0F), constantFlow(W, H, -3.0F, 2.0F));
        QCOMPARE(shareOf(wrong, W, QRect(0, 0, W, H), 0.0F), 1.0);
        QVERIFY(consistencyWeights(constantFlow(W, H, 0, 0), constantFlow(W, H + 1, 0, 0)).empty());
    }

    void thePanRevealsOnlyItsBorderStrip()
    {
        const Expected<FlowField> forward = computeFlow(m_previous, m_current);
        const Expected<FlowField> backward = computeFlow(m_current, m_previous);
        QVERIFY(forward.ok() && backward.ok());
        const std::vector<float> weights = consistencyWeights(forward.value(), backward.value());
        QCOMPARE(weights.size(), size_t(FrameWidth * FrameHeight));
        const double leftStrip = shareOf(weights, FrameWidth, QRect(0, 8, 3, FrameHeight - 16), 0.0F);
        const double bottomStrip = shareOf(weights, FrameWidth, QRect(8, FrameHeight - 2, FrameWidth - 16, 2), 0.0F);
        const double interior = shareOf(weights, FrameWidth, m_interior, 1.0F);
        qInfo("weights 0 in the left strip %.3f, bottom rows %.3f; 1 inside %.3f", leftStrip, bottomStrip, interior);
        QVERIFY2(leftStrip > 0.9 && bottomStrip > 0.9 && interior > 0.95,
                 qPrintable(QStringLiteral("left %1, bottom %2, interior %3").arg(leftStrip).arg(bottomStrip).arg(interior)));
    }

    void aMovingSquareIsUnreliableAtItsTrailingEdge()
    {
        // A textured square moves 6 pixels to the right over a still background.
        const QImage square = texture(80, 80, 5);
        QImage previous = m_previous;
        QImage current = m_previous;
        QPainter(&previous).drawImage(200, 100, square);
        QPainter(&current).drawImage(206, 100, square);
        const Expected<FlowField> forward = computeFlow(previous, current);
        const Expected<FlowField> backward = computeFlow(current, previous);
        QVERIFY(forward.ok() && backward.ok());
        const std::vector<float> weights = consistencyWeights(forward.value(), backward.value());
        // Background revealed behind the square, and the square's other edges.
        const double trailing = shareOf(weights, FrameWidth, QRect(201, 110, 4, 60), 0.0F);
        const double top = shareOf(weights, FrameWidth, QRect(216, 99, 60, 2), 0.0F);
        const double background = shareOf(weights, FrameWidth, QRect(16, 16, 150, FrameHeight - 32), 1.0F);
        const double inside = shareOf(weights, FrameWidth, QRect(226, 120, 40, 40), 1.0F);
        qInfo("weights 0 behind the square %.3f, on its top edge %.3f; 1 on the background %.3f, inside %.3f",
              trailing, top, background, inside);
        QVERIFY2(trailing > 0.9 && top > 0.9 && background > 0.95 && inside > 0.9,
                 qPrintable(QStringLiteral("trailing %1, top %2, background %3, inside %4")
                                .arg(trailing).arg(top).arg(background).arg(inside)));
    }

    void theTemporalErrorMeasuresFlicker()
    {
        const Expected<FlowField> forward = computeFlow(m_previous, m_current);
        const Expected<FlowField> backward = computeFlow(m_current, m_previous);
        QVERIFY(forward.ok() && backward.ok());
        const std::vector<float> weights = consistencyWeights(forward.value(), backward.value());
        // An output that follows the motion exactly, with the exact flow: no flicker at all.
        const FlowField exact = constantFlow(FrameWidth, FrameHeight, -3.0F, 2.0F);
        QCOMPARE(temporalError(m_current, m_previous, exact,
                               consistencyWeights(constantFlow(FrameWidth, FrameHeight, 3.0F, -2.0F), exact)),
                 0.0);
        // The same with the estimated flow: close to none.
        const double smooth = temporalError(m_current, m_previous, backward.value(), weights);
        // A frame unrelated to the last one flickers.
        const double flicker = temporalError(texture(FrameWidth, FrameHeight, 99), m_previous, backward.value(), weights);
        qInfo("temporal error: followed %.5f, unrelated %.5f", smooth, flicker);
        QVERIFY2(smooth < 0.003 && flicker > 0.05 && flicker > 20 * smooth,
                 qPrintable(QStringLiteral("smooth %1, flicker %2").arg(smooth).arg(flicker)));
        // Weights of 0 everywhere count nothing; empty weights count every pixel.
        QCOMPARE(temporalError(m_current, m_previous, exact, std::vector<float>(weights.size(), 0.0F)), 0.0);
        QVERIFY(temporalError(m_current, m_previous, exact, {}) > 0.0);
        QVERIFY(std::isnan(temporalError(m_current, m_previous, exact, {1.0F, 1.0F})));
        QVERIFY(std::isnan(temporalError(m_current, m_previous.copy(0, 0, 10, 10), exact, weights)));
    }

    void badInputIsAReadableError()
    {
        const Expected<FlowField> none = computeFlow(QImage(), m_current);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QLatin1String("empty")), qPrintable(none.error()));

        const Expected<FlowField> sizes = computeFlow(m_previous, m_current.copy(0, 0, 320, 200));
        QVERIFY(!sizes.ok());
        QVERIFY2(sizes.error().contains(QLatin1String("512 x 288")) && sizes.error().contains(QLatin1String("320 x 200")),
                 qPrintable(sizes.error()));

        const Expected<FlowField> tiny = computeFlow(m_previous.copy(0, 0, 8, 8), m_current.copy(0, 0, 8, 8));
        QVERIFY(!tiny.ok());
        QVERIFY2(tiny.error().contains(QLatin1String("too small")), qPrintable(tiny.error()));

        QVERIFY(warpImage(QImage(), constantFlow(4, 4, 0, 0)).isNull());
        QVERIFY(warpImage(m_previous, constantFlow(4, 4, 0, 0)).isNull());
        QVERIFY(!FlowField{}.isValid());
        QVERIFY(consistencyWeights(FlowField{}, FlowField{}).empty());
    }
};

QTEST_GUILESS_MAIN(TestOpticalFlow)
#include "tst_opticalflow.moc"
