// SPDX-License-Identifier: GPL-3.0-or-later
// Tiled evaluation (issue 20; docs/ALGORITHM.md, "Tiles"): cut into tiles with forced small cores,
// the loss and its gradient equal the whole picture's within 1e-5 relative, in float64, with max
// and average pooling, several styles, total variation and region masks (issue 21: soft, overlapping
// style masks and a keep-the-photo mask); the tile plan covers every pixel once.

#include <cmath>

#include <QTest>

#include "base/vgg19layers.h"
#include "engine/styleobjective.h"
#include "engine/tileplan.h"
#include "engine/vggweights.h"

using namespace nss;

Q_DECLARE_METATYPE(nss::Pooling)

namespace {

QString fixtureWeights()
{
    return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth");
}

// Smooth colour ramps with a pattern, so every layer responds; seeded, float64.
torch::Tensor picture(int64_t height, int64_t width, int seed)
{
    torch::manual_seed(seed);
    const auto y = torch::linspace(0, 1, height, torch::kFloat64).view({1, 1, height, 1});
    const auto x = torch::linspace(0, 1, width, torch::kFloat64).view({1, 1, 1, width});
    auto rgb = torch::cat({(x * 6).sin() * 0.4 + 0.5 + y * 0, (y * 9 + x * 3).cos() * 0.3 + 0.5, (x * y * 20).sin() * 0.2 + 0.4}, 1);
    return (rgb + torch::rand({1, 3, height, width}, torch::kFloat64) * 0.2).clamp(0, 1);
}

double relative(const torch::Tensor &a, const torch::Tensor &b)
{
    const double scale = std::max(b.abs().max().item().toDouble(), 1e-300);
    return (a - b).abs().max().item().toDouble() / scale;
}

} // namespace

