// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include "video/ffmpegutil_p.h"
#include "video/videowriter.h"

extern "C" {
#include <libavutil/cpu.h>
}

using namespace nss;

namespace {

QStringList g_messages; // what FFmpeg said (routed to nss.video) while a test ran

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

constexpr int kSse2 = AV_CPU_FLAG_MMX | AV_CPU_FLAG_MMXEXT | AV_CPU_FLAG_SSE | AV_CPU_FLAG_SSE2 | AV_CPU_FLAG_CMOV;
constexpr int kSse42 = kSse2 | AV_CPU_FLAG_SSE3 | AV_CPU_FLAG_SSSE3 | AV_CPU_FLAG_SSE4 | AV_CPU_FLAG_SSE42;
constexpr int kAvx2 = kSse42 | AV_CPU_FLAG_AVX | AV_CPU_FLAG_FMA3 | AV_CPU_FLAG_BMI1 | AV_CPU_FLAG_BMI2 | AV_CPU_FLAG_AVX2;

} // namespace

// The instruction sets the video writer lets x264 use (video/ffmpegutil_p.h): every one the CPU
// has but AVX-512, and never a name that would switch on a set the CPU lacks.
class TestX264Sets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("AVX-512 left out") << (kAvx2 | AV_CPU_FLAG_AVX512 | AV_CPU_FLAG_AVX512ICL)
                                          << QByteArray("MMX2,SSE2,SSE3,SSSE3,SSE4,SSE4.2,AVX,FMA3,BMI1,BMI2,AVX2");
        // A Pentium of the Haswell years: BMI but no AVX. x264's "BMI1" would switch AVX on.
        QTest::newRow("BMI without AVX") << (kSse42 | AV_CPU_FLAG_BMI1 | AV_CPU_FLAG_BMI2)
                                         << QByteArray("MMX2,SSE2,SSE3,SSSE3,SSE4,SSE4.2");
        QTest::newRow("Bulldozer: FMA4, no FMA3") << (kSse42 | AV_CPU_FLAG_AVX | AV_CPU_FLAG_XOP | AV_CPU_FLAG_FMA4)
                                                  << QByteArray("MMX2,SSE2,SSE3,SSSE3,SSE4,SSE4.2,AVX");
        QTest::newRow("slow SSE2 (an early Atom)") << (kSse2 | AV_CPU_FLAG_SSE2SLOW | AV_CPU_FLAG_SSE3 | AV_CPU_FLAG_SSSE3)
                                                   << QByteArray("MMX2,SSE2Slow,SSE3,SSSE3");
        QTest::newRow("nothing: the C code") << 0 << QByteArray("0");
    }
    void names()
    {
        QFETCH(int, flags);
        QFETCH(QByteArray, expected);
        QCOMPARE(video::x264InstructionSets(flags), expected);
    }

    // x264 takes every name the writer gives it: FFmpeg passes on x264's complaint about a name it
    // does not know ("Error parsing option"), which the writer's log would show.
    void x264TakesTheNames()
    {
#if !defined(__x86_64__) && !defined(__i386__)
        QSKIP("The instruction sets are chosen on x86 only.");
#else
        const int cpu = av_get_cpu_flags();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("nss.video.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
        int encoded = 0;
        for (const int flags : {cpu, cpu & kAvx2, cpu & kSse42, cpu & kSse2}) {
            av_force_cpu_flags(flags);
            const QString out = dir.filePath(QStringLiteral("sets%1.mp4").arg(encoded));
            auto writer = VideoWriter::open(out, QSize(64, 48), FrameRate{12, 1});
            QImage frame(64, 48, QImage::Format_RGB32);
            for (int i = 0; writer.ok() && i < 3; ++i) {
                frame.fill(QColor(40 * i, 90, 200 - 30 * i));
                QVERIFY(writer.value()->writeFrame(frame).ok());
            }
            QVERIFY(writer.ok() && writer.value()->finish().ok());
            ++encoded;
        }
        av_force_cpu_flags(-1);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(encoded, 4);
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(QLatin1String("Error parsing option")), qPrintable(message));
#endif
    }
};

QTEST_GUILESS_MAIN(TestX264Sets)
#include "tst_x264sets.moc"
