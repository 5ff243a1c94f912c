// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "weights/weightsfile.h"
#include "weights/weightsindex.h"

using namespace nss;

// What users see for good and bad weights files: the index of each format, and a message naming
// the file and the problem for every kind of damage (the reader is torch-free; no tensor data here).
class TestWeightsReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_head; // the legacy fixture's first 64 KiB: every pickle and the first storages

    static QString fixture(const char *name) { return QStringLiteral(NSS_FIXTURE_DIR "/") + QLatin1String(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QString truncatedCopy(const char *source, const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (size < (1 << 20)) {
            QFile in(fixture(source));
            in.open(QIODevice::ReadOnly);
            return write(name, in.read(size));
        }
        QFile::copy(fixture(source), path);
        QFile(path).resize(size);
        return path;
    }

    // Where the legacy file's storage data starts: after the last pickle (the storage key list).
    qint64 legacyDataStart() const
    {
        const qint64 keys = m_head.lastIndexOf(QByteArray("\x80\x02]", 3));
        return m_head.indexOf("e.", keys) + 2;
    }

    static QByteArray safetensors(const QList<QPair<QString, QList<int>>> &tensors)
    {
        QJsonObject header;
        qint64 offset = 0;
        for (const auto &[name, shape] : tensors) {
            qint64 numel = 1;
            QJsonArray dims;
            for (int d : shape) {
                numel *= d;
                dims.append(d);
            }
            header.insert(name, QJsonObject{{QStringLiteral("dtype"), QStringLiteral("F32")},
                                            {QStringLiteral("shape"), dims},
                                            {QStringLiteral("data_offsets"), QJsonArray{offset, offset + 4 * numel}}});
            offset += 4 * numel;
        }
        const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
        QByteArray bytes(8, '\0');
        bytes[0] = char(json.size() & 0xff);
        bytes[1] = char(json.size() >> 8);
        return bytes + json + QByteArray(offset, '\0');
    }

    // One ustar member (header with its checksum, data padded to 512 bytes), as Python's tarfile writes it.
    static QByteArray tarMember(const QByteArray &name, const QByteArray &data)
    {
        QByteArray header(512, '\0');
        header.replace(0, name.size(), name);
        header.replace(100, 8, QByteArray("0000644\0", 8));
        header.replace(124, 12, QByteArray(QByteArray::number(data.size(), 8).rightJustified(11, '0') + '\0'));
        header.replace(136, 12, QByteArray("00000000000\0", 12));
        header[156] = '0';
        header.replace(257, 8,
                       QByteArray("ustar\0"
                                  "00",
                                  8));
        header.replace(148, 8, QByteArray(8, ' '));
        int sum = 0;
        for (char c : std::as_const(header))
            sum += static_cast<uchar>(c);
        header.replace(148, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
        return header + data + QByteArray((512 - data.size() % 512) % 512, '\0');
    }

    static QString runCli(const QStringList &args, int &exitCode)
    {
        QProcess cli;
        cli.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"), args);
        cli.waitForFinished(120000);
        exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile legacy(fixture("vgg19-legacy.pth"));
        QVERIFY2(legacy.open(QIODevice::ReadOnly), "run the fixtures.vgg19 test first (ctest does)");
        m_head = legacy.read(64 * 1024);
    }

    void indexesEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("legacy") << fixture("vgg19-legacy.pth") << int(WeightsFormat::TorchLegacy);
        QTest::newRow("zip") << fixture("vgg19-zip.pth") << int(WeightsFormat::TorchZip);
        QTest::newRow("safetensors") << fixture("vgg19.safetensors") << int(WeightsFormat::Safetensors);
    }

    void indexesEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const auto info = inspectWeightsFile(file);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(int(info->format), format);
        QCOMPARE(info->tensorCount, 38); // 16 convolutions and 3 linear layers, weight and bias
        QCOMPARE(info->vggLayers.size(), 16);
        QVERIFY2(info->vggProblem.isEmpty(), qPrintable(info->vggProblem));
        QVERIFY(info->vggLayers.last().startsWith(QLatin1String("conv5_4  features.34  [512, 512, 3, 3]")));
    }

    void damagedFilesGiveReadableErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("legacy cut in the magic number") << "cut:10"
                                                        << "ends in the middle of a Python pickle";
        QTest::newRow("legacy cut in the sys info") << "cut:100"
                                                    << "ends in the middle of a Python pickle";
        QTest::newRow("legacy cut in the state_dict") << "cut:2000"
                                                      << "ends in the middle of a Python pickle";
        QTest::newRow("legacy cut in a storage count") << "cut:data+4"
                                                       << "storage 1 of 38 is missing";
        QTest::newRow("legacy cut in the first storage") << "cut:data+1000"
                                                         << "of 38 needs";
        QTest::newRow("legacy cut near the end") << "cut:end-1000"
                                                 << "it is truncated: storage 38 of 38 needs";
        QTest::newRow("zip cut in half") << "zipcut:half"
                                         << "truncated zip archive";
        QTest::newRow("safetensors cut in the length") << "stcut:4"
                                                       << "neither a PyTorch file";
        QTest::newRow("safetensors cut in the header") << "stcut:1000"
                                                       << "its safetensors header claims";
        QTest::newRow("safetensors cut near the end") << "stcut:end-100"
                                                      << "lies outside the file";
        QTest::newRow("first byte flipped") << "flip:first"
                                            << "neither a PyTorch file";
        QTest::newRow("magic number flipped") << "flip:magic"
                                              << "without PyTorch's magic number";
        QTest::newRow("global renamed") << "flip:global"
                                        << "calls collections.OrderedXict";
        QTest::newRow("unknown opcode") << "flip:opcode"
                                        << "opcode 0xff";
        QTest::newRow("storage size shrunk") << "flip:numel"
                                             << "reaches past the end of its storage";
        QTest::newRow("storage count flipped") << "flip:count"
                                               << "elements, its tensors say";
        QTest::newRow("foreign pickle: list of strings") << "pickle:list"
                                                         << "does not start with PyTorch's magic number";
        QTest::newRow("foreign pickle: os.system") << "pickle:system"
                                                   << "calls posix.system, which a weights file never needs";
        QTest::newRow("text file") << "text"
                                   << "neither a PyTorch file";
        QTest::newRow("tar archive without a pickle")
            << "tar:nopickle"
            << "it is a tar archive without a 'pickle' member (it has: sys_info, storages, tensors)";
        QTest::newRow("gzip-compressed file")
            << "gzip"
            << "neither a PyTorch file (.pth, .pt) nor a safetensors file. It is a gzip-compressed file";
        QTest::newRow("web page") << "html"
                                  << "It is a web page (the download saved an error page?)";
        QTest::newRow("empty file") << "empty"
                                    << "is empty";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("missing file") << "missing"
                                      << "does not exist";
        QTest::newRow("unreadable file") << "unreadable"
                                         << "permission denied";
    }

    void damagedFilesGiveReadableErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        const qint64 legacySize = QFile(fixture("vgg19-legacy.pth")).size();
        static int counter = 0;
        const QString name = QStringLiteral("damaged-%1.pth").arg(++counter);
        QString path;
        QByteArray head = m_head;
        auto flip = [&](qint64 at, char to) {
            QVERIFY(at >= 0);
            head[at] = to;
            path = write(name, head);
        };
        if (kind == QLatin1String("cut:10") || kind == QLatin1String("cut:100") || kind == QLatin1String("cut:2000"))
            path = truncatedCopy("vgg19-legacy.pth", name, kind.mid(4).toLongLong());
        else if (kind == QLatin1String("cut:data+4"))
            path = truncatedCopy("vgg19-legacy.pth", name, legacyDataStart() + 4);
        else if (kind == QLatin1String("cut:data+1000"))
            path = truncatedCopy("vgg19-legacy.pth", name, legacyDataStart() + 1000);
        else if (kind == QLatin1String("cut:end-1000"))
            path = truncatedCopy("vgg19-legacy.pth", name, legacySize - 1000);
        else if (kind == QLatin1String("zipcut:half"))
            path = truncatedCopy("vgg19-zip.pth", name, QFile(fixture("vgg19-zip.pth")).size() / 2);
        else if (kind == QLatin1String("stcut:4") || kind == QLatin1String("stcut:1000"))
            path = truncatedCopy("vgg19.safetensors", name, kind.mid(6).toLongLong());
        else if (kind == QLatin1String("stcut:end-100"))
            path = truncatedCopy("vgg19.safetensors", name, QFile(fixture("vgg19.safetensors")).size() - 100);
        else if (kind == QLatin1String("flip:first"))
            flip(0, 0);
        else if (kind == QLatin1String("flip:magic"))
            flip(5, char(head[5] ^ 0x5a));
        else if (kind == QLatin1String("flip:global"))
            flip(head.indexOf("OrderedDict") + 7, 'X');
        else if (kind == QLatin1String("flip:opcode"))
            flip(head.indexOf(")R", head.indexOf("OrderedDict")) + 1, char(0xff));
        else if (kind == QLatin1String("flip:numel"))
            flip(head.indexOf(QByteArray("M\xc0\x06N", 4)) + 2, 0x01); // BININT2 1728 -> 448
        else if (kind == QLatin1String("flip:count"))
            flip(legacyDataStart(), char(head[legacyDataStart()] ^ 0x01));
        else if (kind == QLatin1String("pickle:list"))
            path = write(name, QByteArray::fromHex(
                                   "80025d71002858010000006171015801000000627102652e")); // pickle.dumps(["a", "b"], protocol=2)
        else if (kind == QLatin1String("pickle:system"))
            path = write(
                name,
                QByteArray::fromHex(
                    "800263706f7369780a73797374656d0a710058020000006c7371018571025271032e")); // a __reduce__ to os.system("ls")
        else if (kind == QLatin1String("text"))
            path = write(name, "# not weights\n");
        else if (kind == QLatin1String("tar:nopickle"))
            path = write(name, tarMember("sys_info", "x") + tarMember("storages", "y") + tarMember("tensors", "z")
                                   + QByteArray(1024, '\0'));
        else if (kind == QLatin1String("gzip"))
            path = write(name, QByteArray::fromHex("1f8b0800000000000003") + QByteArray(100, 'z'));
        else if (kind == QLatin1String("html"))
            path = write(name, "<!DOCTYPE html><html><body>404</body></html>\n");
        else if (kind == QLatin1String("empty"))
            path = write(name, {});
        else if (kind == QLatin1String("folder"))
            path = m_dir.path();
        else if (kind == QLatin1String("missing"))
            path = m_dir.filePath(QStringLiteral("nowhere.pth"));
        else if (kind == QLatin1String("unreadable")) {
            if (geteuid() == 0)
                QSKIP("root reads every file");
            path = write(name, m_head);
            QFile(path).setPermissions(QFileDevice::WriteOwner);
        }
        const auto info = inspectWeightsFile(path);
        QVERIFY2(!info.ok(), qPrintable(kind));
        QVERIFY2(info.error().contains(fragment), qPrintable(info.error()));
        if (kind != QLatin1String("folder"))
            QVERIFY2(info.error().contains(QFileInfo(path).fileName()), qPrintable(info.error()));
        // A file in no known layout: the message asks for a report with the first bytes.
        if (fragment.contains(QLatin1String("neither a PyTorch file")) || kind.startsWith(QLatin1String("tar:"))
            || kind == QLatin1String("html")) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            const QString bytes = QString::fromLatin1(f.read(16).toHex(' '));
            QVERIFY2(info.error().contains(QLatin1String("please report it with its first 16 bytes: ") + bytes),
                     qPrintable(info.error()));
        }
    }

    void wrongLayoutIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        const QList<int> conv11{64, 3, 3, 3}, bias{64};
        QTest::newRow("wrong shape") << safetensors(
            {{QStringLiteral("features.0.weight"), {64, 3, 5, 5}}, {QStringLiteral("features.0.bias"), bias}})
                                     << "tensor features.0.weight has shape [64, 3, 5, 5], VGG-19 expects [64, 3, 3, 3]";
        QTest::newRow("missing layer") << safetensors(
            {{QStringLiteral("features.0.weight"), conv11}, {QStringLiteral("features.0.bias"), bias}})
                                       << "has no tensor features.2.weight (conv1_2)";
        QTest::newRow("another model") << safetensors({{QStringLiteral("fc.weight"), {10, 4}}})
                                       << "has no tensor features.0.weight (conv1_1)";
    }

    void wrongLayoutIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const auto info = inspectWeightsFile(write(QStringLiteral("layout.safetensors"), bytes));
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QVERIFY2(info->vggProblem.contains(fragment), qPrintable(info->vggProblem));
    }

    void locatesTheWeights()
    {
        const QString file = write(QStringLiteral("located.pth"), m_head);
        QCOMPARE(locateWeights(file).value(), file);
        qputenv("NSS_VGG19_WEIGHTS", file.toUtf8());
        QCOMPARE(locateWeights().value(), file);
        qputenv("NSS_VGG19_WEIGHTS", m_dir.filePath(QStringLiteral("gone.pth")).toUtf8());
        QVERIFY(locateWeights().error().contains(QLatin1String("NSS_VGG19_WEIGHTS")));
        qunsetenv("NSS_VGG19_WEIGHTS");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("TORCH_HOME", m_dir.filePath(QStringLiteral("torch")).toUtf8());
        const auto none = locateWeights();
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QLatin1String("https://download.pytorch.org/models/vgg19-dcbad4b5.pth"))
                     && none.error().contains(QLatin1String("--weights")) && none.error().contains(QLatin1String("CC BY 4.0")),
                 qPrintable(none.error()));
        QDir().mkpath(m_dir.filePath(QStringLiteral("torch/hub/checkpoints")));
        QFile::copy(file, m_dir.filePath(QStringLiteral("torch/hub/checkpoints/vgg19-dcbad4b5.pth")));
        QCOMPARE(locateWeights().value(), m_dir.filePath(QStringLiteral("torch/hub/checkpoints/vgg19-dcbad4b5.pth")));
    }

    void cliChecksWeights()
    {
        int exitCode = -1;
        const QString good =
            runCli({QStringLiteral("--weights"), fixture("vgg19-legacy.pth"), QStringLiteral("--check-weights")}, exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(good.contains(QLatin1String("conv5_4")) && good.contains(QLatin1String("16 of 16")), qPrintable(good));
        QVERIFY2(good.contains(QLatin1String("variant: pickle protocol 2; _rebuild_tensor_v2 (6 arguments)")), qPrintable(good));
        const QString bad = runCli(
            {QStringLiteral("--weights"), write(QStringLiteral("bad.pth"), "# not weights\n"), QStringLiteral("--check-weights")},
            exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(bad.contains(QLatin1String("\"bad.pth\" is not a weights file this app can read")), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestWeightsReader)
#include "tst_weightsreader.moc"
