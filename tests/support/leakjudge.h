// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <fstream>
#include <vector>

#include <malloc.h>
#include <unistd.h>

// Telling a leak from glibc's allocator. Resident memory after a cycle jumps by several percent
// now and then (a new malloc arena, a freed block that the allocator keeps), and falls back later:
// one sample at the end against one at the start saw +5.27 % once in four clean runs. A leak grows
// steadily instead. So the samples are taken after malloc_trim(0), and the verdict compares the
// median of the last stretch with the median of the first: a spike moves neither median.
namespace leakjudge {

// Hands freed heap memory back to the kernel so that resident memory shows what is still in use.
inline void trimHeap()
{
    malloc_trim(0);
}

// Resident memory of this process in KiB (Linux: /proc/self/statm), or -1 where it cannot be read.
inline long long residentKiB()
{
    std::ifstream statm("/proc/self/statm");
    long long size = 0;
    long long resident = -1;
    if (!(statm >> size >> resident))
        return -1;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Growth of resident memory over the samples (one per cycle, after the warm-up), as a fraction of
// the first stretch's median: median of the last `stretch` samples against median of the first.
inline double growth(const std::vector<double> &samples, size_t stretch = 15)
{
    if (samples.size() < 2 * stretch || samples.front() <= 0.0)
        return 0.0;
    const double first = median({samples.begin(), samples.begin() + long(stretch)});
    const double last = median({samples.end() - long(stretch), samples.end()});
    return (last - first) / first;
}

} // namespace leakjudge