class TestTiledObjective : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void haloCoversTheReceptiveField()
    {
        // conv5_1: 1 + 1 + 2 + 2 + 16 + 32 + 16 = 70 pixels of reach through the convolutions, on
        // the near side rounded to the grid: 80. The poolings' far-side reach (1 + 2 + 4 + 8) stays
        // inside the last feature's own 16-px block. conv4_2: 38, on the grid 48.
        QCOMPARE(tileHalo(vggFeatureIndex(QStringLiteral("conv5_1"))), (TileHalo{80, 70}));
        QCOMPARE(tileHalo(vggFeatureIndex(QStringLiteral("conv4_2"))), (TileHalo{48, 38}));
        QCOMPARE(tileHalo(vggFeatureIndex(QStringLiteral("conv1_1"))), (TileHalo{16, 1}));
        QCOMPARE(featureStride(vggFeatureIndex(QStringLiteral("conv5_1"))), 16);
        QCOMPARE(featureStride(vggFeatureIndex(QStringLiteral("conv1_2"))), 1);
    }

    void tilesCoverThePictureOnce()
    {
        const QSize picture(1000, 725);
        const TileHalo halo{80, 70};
        const auto tiles = planTiles(picture, 250, halo); // 250 rounds up to 256
        QCOMPARE(int(tiles.size()), 4 * 3);
        std::vector<int> covered(size_t(picture.width() * picture.height()), 0);
        for (const Tile &t : tiles) {
            QCOMPARE(t.core.top % kTileGrid, 0);
            QCOMPARE(t.core.left % kTileGrid, 0);
            QCOMPARE(t.input.top % kTileGrid, 0);
            QCOMPARE(t.input.left % kTileGrid, 0);
            QVERIFY(t.input.top <= t.core.top && t.input.bottom >= t.core.bottom);
            QVERIFY(t.core.top - t.input.top == 80 || t.input.top == 0);
            QVERIFY(t.core.left - t.input.left == 80 || t.input.left == 0);
            QVERIFY(t.input.bottom - t.core.bottom == 70 || t.input.bottom == picture.height());
            QVERIFY(t.input.right - t.core.right == 70 || t.input.right == picture.width());
            for (int y = t.core.top; y < t.core.bottom; ++y)
                for (int x = t.core.left; x < t.core.right; ++x)
                    ++covered[size_t(y * picture.width() + x)];
        }
        QVERIFY(std::all_of(covered.begin(), covered.end(), [](int n) { return n == 1; }));
        QCOMPARE(largestTileInput(picture, 256, halo), QSize(80 + 256 + 70, 80 + 256 + 70));
        QCOMPARE(int(planTiles(QSize(100, 80), 512, halo).size()), 1);
    }

    void tiledEqualsWhole_data()
    {
        QTest::addColumn<Pooling>("pooling");
        QTest::addColumn<int>("styles");
        QTest::addColumn<double>("tv");
        QTest::addColumn<QString>("deepest"); // the default layers, or fewer: a smaller halo, more tiles in the time
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("core");
        QTest::addColumn<QString>("masks"); // "", "styles" (a soft mask per style but the last), "styles+keep", "keep"
        QTest::newRow("max, one style, default layers") << Pooling::Max << 1 << 0.0 << QStringLiteral("conv5_1") << 224 << 184 << 128 << QString();
        QTest::newRow("max, one style, one tile") << Pooling::Max << 1 << 0.0 << QStringLiteral("conv5_1") << 96 << 80 << 128 << QString();
        QTest::newRow("max, two styles, TV") << Pooling::Max << 2 << 50.0 << QStringLiteral("conv4_1") << 176 << 168 << 48 << QString();
        QTest::newRow("average, three styles, TV, shallow") << Pooling::Average << 3 << 50.0 << QStringLiteral("conv3_1") << 150 << 135 << 32 << QString();
        QTest::newRow("max, three styles, masks, keep") << Pooling::Max << 3 << 50.0 << QStringLiteral("conv4_1") << 176 << 168 << 48
                                                       << QStringLiteral("styles+keep");
        QTest::newRow("max, two styles, masks, default layers") << Pooling::Max << 2 << 0.0 << QStringLiteral("conv5_1") << 224 << 184 << 128
                                                               << QStringLiteral("styles");
        QTest::newRow("average, one style, keep only") << Pooling::Average << 1 << 0.0 << QStringLiteral("conv3_1") << 150 << 135 << 32
                                                      << QStringLiteral("keep");
    }

    void tiledEqualsWhole()
    {
        QFETCH(Pooling, pooling);
        QFETCH(int, styles);
        QFETCH(double, tv);
        QFETCH(QString, deepest);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(int, core);
        QFETCH(QString, masks);
        QVERIFY2(QFile::exists(fixtureWeights()), "run the vgg19 fixture first (ctest does)");
        auto weights = loadVgg19Features(fixtureWeights(), 28);
        QVERIFY2(weights, qPrintable(weights.error()));

        StyleSettings settings;
        settings.pooling = pooling;
        settings.tvWeight = tv;
        settings.styleWeight = 1e4;
        if (deepest != QLatin1String("conv5_1")) {
            settings.styleLayers = {{QStringLiteral("conv1_1"), 1.0}, {QStringLiteral("conv2_1"), 1.0}, {deepest, 1.0}};
            settings.contentLayers = {{QStringLiteral("conv2_2"), 1.0}};
        }
        const auto content = picture(height, width, 1);
        std::vector<torch::Tensor> styleImages;
        std::vector<double> blend;
        for (int i = 0; i < styles; ++i) {
            styleImages.push_back(picture(96 + 40 * i, 150 - 20 * i, 10 + i)); // styles of their own sizes
            blend.push_back(1.0 + i);
        }
        // With style masks, the first painting is used only in part (a source mask fading out downwards).
        std::vector<torch::Tensor> sourceMasks;
        if (masks.startsWith(QLatin1String("styles"))) {
            const auto &first = styleImages.front();
            sourceMasks.assign(styleImages.size(), torch::Tensor());
            sourceMasks[0] = (1.4 - torch::linspace(0, 2, first.size(2), torch::kFloat64).view({1, 1, first.size(2), 1}))
                                 .clamp(0, 1)
                                 .expand({1, 1, first.size(2), first.size(3)})
                                 .contiguous();
        }
        auto whole = StyleObjective::create(weights.value(), settings, content, styleImages, blend, 0, sourceMasks);
        QVERIFY2(whole, qPrintable(whole.error()));
        auto tiledObjective = StyleObjective::create(weights.value(), settings, content, styleImages, blend, core, sourceMasks);
        QVERIFY2(tiledObjective, qPrintable(tiledObjective.error()));
        QVERIFY(tiledObjective->tileSide() > 0);
        if (!masks.isEmpty()) {
            // Soft masks that overlap and leave a corner to the blend: one ramp from the left, one
            // from the top (the last style has none); the keep mask a soft disc off centre.
            const auto y = torch::linspace(0, 1, height, torch::kFloat64).view({1, 1, height, 1});
            const auto x = torch::linspace(0, 1, width, torch::kFloat64).view({1, 1, 1, width});
            std::vector<torch::Tensor> styleMasks;
            if (masks.startsWith(QLatin1String("styles"))) {
                styleMasks.assign(size_t(styles), torch::Tensor());
                styleMasks[0] = ((0.6 - x) * 3.0).clamp(0, 1) + y * 0.0;
                if (styles > 2)
                    styleMasks[1] = ((y - 0.3) * 2.0).clamp(0, 1) + x * 0.0;
            }
            torch::Tensor keep;
            if (masks.endsWith(QLatin1String("keep")))
                keep = (1.0 - ((x - 0.65).square() + (y - 0.4).square()).sqrt() * 5.0).clamp(0, 1);
            for (auto *objective : {&whole.value(), &tiledObjective.value()}) {
                const Status set = objective->setMasks(styleMasks, keep);
                QVERIFY2(set, qPrintable(set.error()));
                QVERIFY(objective->hasMasks());
            }
        }
        if (core < std::max(width, height)) // else the one-tile row: pass 2 is pass 1's tile alone
            QVERIFY2(planTiles(QSize(width, height), core, tileHalo(StyleObjective::deepestFeatureIndex(settings))).size() >= 4,
                     "the picture must be cut into several tiles, with halos inside it");

        // The targets agree (the style images are measured in tiles too).
        for (const auto &l : settings.styleLayers)
            QVERIFY2(relative(tiledObjective->styleTarget(l.layer), whole->styleTarget(l.layer)) < 1e-10, qPrintable(l.layer));
        for (const auto &l : settings.contentLayers)
            QVERIFY2(relative(tiledObjective->contentTarget(l.layer), whole->contentTarget(l.layer)) < 1e-10, qPrintable(l.layer));

        // A picture away from the content, so every term and its gradient are far from zero.
        torch::manual_seed(5);
        const auto start = (content * 0.7 + torch::rand_like(content) * 0.3).clamp(0, 1);
        const auto a = start.clone().requires_grad_(true);
        const auto b = start.clone().requires_grad_(true);
        const auto expected = whole->evaluateAndBackward(a);
        const auto got = tiledObjective->evaluateAndBackward(b);
        QVERIFY(expected && got);
        const std::vector<std::tuple<const char *, torch::Tensor, torch::Tensor>> terms{
            {"content", expected->content, got->content},
            {"style", expected->style, got->style},
            {"tv", expected->tv, got->tv},
            {"total", expected->total, got->total}};
        for (const auto &[name, e, g] : terms) {
            const double want = e.item().toDouble(), have = g.item().toDouble();
            QVERIFY2(std::abs(have - want) <= 1e-5 * std::abs(want),
                     qPrintable(QStringLiteral("%1: tiled %2, whole %3").arg(QLatin1String(name)).arg(have, 0, 'g', 12).arg(want, 0, 'g', 12)));
        }
        QVERIFY(expected->content.item().toDouble() > 0 && expected->style.item().toDouble() > 0);
        QVERIFY(b.grad().defined());
        const double gradError = relative(b.grad(), a.grad());
        QVERIFY2(gradError < 1e-5, qPrintable(QStringLiteral("gradient differs by %1 of its largest value").arg(gradError)));
        // and the gradient is not trivially zero
        QVERIFY(a.grad().abs().max().item().toDouble() > 0);
    }

    void tileProgressCanStop()
    {
        auto weights = loadVgg19Features(fixtureWeights(), 28);
        QVERIFY2(weights, qPrintable(weights.error()));
        StyleSettings settings;
        settings.styleLayers = {{QStringLiteral("conv1_1"), 1.0}};
        settings.contentLayers = {{QStringLiteral("conv1_2"), 1.0}};
        const auto content = picture(64, 64, 2);
        auto objective = StyleObjective::create(weights.value(), settings, content, {picture(48, 48, 3)}, {}, 16);
        QVERIFY2(objective, qPrintable(objective.error()));
        std::vector<std::pair<int, int>> seen;
        objective->setTileProgress([&seen](int tile, int tiles) {
            seen.push_back({tile, tiles});
            return true;
        });
        const auto image = content.clone().requires_grad_(true);
        QVERIFY(objective->evaluateAndBackward(image));
        // the Gram pass and the gradient pass, 4 x 4 tiles each, the last tile of the first being the
        // first of the second
        QCOMPARE(int(seen.size()), 2 * 16 - 1);
        QCOMPARE(seen.back(), std::make_pair(31, 31));
        objective->setTileProgress([](int tile, int) { return tile < 3; });
        QVERIFY(!objective->evaluateAndBackward(content.clone().requires_grad_(true)));

        // The targets in tiles are counted too (at print size they take as long as a step): the
        // content's 4 x 4 tiles, then the style's 3 x 3; and they can be stopped.
        std::vector<std::pair<int, int>> targets;
        const auto counted = StyleObjective::create(weights.value(), settings, content, {picture(48, 48, 3)}, {}, 16, {},
                                                    [&targets](int tile, int tiles) {
                                                        targets.push_back({tile, tiles});
                                                        return true;
                                                    });
        QVERIFY2(counted, qPrintable(counted.error()));
        QCOMPARE(int(targets.size()), 16 + 9);
        QCOMPARE(targets.front(), std::make_pair(1, 25));
        QCOMPARE(targets.back(), std::make_pair(25, 25));
        int asked = 0;
        const auto stopped = StyleObjective::create(weights.value(), settings, content, {picture(48, 48, 3)}, {}, 16, {},
                                                    [&asked](int tile, int) {
                                                        asked = tile;
                                                        return tile < 20; // during the style's tiles
                                                    });
        QVERIFY(!stopped);
        QCOMPARE(asked, 20);
        QVERIFY2(stopped.error().contains(QLatin1String("Stopped")), qPrintable(stopped.error()));
    }
};

QTEST_GUILESS_MAIN(TestTiledObjective)
#include "tst_tiledobjective.moc"
