// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/tensormemory.h"

#include <deque>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include <c10/core/CPUAllocator.h>
#include <c10/core/impl/alloc_cpu.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace nss {

#if defined(__linux__)
namespace {

constexpr size_t kPage = size_t(4) << 10;
constexpr size_t kHugePage = size_t(2) << 20;
// From this size a tensor gets its own mapping (measured: 4 MB left the deep layers of 512 px tiles
// to glibc, and a tiled 1024 px step took 11.0 s against 9.0 s). Smaller ones, as the biases and
// the Gram matrices of the early layers, stay in glibc's heap.
constexpr size_t kOwnMapping = size_t(1) << 20;
// Freed mappings kept for the next tensor of the same length, at most this much in all: every loss
// evaluation asks for the same lengths in the same order, so the next one takes them back without a
// system call or a page fault. A bound, so the run's peak memory grows by this much at most.
constexpr size_t kKeptBytes = size_t(256) << 20;

// The mappings made here, by address, with their length: one deleter for every tensor (LibTorch's
// raw_allocate needs one), which tells ours from the small ones by this table; and the freed ones
// kept, newest last. Never destroyed: a tensor held by a static may be freed after main() returns.
struct Mappings
{
    std::mutex mutex;
    std::unordered_map<void *, size_t> lengths;
    std::deque<std::pair<void *, size_t>> kept;
    size_t keptBytes = 0;
};
Mappings &mappings()
{
    static auto *const table = new Mappings;
    return *table;
}

// A kept mapping of exactly `length` bytes, taken out of the kept ones (nullptr if none).
void *takeKept(Mappings &table, size_t length)
{
    for (auto it = table.kept.rbegin(); it != table.kept.rend(); ++it) {
        if (it->second != length)
            continue;
        void *data = it->first;
        table.kept.erase(std::next(it).base());
        table.keptBytes -= length;
        return data;
    }
    return nullptr;
}

void releaseTensorMemory(void *data)
{
    if (!data)
        return;
    std::vector<std::pair<void *, size_t>> unmap;
    {
        Mappings &table = mappings();
        std::lock_guard lock(table.mutex);
        const auto it = table.lengths.find(data);
        if (it == table.lengths.end()) {
            c10::free_cpu(data);
            return;
        }
        const size_t length = it->second;
        table.lengths.erase(it);
        if (length > kKeptBytes) {
            unmap.emplace_back(data, length);
        } else {
            table.kept.emplace_back(data, length);
            table.keptBytes += length;
            while (table.keptBytes > kKeptBytes) { // the oldest go first
                unmap.push_back(table.kept.front());
                table.keptBytes -= table.kept.front().second;
                table.kept.pop_front();
            }
        }
    }
    for (const auto &[address, length] : unmap)
        munmap(address, length);
}

class HugePageAllocator final : public c10::Allocator
{
public:
    c10::DataPtr allocate(size_t bytes) const override
    {
        const c10::Device cpu(c10::DeviceType::CPU);
        if (bytes < kOwnMapping) {
            void *data = c10::alloc_cpu(bytes); // throws c10::Error ("not enough memory") as LibTorch's own
            return {data, data, &releaseTensorMemory, cpu};
        }
        // A length in whole 2 MB pages is mapped on a 2 MB boundary and backed by huge pages from end
        // to end (measured: a tiled 1024 px step 9.0 s, against 12.8 s in 4 KB pages). Where that
        // would add more than 1/8 (a 2.4 MB L-BFGS pair of a 512 px picture would take 4 MB), the
        // length is in whole 4 KB pages, as glibc maps a large block.
        const size_t huge = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        const size_t length = huge - bytes <= bytes / 8 ? huge : (bytes + kPage - 1) / kPage * kPage;
        Mappings &table = mappings();
        {
            std::lock_guard lock(table.mutex);
            if (void *data = takeKept(table, length)) {
                table.lengths.emplace(data, length);
                return {data, data, &releaseTensorMemory, cpu};
            }
        }
        const auto map = [length] { return mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); };
        void *data = map();
        if (data == MAP_FAILED) { // the kept mappings may be what is missing
            releaseKeptTensorMemory();
            data = map();
        }
        // The message LibTorch's allocator gives, so the runner reports it as out of memory.
        TORCH_CHECK(data != MAP_FAILED, "DefaultCPUAllocator: not enough memory: you tried to allocate ", bytes, " bytes.");
        madvise(data, length, MADV_HUGEPAGE); // a hint: without huge pages the mapping still works
        std::lock_guard lock(table.mutex);
        table.lengths.emplace(data, length);
        return {data, data, &releaseTensorMemory, cpu};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &releaseTensorMemory; }
};

} // namespace

void useHugePagesForTensors()
{
    static std::once_flag installed;
    // Never destroyed either: LibTorch keeps the pointer, and tensors may be made after main() returns.
    std::call_once(installed, [] { c10::SetCPUAllocator(new HugePageAllocator, /*priority=*/1); });
}

void releaseKeptTensorMemory()
{
    std::deque<std::pair<void *, size_t>> unmap;
    {
        Mappings &table = mappings();
        std::lock_guard lock(table.mutex);
        unmap.swap(table.kept);
        table.keptBytes = 0;
    }
    for (const auto &[address, length] : unmap)
        munmap(address, length);
}
#else
void useHugePagesForTensors() {}
void releaseKeptTensorMemory() {}
#endif

} // namespace nss
