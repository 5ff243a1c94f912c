#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "vggweights.h"
#include "weightscache.h"

using namespace nss;

// The tensors the C++ reader returns must be bit-identical to what torch.load returns in Python
// (tests/support/make_vgg_fixture.py writes their SHA-256 into vgg19-expected.json).
class TestVggWeights : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_expected;

    static QString fixture(const char *name) { return QStringLiteral(NSS_FIXTURE_DIR "/") + QLatin1String(name); }

    void compareWithPyTorch(const std::map<int, VggConv> &layers, int deepestIndex)
    {
        int checked = 0;
        for (auto it = m_expected.constBegin(); it != m_expected.constEnd(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('.'));
            const int index = parts[1].toInt();
            if (index > deepestIndex) {
                QVERIFY2(!layers.count(index), qPrintable(it.key()));
                continue;
            }
            QVERIFY2(layers.count(index), qPrintable(it.key() + QStringLiteral(" missing")));
            const VggConv &conv = layers.at(index);
            const torch::Tensor &t = parts[2] == QLatin1String("weight") ? conv.weight : conv.bias;
            QCOMPARE(t.scalar_type(), torch::kFloat);
            QVERIFY(t.is_contiguous());
            QVERIFY(t.device().is_cpu());
            QJsonArray shape;
            for (int64_t d : t.sizes())
                shape.append(qint64(d));
            QCOMPARE(shape, it.value().toObject().value(QLatin1String("shape")).toArray());
            const QByteArray bytes(static_cast<const char *>(t.data_ptr()), qsizetype(t.nbytes()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     it.value().toObject().value(QLatin1String("sha256")).toString());
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(fixture("vgg19-expected.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "run the fixtures.vgg19 test first (ctest does)");
        m_expected = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(m_expected.size(), 32); // 16 convolutions, weight and bias
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    }

    void loadsBitIdenticalToPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("deepest");
        QTest::newRow("legacy, conv5_1") << fixture("vgg19-legacy.pth") << 28;
        QTest::newRow("legacy, all") << fixture("vgg19-legacy.pth") << 34;
        QTest::newRow("legacy, conv1_1 only") << fixture("vgg19-legacy.pth") << 0;
        QTest::newRow("zip, all") << fixture("vgg19-zip.pth") << 34;
        QTest::newRow("safetensors, all") << fixture("vgg19.safetensors") << 34;
    }

    void loadsBitIdenticalToPyTorch()
    {
        QFETCH(QString, file);
        QFETCH(int, deepest);
        const auto layers = loadVgg19Features(file, deepest, WeightsCachePolicy::Bypass);
        QVERIFY2(layers.ok(), qPrintable(layers.error()));
        compareWithPyTorch(layers.value(), deepest);
    }

    void rejectsAnImpossibleDepth()
    {
        const auto layers = loadVgg19Features(fixture("vgg19-legacy.pth"), 35, WeightsCachePolicy::Bypass);
        QVERIFY(!layers.ok());
        QVERIFY2(layers.error().contains(QLatin1String("0 to 34")), qPrintable(layers.error()));
    }
};

QTEST_GUILESS_MAIN(TestVggWeights)
#include "tst_vggweights.moc"
