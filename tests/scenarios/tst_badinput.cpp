// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/stylecontroller.h"
#include "engine/stylerunner.h"
#include "readonlyfolder.h"
#include "testimages.h"
#include "weights/weightsfile.h"

using namespace nss;
using testimages::crc32;
using testimages::encoded;
using testimages::pattern;

// Bad input of every kind a user can hand the app, through the built `neural-style` and through
// the core APIs the GUI uses. Every case must end in a non-zero exit (never a signal), a message
// naming the problem, and no output file, not even a partial one. tst_cli holds the first cases
// (missing files and options, a few out-of-range numbers); this file holds the rest.
class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_content, m_style, m_weightsDir;
    int m_outputs = 0;

    static QString weights() { return QStringLiteral(NSS_FIXTURE_DIR "/vgg19-legacy.pth"); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    struct Result
    {
        bool crashed = false;
        int exitCode = -1;
        QString err;
    };

    static Result neuralStyle(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(NSS_BINARY_DIR "/app/neural-style"), arguments);
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() != QProcess::NormalExit, process.exitCode(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file %s", qPrintable(name));
        return f.fileName();
    }

    // A fresh, empty folder for each run's output: afterwards it must still be empty.
    QString outputFolder()
    {
        const QString folder = file(QStringLiteral("out-%1").arg(++m_outputs));
        QDir().mkpath(folder);
        return folder;
    }

    QStringList arguments(const QString &content, const QString &style, const QString &weightsFile, const QString &output) const
    {
        return {QStringLiteral("--content"), content,
                QStringLiteral("--style"),   style,
                QStringLiteral("--weights"), weightsFile,
                QStringLiteral("--output"),  output,
                QStringLiteral("--size"),    QStringLiteral("32"),
                QStringLiteral("--steps"),   QStringLiteral("2"),
                QStringLiteral("--threads"), QStringLiteral("2")};
    }

    static void verifyRefused(const Result &r, const QString &message, const QString &folder)
    {
        QVERIFY2(!r.crashed, qPrintable(QStringLiteral("neural-style crashed: ") + r.err));
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(message, r.err)));
        QVERIFY2(!r.err.contains(QLatin1String("terminate called")), qPrintable(r.err));
        const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind: ") + left.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_content = write(QStringLiteral("content.png"), encoded(pattern(48, 32, qRgb(200, 170, 80), qRgb(30, 80, 140)), "PNG"));
        m_style = write(QStringLiteral("style.png"), encoded(pattern(32, 32, qRgb(230, 20, 20), qRgb(20, 20, 220)), "PNG"));

        const QByteArray png = encoded(pattern(120, 90, qRgb(1, 2, 3), qRgb(250, 200, 100)), "PNG");
        QByteArray corrupt = png; // pixel data garbled: the IDAT checksum no longer matches
        for (qsizetype i = png.indexOf("IDAT") + 20; i < corrupt.size() - 40; i += 7)
            corrupt[i] = char(corrupt[i] ^ 0x5A);
        write(QStringLiteral("corrupt.png"), corrupt);
        write(QStringLiteral("truncated.png"), png.left(png.size() / 2));
        write(QStringLiteral("zero.png"), {});
        write(QStringLiteral("text.png"), "Dear user,\nthis is a letter, not a picture.\n");
        QByteArray bomb = encoded(QImage(1, 1, QImage::Format_RGB888), "PNG"); // IHDR says 100000 x 100000
        const char dims[8] = {0x00, 0x01, char(0x86), char(0xA0), 0x00, 0x01, char(0x86), char(0xA0)};
        bomb.replace(16, 8, QByteArray(dims, 8));
        const quint32 crc = crc32(bomb.mid(12, 17));
        for (int i = 0; i < 4; ++i)
            bomb[29 + i] = char((crc >> (24 - 8 * i)) & 0xFF);
        write(QStringLiteral("bomb.png"), bomb);

        // Weights of other models, written by PyTorch itself.
        m_weightsDir = file(QStringLiteral("weights"));
        QProcess python;
        python.start(QStringLiteral(NSS_PYTHON),
                     {QStringLiteral(NSS_TEST_SUPPORT_DIR "/make_small_weights.py"), QStringLiteral("--kind"),
                      QStringLiteral("wrongarch"), QStringLiteral("--out"), m_weightsDir});
        QVERIFY(python.waitForFinished(240000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile legacy(weights());
        QVERIFY(legacy.open(QIODevice::ReadOnly));
        write(QStringLiteral("weights/truncated.pth"), legacy.read(3 * 1024 * 1024)); // ends inside conv1_2's data
    }

    void cliRefusesBadImages_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        for (const char *role : {"content", "style"}) {
            const auto row = [&](const char *name, const char *message) {
                QTest::addRow("%s %s", role, name)
                    << QString::fromLatin1(role) << QString::fromLatin1(name) << QString::fromUtf8(message);
            };
            row("corrupt.png", "\"corrupt.png\" could not be decoded");
            row("truncated.png", "\"truncated.png\" could not be decoded");
            row("zero.png", "\"zero.png\" is empty (0 bytes)");
            row("text.png", "\"text.png\" is not an image");
            row("bomb.png", "\"bomb.png\" is too large (100000 x 100000 pixels)");
            row("", "is a folder, not an image file");
        }
    }

    void cliRefusesBadImages()
    {
        QFETCH(QString, role);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString bad = name.isEmpty() ? m_weightsDir : file(name);
        const QString folder = outputFolder();
        const bool content = role == QLatin1String("content");
        const auto r = neuralStyle(
            arguments(content ? bad : m_content, content ? m_style : bad, weights(), folder + QStringLiteral("/result.png")));
        verifyRefused(r, message, folder);
    }

    void cliRefusesBadWeights_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("VGG-16") << "weights/vgg16-features.pth"
                                << "has no tensor features.16.weight (conv3_4): it is not a torchvision VGG-19";
        QTest::newRow("grey conv1_1") << "weights/vgg19-grey.pth"
                                      << "tensor features.0.weight has shape [64, 1, 3, 3], VGG-19 expects [64, 3, 3, 3]";
        QTest::newRow("truncated") << "weights/truncated.pth"
                                   << "truncated";
        QTest::newRow("an image") << "content.png"
                                  << "neither a PyTorch file";
        QTest::newRow("zero bytes") << "zero.png"
                                    << "\"zero.png\" is empty (0 bytes)";
        QTest::newRow("a folder") << "weights"
                                  << "is a folder, not a weights file";
    }

    void cliRefusesBadWeights()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString folder = outputFolder();
        verifyRefused(neuralStyle(arguments(m_content, m_style, file(name), folder + QStringLiteral("/result.png"))), message,
                      folder);
        // --check-weights says the same without a run.
        const auto check = neuralStyle({QStringLiteral("--check-weights"), QStringLiteral("--weights"), file(name)});
        verifyRefused(check, message, folder);
    }

    void cliRefusesUnreadableFiles_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("content") << "content";
        QTest::newRow("style") << "style";
        QTest::newRow("weights") << "weights";
    }

    void cliRefusesUnreadableFiles()
    {
        QFETCH(QString, which);
        if (geteuid() == 0)
            QSKIP("running as root, which reads a file whatever its permissions say");
        const QString locked = file(QStringLiteral("locked-") + which);
        QVERIFY(QFile::copy(which == QLatin1String("weights") ? weights() : m_content, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const QString folder = outputFolder();
        const auto r = neuralStyle(
            arguments(which == QLatin1String("content") ? locked : m_content, which == QLatin1String("style") ? locked : m_style,
                      which == QLatin1String("weights") ? locked : weights(), folder + QStringLiteral("/result.png")));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        verifyRefused(r, QStringLiteral("\"locked-%1\" cannot be read: permission denied").arg(which), folder);
    }

    void cliReportsUnwritableOutput()
    {
        // A read-only folder: refused before the run (immutable as well, since CI runs as root).
        const QString folder = outputFolder();
        {
            ReadOnlyFolder readOnly(folder);
            if (readOnly.writable())
                QSKIP("this file system lets root write into any folder");
            verifyRefused(neuralStyle(arguments(m_content, m_style, weights(), folder + QStringLiteral("/result.png"))),
                          QStringLiteral("is not writable"), folder);
        }
        // The output is an existing folder.
        const QString taken = outputFolder();
        QVERIFY(QDir().mkpath(taken + QStringLiteral("/result.png")));
        const auto r = neuralStyle(arguments(m_content, m_style, weights(), taken + QStringLiteral("/result.png")));
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("it is a folder")), qPrintable(r.err));
        QVERIFY(QFileInfo(taken + QStringLiteral("/result.png")).isDir());
    }

    void cliReportsAFullDisk()
    {
        // /dev/full behind an image name: the write fails with ENOSPC, after the whole run.
        const QString folder = outputFolder();
        const QString output = folder + QStringLiteral("/result.png");
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), output));
        const auto r = neuralStyle(arguments(m_content, m_style, weights(), output));
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Could not save \"result.png\": No space left on device")), qPrintable(r.err));
        QCOMPARE(QFileInfo(output).symLinkTarget(), QStringLiteral("/dev/full")); // not replaced by a file
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("result.png")});

        // The frames folder on a full disk: the first frame fails and the run says so at once, but
        // goes on and still writes its result (issue 18).
        const QString frames = outputFolder();
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), frames + QStringLiteral("/frame-000001.png")));
        const QString second = outputFolder();
        const auto f = neuralStyle(
            arguments(m_content, m_style, weights(), second + QStringLiteral("/result.png"))
            + QStringList{QStringLiteral("--save-every"), QStringLiteral("1"), QStringLiteral("--frames-dir"), frames});
        QVERIFY2(!f.crashed, qPrintable(f.err));
        QCOMPARE(f.exitCode, 1);
        QVERIFY2(f.err.contains(QLatin1String("Could not save \"frame-000001.png\": No space left on device")),
                 qPrintable(f.err));
        QVERIFY(QFileInfo::exists(frames + QStringLiteral("/frame-000002.png")));
        QVERIFY(!QImage(second + QStringLiteral("/result.png")).isNull());
    }

    void cliRefusesAbsurdNumbers_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *option, const char *value, const char *message) {
            QTest::addRow("%s %s", option, value)
                << QString::fromLatin1(option) << QString::fromLatin1(value) << QString::fromUtf8(message);
        };
        row("size", "0", "Output size must be between 16 and 8192 pixels (got 0)");
        row("size", "-1", "Output size must be between 16 and 8192 pixels (got -1)");
        row("size", "1e30", "--size expects a whole number (got \"1e30\")");
        row("size", "nan", "--size expects a whole number (got \"nan\")");
        row("size", "100000", "Output size must be between 16 and 8192 pixels (got 100000)");
        row("steps", "-1", "Steps must be between 1 and 1000000 (got -1)");
        row("steps", "1e30", "--steps expects a whole number (got \"1e30\")");
        row("steps", "inf", "--steps expects a whole number (got \"inf\")");
        row("steps", "99999999999", "--steps expects a whole number (got \"99999999999\")");
        row("content-weight", "nan", "The content weight must be a number from 0 to 1e15 (got nan)");
        row("content-weight", "-1", "The content weight must be a number from 0 to 1e15 (got -1)");
        row("style-weight", "1e30", "The style weight must be a number from 0 to 1e15 (got 1e+30)");
        row("style-weight", "inf", "The style weight must be a number from 0 to 1e15 (got inf)");
        row("tv-weight", "-inf", "The total variation weight must be a number from 0 to 1e15 (got -inf)");
        row("tv-weight", "x", "--tv-weight expects a number (got \"x\")");
        row("lr", "0", "The learning rate must be above 0 and at most 10 (got 0)");
        row("lr", "nan", "The learning rate must be above 0 and at most 10 (got nan)");
        row("lbfgs-history", "0", "The L-BFGS history size must be between 1 and 1000 (got 0)");
        row("lbfgs-history", "many", "--lbfgs-history expects a whole number (got \"many\")");
        row("lbfgs-smoothing", "5", "The L-BFGS smoothing must be between 0 and 3 (got 5)");
        row("style-scale", "0", "Style scale must be between 0.05 and 8 (got 0)");
        row("style-scale", "1e30", "Style scale must be between 0.05 and 8 (got 1e+30)");
        row("style-blend", "nan", "Style blend weights must be numbers from 0 to 1e6 (got nan)");
        row("style-blend", "0", "At least one style blend weight must be above 0");
        row("scales", "-1", "The number of scales must be between 0 (automatic) and 5 (got -1)");
        row("threads", "-1", "The thread count must be between 0 (all cores) and 1024 (got -1)");
        row("seed", "-1", "--seed expects a whole number from 0 (got -1)");
        row("save-every", "-1", "--save-every expects a number of steps from 1 (got -1)");
    }

    void cliRefusesAbsurdNumbers()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString folder = outputFolder();
        verifyRefused(neuralStyle(arguments(m_content, m_style, weights(), folder + QStringLiteral("/result.png"))
                                  + QStringList{QStringLiteral("--") + option, value}),
                      message, folder);
    }

    // The same weights through the API the GUI and `--check-weights` use, without a process.
    void inspectionNamesTheProblem()
    {
        const auto vgg16 = inspectWeightsFile(file(QStringLiteral("weights/vgg16-features.pth")));
        QVERIFY2(vgg16.ok(), qPrintable(vgg16.error())); // a readable file, just not VGG-19
        QVERIFY2(vgg16->vggProblem.contains(QLatin1String("features.16.weight (conv3_4)")), qPrintable(vgg16->vggProblem));
        QCOMPARE(vgg16->vggLayers.size(), 7); // conv1_1 ... conv3_3 are there and right
        const auto truncated = inspectWeightsFile(file(QStringLiteral("weights/truncated.pth")));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().contains(QLatin1String("truncated")), qPrintable(truncated.error()));
    }

    void controllerReportsWrongWeightsAndRecovers()
    {
        StyleController controller;
        QSignalSpy failed(&controller, &StyleController::failed);
        QSignalSpy finished(&controller, &StyleController::finished);
        StyleSettings settings;
        settings.styles = {StyleSource{m_style, 1.0}};
        settings.outputSize = 32;
        settings.steps = 2;
        settings.optimizer = Optimizer::Adam;
        const QImage content = pattern(32, 24, qRgb(200, 170, 80), qRgb(30, 80, 140));
        const QImage style = pattern(32, 32, qRgb(230, 20, 20), qRgb(20, 20, 220));

        for (const char *name : {"weights/vgg16-features.pth", "weights/vgg19-grey.pth", "weights/truncated.pth"}) {
            controller.setNetworkFile(file(QString::fromLatin1(name)));
            const quint64 job = controller.start(settings, content, {style});
            QVERIFY(failed.wait(120000));
            QCOMPARE(failed.last().at(0).toULongLong(), job);
            const QString message = failed.last().at(1).toString();
            QVERIFY2(message.contains(QFileInfo(QString::fromLatin1(name)).fileName()), qPrintable(message));
            QCOMPARE(controller.state(), StyleController::State::Idle);
        }
        // Absurd settings never reach the engine.
        StyleSettings absurd = settings;
        absurd.styleWeight = std::numeric_limits<double>::quiet_NaN();
        controller.start(absurd, content, {style});
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.last().at(1).toString().contains(QLatin1String("style weight")),
                 qPrintable(failed.last().at(1).toString()));
        QVERIFY2(controller.start(absurd, QImage(), {style}) > 0, "start always returns a job");
        QVERIFY(failed.wait(60000));

        // The same controller still runs with good weights.
        controller.setNetworkFile(weights());
        controller.start(settings, content, {style});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<StyleFrame>().image.size(), QSize(32, 24));
    }

    void liveWeightsOutOfRangeAreIgnored()
    {
        // The GUI's sliders move weights during a run; a NaN or a negative one must not poison it.
        StyleController controller;
        controller.setNetworkFile(weights());
        QSignalSpy frames(&controller, &StyleController::frameReady);
        QSignalSpy finished(&controller, &StyleController::finished);
        StyleSettings settings;
        settings.styles = {StyleSource{m_style, 1.0}};
        settings.outputSize = 32;
        settings.steps = 40;
        settings.frameEvery = 1;
        settings.optimizer = Optimizer::Adam;
        // Paused while the weights move, so they reach the run whatever the threads' timing.
        connect(&controller, &StyleController::frameReady, this, [&controller](const StyleFrame &frame) {
            if (frame.step != 1 && frame.step != 10)
                return;
            controller.pause();
            if (frame.step == 1)
                controller.updateLossWeights(std::nan(""), -1.0, std::numeric_limits<double>::infinity());
            else
                controller.updateLossWeights(1.0, 1.0e30, 0.0);
            controller.resume();
        });
        controller.start(settings, pattern(32, 24, qRgb(200, 170, 80), qRgb(30, 80, 140)),
                         {pattern(32, 32, qRgb(230, 20, 20), qRgb(20, 20, 220))});
        QVERIFY(finished.wait(120000));
        QCOMPARE(frames.size(), 40);
        QCOMPARE(finished.at(0).at(0).value<StyleFrame>().step, 40);
        for (const auto &args : frames) {
            const auto frame = args.at(0).value<StyleFrame>();
            QVERIFY2(std::isfinite(frame.totalLoss),
                     qPrintable(QStringLiteral("step %1: loss %2").arg(frame.step).arg(frame.totalLoss)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
