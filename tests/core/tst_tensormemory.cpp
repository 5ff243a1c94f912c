// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU allocator of engine/tensormemory.h: large tensors in their own huge-page mappings, kept up
// to a bound for the next tensor of the same length, given back when released; small ones as
// LibTorch allocates them; one clear error when memory runs out.
#include <QTest>

#include <c10/core/CPUAllocator.h>
#include <torch/torch.h>

#include "engine/tensormemory.h"
#include "leakjudge.h"

using namespace nss;

namespace {

// Resident memory of this process, in MB.
double residentMb()
{
    return double(leakjudge::residentKiB()) / 1024.0;
}

} // namespace

class TestTensorMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(__linux__)
        QSKIP("huge-page tensors are Linux only; elsewhere LibTorch's allocator stays");
#endif
        c10::Allocator *before = c10::GetCPUAllocator();
        useHugePagesForTensors();
        QVERIFY(c10::GetCPUAllocator() != before);
        c10::Allocator *installed = c10::GetCPUAllocator();
        useHugePagesForTensors(); // a second call changes nothing
        QCOMPARE(c10::GetCPUAllocator(), installed);
    }

    void valuesAreKeptInLargeAndSmallTensors()
    {
        for (const int64_t count : {int64_t(1000), int64_t(3) << 20, int64_t(40) << 20}) { // 4 KB, 12 MB, 160 MB
            const torch::Tensor a = torch::arange(count, torch::kDouble);
            const torch::Tensor b = (a * 2).to(torch::kFloat).to(torch::kDouble); // more tensors of each size
            QCOMPARE(b.sum().item<double>(), double(count) * double(count - 1));
        }
        // A convolution through oneDNN on a picture-sized input.
        torch::manual_seed(0);
        const torch::Tensor x = torch::rand({1, 64, 256, 256});
        const torch::Tensor w = torch::rand({64, 64, 3, 3});
        const torch::Tensor y = torch::conv2d(x, w, {}, 1, 1);
        const torch::Tensor yd = torch::conv2d(x.to(torch::kDouble), w.to(torch::kDouble), {}, 1, 1);
        QVERIFY(torch::allclose(y.to(torch::kDouble), yd, 1e-4, 1e-3));
    }

    void rawAllocationsUseTheSameDeleter()
    {
        c10::Allocator *allocator = c10::GetCPUAllocator();
        for (const size_t bytes : {size_t(64), size_t(8) << 20}) {
            void *data = allocator->raw_allocate(bytes);
            QVERIFY(data);
            static_cast<char *>(data)[bytes - 1] = 1;
            allocator->raw_deallocate(data);
        }
    }

    void aFreedTensorAboveTheKeptBoundIsGivenBack()
    {
        releaseKeptTensorMemory();
        const double before = residentMb();
        QVERIFY(before > 0.0);
        double held = 0.0;
        {
            torch::Tensor big = torch::ones({int64_t(80) << 20}); // 320 MB, every page touched
            held = residentMb();
            QCOMPARE(big.sum().item<double>(), double(int64_t(80) << 20));
        }
        const double after = residentMb();
        qInfo("resident %.0f MB before, %.0f MB with the 320 MB tensor, %.0f MB after it", before, held, after);
        QVERIFY2(held - before > 250.0, "the tensor's pages were not resident");
        QVERIFY2(held - after > 250.0, "the tensor's memory was not given back");
    }

    void aFreedMappingIsReusedThenReleased()
    {
        releaseKeptTensorMemory();
        const double before = residentMb();
        const void *first = nullptr;
        {
            torch::Tensor a = torch::ones({int64_t(16) << 20}); // 64 MB
            first = a.data_ptr();
        }
        const double kept = residentMb();
        {
            torch::Tensor b = torch::empty({int64_t(16) << 20}); // the same length: the kept mapping
            QCOMPARE(static_cast<const void *>(b.data_ptr()), first);
            b.fill_(2.0f); // usable as any tensor
            QCOMPARE(b.sum().item<double>(), 2.0 * double(int64_t(16) << 20));
        }
        releaseKeptTensorMemory();
        const double released = residentMb();
        qInfo("resident %.0f MB before, %.0f MB with a freed 64 MB tensor kept, %.0f MB after the release", before, kept,
              released);
        QVERIFY2(kept - before > 50.0, "the freed mapping was not kept");
        QVERIFY2(kept - released > 50.0, "the kept mapping was not released");
    }

    void anAbsurdSizeIsAClearError()
    {
        try {
            const torch::Tensor huge = torch::empty({int64_t(1) << 48}); // 1 PB
            QFAIL("an allocation of 1 PB succeeded");
        } catch (const c10::Error &e) {
            QVERIFY2(QString::fromUtf8(e.what_without_backtrace()).contains(QLatin1String("not enough memory")),
                     e.what_without_backtrace());
        }
    }
};

QTEST_GUILESS_MAIN(TestTensorMemory)
#include "tst_tensormemory.moc"
