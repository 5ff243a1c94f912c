// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QTest>

#include "weights/picklereader.h"

using namespace nss;

// The pickle reader on its own, with small pickles of each kind a state_dict's has been written
// as (made with tests/support/torch_layouts.py, which make_weights_variants.py checks against
// torch.load): every protocol 2..5, Python 2 strings, tensors from _rebuild_tensor_v2, BUILD and
// Variables, views, CUDA storages; and what must stay refused: other globals, geometry outside
// the storage, opcodes and persistent ids a state_dict does not use.
class TestPickleReader : public QObject
{
    Q_OBJECT

    static Expected<std::vector<PickledTensor>> read(const QByteArray &bytes, PickleTraits *traits = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        PickleReader reader(buffer, buffer.size(), QStringLiteral("test.pkl"));
        auto result = reader.readStateDict();
        if (traits)
            *traits = reader.traits();
        return result;
    }

private Q_SLOTS:
    void readsOrRefuses_data()
    {
        QTest::addColumn<QByteArray>("pickle");
        QTest::addColumn<QString>("refusal"); // empty: read, one tensor of shape [2, 3]
        QTest::addColumn<QString>("trait"); // what PickleReader::traits() must have noticed
        QTest::newRow("protocol 2") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            "63680a466c6f617453746f726167650a71055801000000307106580300000063707571074b064e747108514b004b024b"
            "038671094b034b0186710a8968002952710b74710c52710d737d710e58090000005f6d65746164617461710f68002952"
            "7110580000000071117d7112580700000076657273696f6e71134b01737373622e")
                                    << ""
                                    << "v2";
        QTest::newRow("protocol 4") << QByteArray::fromHex(
            "800495c2000000000000008c0b636f6c6c656374696f6e73948c0b4f726465726564446963749493942952948c017794"
            "8c0c746f7263682e5f7574696c73948c125f72656275696c645f74656e736f725f763294939428288c0773746f726167"
            "65948c05746f726368948c0c466c6f617453746f726167659493948c0130948c03637075944b064e7494514b004b024b"
            "0386944b034b01869489680229529474945294737d948c095f6d657461646174619468022952948c00947d948c077665"
            "7273696f6e944b01737373622e")
                                    << ""
                                    << "protocol 4";
        QTest::newRow("protocol 5") << QByteArray::fromHex(
            "800595c2000000000000008c0b636f6c6c656374696f6e73948c0b4f726465726564446963749493942952948c017794"
            "8c0c746f7263682e5f7574696c73948c125f72656275696c645f74656e736f725f763294939428288c0773746f726167"
            "65948c05746f726368948c0c466c6f617453746f726167659493948c0130948c03637075944b064e7494514b004b024b"
            "0386944b034b01869489680229529474945294737d948c095f6d657461646174619468022952948c00947d948c077665"
            "7273696f6e944b01737373622e")
                                    << ""
                                    << "protocol 5";
        QTest::newRow("Python 2 strings") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a71005d71015d710228550177710363746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f720a71042828550773746f72616765710563746f7263680a466c6f"
            "617453746f726167650a71065501307107550363707571084b064e747109514b004b024b0386710a4b034b0186710b74"
            "710c52710d656185710e52710f7d711055095f6d657461646174617111680029527112550071137d7114550776657273"
            "696f6e71154b01737373622e") << ""
                                          << "py2";
        QTest::newRow("BINSTRING key") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a71005d71015d710228542c01000077777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
            "7777777777710363746f7263682e5f7574696c730a5f72656275696c645f74656e736f720a71042828550773746f7261"
            "6765710563746f7263680a466c6f617453746f726167650a71065501307107550363707571084b064e747109514b004b"
            "024b0386710a4b034b0186710b74710c52710d656185710e52710f7d711055095f6d6574616461746171116800295271"
            "12550071137d7114550776657273696f6e71154b01737373622e")
                                       << ""
                                       << "py2";
        QTest::newRow("codecs bytes key") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101635f636f646563730a656e636f6465"
            "0a7102580100000077710358060000006c6174696e31710486710552710663746f7263682e5f7574696c730a5f726562"
            "75696c645f74656e736f725f76320a71072828580700000073746f72616765710863746f7263680a466c6f617453746f"
            "726167650a7109580100000030710a5803000000637075710b4b064e74710c514b004b024b0386710d4b034b0186710e"
            "8968002952710f747110527111737d711258090000005f6d657461646174617113680029527114580000000071157d71"
            "16580700000076657273696f6e71174b01737373622e")
                                          << ""
                                          << "v2";
        QTest::newRow("FloatTensor BUILD") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263680a"
            "466c6f617454656e736f720a7103298171042828580700000073746f72616765710563746f7263680a466c6f61745374"
            "6f726167650a71065801000000307107580300000063707571084b064e747109514b004b024b0386710a4b034b018671"
            "0b74710c62737d710d58090000005f6d65746164617461710e68002952710f580000000071107d711158070000007665"
            "7273696f6e71124b01737373622e") << ""
                                           << "build";
        QTest::newRow("Variable") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "6175746f677261642e7661726961626c650a5661726961626c650a7103298171042863746f7263680a466c6f61745465"
            "6e736f720a7105298171062828580700000073746f72616765710763746f7263680a466c6f617453746f726167650a71"
            "0858010000003071095803000000637075710a4b064e74710b514b004b024b0386710c4b034b0186710d74710e624e4e"
            "898974710f62737d711058090000005f6d657461646174617111680029527112580000000071137d7114580700000076"
            "657273696f6e71154b01737373622e")
                                  << ""
                                  << "variable";
        QTest::newRow("view") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            "63680a466c6f617453746f726167650a71055801000000307106580300000063707571074b0a58010000007671084b04"
            "4b0687710974710a514b004b024b0386710b4b034b0186710c8968002952710d74710e52710f737d711058090000005f"
            "6d657461646174617111680029527112580000000071137d7114580700000076657273696f6e71154b01737373622e")
                              << ""
                              << "view";
        QTest::newRow("cuda") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            "63682e637564610a466c6f617453746f726167650a710558010000003071065806000000637564613a3171074b064e74"
            "7108514b004b024b038671094b034b0186710a8968002952710b74710c52710d737d710e58090000005f6d6574616461"
            "7461710f680029527110580000000071117d7112580700000076657273696f6e71134b01737373622e")
                              << ""
                              << "cuda";
        QTest::newRow("foreign NEWOBJ") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a7100295271015801000000777102635f5f6d61696e"
            "5f5f0a4576696c0a710329817104737d710558090000005f6d657461646174617106680029527107580000000071087d"
            "7109580700000076657273696f6e710a4b01737373622e")
                                        << "calls __main__.Evil, which a weights file never needs"
                                        << "";
        QTest::newRow("builtins eval") << QByteArray::fromHex(
            "8002635f5f6275696c74696e5f5f0a6576616c0a710058010000003171018571025271032e")
                                       << "calls builtins.eval, which a weights file never needs"
                                       << "";
        QTest::newRow("BUILD dtype mismatch") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263680a"
            "466c6f617454656e736f720a7103298171042828580700000073746f72616765710563746f7263680a446f75626c6553"
            "746f726167650a71065801000000307107580300000063707571084b064e747109514b004b024b0386710a4b034b0186"
            "710b74710c62737d710d58090000005f6d65746164617461710e68002952710f580000000071107d7111580700000076"
            "657273696f6e71124b01737373622e") << "malformed arguments"
                                              << "";
        QTest::newRow("string persistent id") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710258020000003137"
            "710351737d710458090000005f6d657461646174617105680029527106580000000071077d7108580700000076657273"
            "696f6e71094b01737373622e") << "unknown kind of external object"
                                              << "";
        QTest::newRow("past the storage") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            "63680a466c6f617453746f726167650a71055801000000307106580300000063707571074b054e747108514b004b024b"
            "038671094b034b0186710a8968002952710b74710c52710d737d710e58090000005f6d65746164617461710f68002952"
            "7110580000000071117d7112580700000076657273696f6e71134b01737373622e")
                                          << "reaches past the end of its storage (5 elements)"
                                          << "";
        QTest::newRow("view past the root") << QByteArray::fromHex(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a710029527101580100000077710263746f7263682e"
            "5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            "63680a466c6f617453746f726167650a71055801000000307106580300000063707571074b0a58010000007671084b06"
            "4b0687710974710a514b004b024b0386710b4b034b0186710c8968002952710d74710e52710f737d711058090000005f"
            "6d657461646174617111680029527112580000000071137d7114580700000076657273696f6e71154b01737373622e")
                                            << "a storage view in its pickle is malformed"
                                            << "";
    }

    void readsOrRefuses()
    {
        QFETCH(QByteArray, pickle);
        QFETCH(QString, refusal);
        QFETCH(QString, trait);
        PickleTraits traits;
        const auto tensors = read(pickle, &traits);
        if (!refusal.isEmpty()) {
            QVERIFY(!tensors.ok());
            QVERIFY2(tensors.error().contains(refusal), qPrintable(tensors.error()));
            QVERIFY2(tensors.error().startsWith(QLatin1String("test.pkl is not a weights file this app can read")),
                     qPrintable(tensors.error()));
            return;
        }
        QVERIFY2(tensors.ok(), qPrintable(tensors.error()));
        QCOMPARE(tensors->size(), size_t(1));
        const PickledTensor &t = tensors->front();
        QVERIFY(t.name == QLatin1String("w") || t.name == QString(300, QLatin1Char('w')));
        QCOMPARE(t.shape, (std::vector<qint64>{2, 3}));
        QCOMPARE(t.strides, (std::vector<qint64>{3, 1}));
        QCOMPARE(t.storage.key, QByteArray("0"));
        QCOMPARE(int(t.storage.dtype), int(WeightsDType::Float32));
        QCOMPARE(t.storageOffset, trait == QLatin1String("view") ? 4 : 0); // a view's offset is added to the root's
        const bool noticed = trait == QLatin1String("v2")           ? traits.rebuildV2
                             : trait == QLatin1String("protocol 4") ? traits.protocol == 4
                             : trait == QLatin1String("protocol 5") ? traits.protocol == 5
                             : trait == QLatin1String("py2")      ? traits.py2Strings && traits.py2OrderedDict && traits.rebuildV1
                             : trait == QLatin1String("build")    ? traits.tensorBuild && !traits.variable
                             : trait == QLatin1String("variable") ? traits.variable && traits.tensorBuild
                             : trait == QLatin1String("view")     ? traits.views && t.storage.viewNumel == 6
                                                                  : trait == QLatin1String("cuda") && traits.cuda;
        QVERIFY2(noticed, qPrintable(trait));
        QVERIFY(traits.stateDictMetadata);
    }

    // The tar layout's pickle names tensors by key; the table comes from its tensors member.
    void resolvesTarPersistentIds()
    {
        const QByteArray pickle =
            QByteArray::fromHex("80027d7100580100000077710158020000003137710251732e"); // {"w": persistent_id("17")}
        QBuffer buffer;
        buffer.setData(pickle);
        buffer.open(QIODevice::ReadOnly);
        PickleReader reader(buffer, buffer.size(), QStringLiteral("tar.pkl"));
        PickledTensor known;
        known.storage.key = "1000";
        known.storage.numel = 6;
        known.shape = {6};
        known.strides = {1};
        reader.setPersistentTensors({{"17", known}});
        const auto tensors = reader.readStateDict();
        QVERIFY2(tensors.ok(), qPrintable(tensors.error()));
        QCOMPARE(tensors->front().name, QStringLiteral("w"));
        QCOMPARE(tensors->front().storage.key, QByteArray("1000"));
        buffer.seek(0);
        reader.setPersistentTensors({{"18", known}});
        QVERIFY(reader.readStateDict().error().contains(
            QLatin1String("refers to tensor 17, which its tar archive does not describe")));
    }

    void placesTensorsInsideTheirStorage()
    {
        PickledTensor t;
        t.storage.numel = 10;
        t.storage.viewOffset = 2;
        t.storage.viewNumel = 8;
        t.shape = {2, 4};
        t.strides = {4, 1};
        QVERIFY(placeTensor(t).isEmpty());
        QCOMPARE(t.storageOffset, 2);
        PickledTensor wide = t;
        wide.storageOffset = 1;
        QVERIFY(placeTensor(wide).contains(QLatin1String("reaches past the end of its storage (8 elements)")));
        PickledTensor huge = t;
        huge.shape = {qint64(1) << 40, qint64(1) << 40};
        QVERIFY(placeTensor(huge).contains(QLatin1String("impossibly large")));
    }
};

QTEST_GUILESS_MAIN(TestPickleReader)
#include "tst_picklereader.moc"
