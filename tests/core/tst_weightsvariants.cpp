// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstring>

#include "weights/weightsfile.h"
#include "weights/weightsindex.h"

using namespace nss;

// Every layout torch.load reads, each written by tests/support/make_weights_variants.py from the
// seeded VGG-19 and read back by Debian's torch.load (the oracle, variants-expected.json): the
// reader must find every features.* tensor and its bytes must be those torch.load returned.
class TestWeightsVariants : public QObject
{
    Q_OBJECT

    QJsonObject m_expected; // variant -> {file, sha256: {tensor: hex}}
    QJsonObject m_torchSave; // make_vgg_fixture.py's oracle for the files torch.save wrote

    static QString fixture(const QString &name) { return QStringLiteral(NSS_FIXTURE_DIR "/") + name; }

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // The tensor's elements in row-major order, as float32 bytes (all fixtures are float32).
    static QByteArray contiguousBytes(QFile &file, const TensorRecord &r)
    {
        qint64 last = r.storageOffset;
        for (size_t i = 0; i < r.shape.size(); ++i)
            last += (r.shape[i] - 1) * r.strides[i];
        file.seek(r.dataOffset + 4 * r.storageOffset);
        const QByteArray span = file.read(4 * (last - r.storageOffset + 1));
        QByteArray out(4 * r.numel(), '\0');
        std::vector<qint64> at(r.shape.size(), 0);
        for (qint64 n = 0; n < r.numel(); ++n) {
            qint64 source = 0;
            for (size_t i = 0; i < at.size(); ++i)
                source += at[i] * r.strides[i];
            std::memcpy(out.data() + 4 * n, span.constData() + 4 * source, 4);
            for (size_t i = at.size(); i-- > 0;) {
                if (++at[i] < r.shape[i])
                    break;
                at[i] = 0;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_expected = readJson(fixture(QStringLiteral("variants/variants-expected.json")));
        m_torchSave = readJson(fixture(QStringLiteral("vgg19-expected.json")));
        QVERIFY2(!m_expected.isEmpty() && !m_torchSave.isEmpty(),
                 "run the fixtures.vgg19 and fixtures.vgg19variants tests first (ctest does)");
    }

    void readsEveryVariantBitForBit_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("detected"); // what --check-weights' variant line must say
        const int tar = int(WeightsFormat::TorchTar), legacy = int(WeightsFormat::TorchLegacy),
                  zip = int(WeightsFormat::TorchZip);
        QTest::newRow("tar") << "tar" << tar << "tar members sys_info, pickle, tensors, storages";
        QTest::newRow("tar + Python 2 strings") << "tar-py2" << tar << "Python 2 strings";
        QTest::newRow("tar + storage views") << "tar-views" << tar << "storage views";
        QTest::newRow("tar + Python 2 + views") << "tar-py2-views" << tar << "Python 2 OrderedDict";
        QTest::newRow("legacy _rebuild_tensor_v2") << "legacy-v2" << legacy << "_rebuild_tensor_v2 (6 arguments)";
        QTest::newRow("legacy _rebuild_tensor_v2 + metadata") << "legacy-v2-metadata" << legacy << "7 arguments, metadata";
        QTest::newRow("legacy _rebuild_tensor") << "legacy-v1" << legacy << "_rebuild_tensor (4 arguments)";
        QTest::newRow("legacy FloatTensor + BUILD") << "legacy-build" << legacy << "torch.*Tensor filled by BUILD";
        QTest::newRow("legacy Variable") << "legacy-variable" << legacy << "Variable (5-tuple state)";
        QTest::newRow("legacy views") << "legacy-views" << legacy << "storage views";
        QTest::newRow("legacy views + _rebuild_tensor")
            << "legacy-views-v1" << legacy << "_rebuild_tensor (4 arguments); storage views";
        QTest::newRow("legacy torch.cuda storages") << "legacy-cuda" << legacy << "CUDA storages";
        QTest::newRow("legacy Python 2") << "legacy-py2" << legacy << "Python 2 strings";
        QTest::newRow("legacy Python 2 + _rebuild_tensor, no _metadata")
            << "legacy-py2-v1-nometadata" << legacy << "OrderedDict without _metadata";
        QTest::newRow("legacy Python 2 0.1.x GPU: BUILD + cuda + views")
            << "legacy-py2-build-cuda-views" << legacy << "BUILD; storage views; CUDA storages; Python 2 strings";
        QTest::newRow("legacy Python 2 Variable on cuda")
            << "legacy-py2-variable-cuda" << legacy << "Variable (5-tuple state); CUDA storages";
        QTest::newRow("legacy without _metadata") << "legacy-nometadata" << legacy << "OrderedDict without _metadata";
        QTest::newRow("legacy protocol 3") << "legacy-protocol3" << legacy << "pickle protocol 3";
        QTest::newRow("legacy protocol 4") << "legacy-protocol4" << legacy << "pickle protocol 4";
        QTest::newRow("legacy protocol 5 + BUILD + views")
            << "legacy-protocol5" << legacy << "pickle protocol 5; torch.*Tensor filled by BUILD; storage views";
        QTest::newRow("zip, folder named after the file") << "zip-named" << zip << "folder 'zip-named/'";
        QTest::newRow("zip, archive/ folder") << "zip-archive" << zip << "folder 'archive/'";
        QTest::newRow("zip, another folder") << "zip-other-folder" << zip << "folder 'weights_2017/'";
        QTest::newRow("torch.save legacy (vgg19-legacy.pth)")
            << "torch.save:vgg19-legacy.pth" << legacy << "_rebuild_tensor_v2 (6 arguments); OrderedDict with _metadata";
        QTest::newRow("torch.save zip (vgg19-zip.pth)") << "torch.save:vgg19-zip.pth" << zip << "folder 'vgg19-zip";
        QTest::newRow("safetensors (vgg19.safetensors)")
            << "torch.save:vgg19.safetensors" << int(WeightsFormat::Safetensors) << "safetensors";
    }

    void readsEveryVariantBitForBit()
    {
        QFETCH(QString, variant);
        QFETCH(int, format);
        QFETCH(QString, detected);
        const bool saved = variant.startsWith(QLatin1String("torch.save:"));
        QVERIFY2(saved || m_expected.contains(variant), qPrintable(variant));
        const QString path =
            saved ? fixture(variant.mid(11))
                  : fixture(QStringLiteral("variants/") + m_expected[variant].toObject()[QStringLiteral("file")].toString());
        const QJsonObject sha = saved ? QJsonObject() : m_expected[variant].toObject()[QStringLiteral("sha256")].toObject();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const auto index = indexWeights(file, path);
        QVERIFY2(index.ok(), qPrintable(index.error()));
        QCOMPARE(int(index->format), format);
        QVERIFY2(index->variant.contains(detected), qPrintable(index->variant));
        QVERIFY2(checkVgg19Layout(index.value(), 34, path).ok(), qPrintable(path));
        int compared = 0;
        for (const TensorRecord &r : index->tensors) {
            if (!r.name.startsWith(QLatin1String("features.")))
                continue;
            QCOMPARE(int(r.dtype), int(WeightsDType::Float32));
            const QString want =
                saved ? m_torchSave[r.name].toObject()[QStringLiteral("sha256")].toString() : sha[r.name].toString();
            const QByteArray got = QCryptographicHash::hash(contiguousBytes(file, r), QCryptographicHash::Sha256).toHex();
            QVERIFY2(!want.isEmpty() && got == want.toLatin1(), qPrintable(r.name));
            ++compared;
        }
        QCOMPARE(compared, 32); // 16 convolutions, weight and bias
    }

    void cliPrintsTheVariant()
    {
        const QString path = fixture(QStringLiteral("variants/")
                                     + m_expected[QStringLiteral("tar-py2")].toObject()[QStringLiteral("file")].toString());
        QProcess cli;
        cli.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"),
                  {QStringLiteral("--weights"), path, QStringLiteral("--check-weights"), QStringLiteral("--checksum")});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("format: PyTorch tar")) && out.contains(QLatin1String("variant: tar members"))
                     && out.contains(QLatin1String("Python 2 strings")) && out.contains(QLatin1String("SHA-256: "))
                     && out.contains(QLatin1String("16 of 16")),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestWeightsVariants)
#include "tst_weightsvariants.moc"
