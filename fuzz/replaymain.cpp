// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for libFuzzer's driver, so that every fuzz target also runs in the normal test suite
// with any compiler (gcc, the asan preset): it replays each file of the given corpora, then a
// fixed number of deterministic mutations of them (bit flips, interesting bytes, truncation,
// duplicated and removed ranges). It finds far less than libFuzzer (no coverage feedback) but it
// keeps the corpus and its near neighbours from regressing. On a crash the offending input is
// written to replay-crash-<target> in the working folder; pass that file back to reproduce.
//
// Usage: replay_<target> [-runs=N] [-seed=S] [-max_len=N] FILE_OR_FOLDER...

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

std::vector<uint8_t> g_current;
std::string g_crashPath;

void onCrash(int sig)
{
    // Only async-signal-safe calls here.
    const int fd = ::open(g_crashPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        if (!g_current.empty() && ::write(fd, g_current.data(), g_current.size()) < 0) { }
        ::close(fd);
    }
    static const char msg[] = "replay: crashed; input saved to replay-crash-<target>\n";
    if (::write(2, msg, sizeof msg - 1) < 0) { }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

struct Rng
{
    uint64_t state;
    uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
};

void mutate(std::vector<uint8_t> &d, Rng &rng, size_t maxLen)
{
    static const uint8_t interesting[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x10, 0x40};
    const int steps = 1 + static_cast<int>(rng.below(4));
    for (int i = 0; i < steps; ++i) {
        switch (rng.below(6)) {
        case 0: // flip one bit
            if (!d.empty())
                d[rng.below(d.size())] ^= static_cast<uint8_t>(1u << rng.below(8));
            break;
        case 1: // an interesting byte (sizes, signs, markers)
            if (!d.empty())
                d[rng.below(d.size())] = interesting[rng.below(sizeof interesting)];
            break;
        case 2: // truncate
            d.resize(rng.below(d.size() + 1));
            break;
        case 3: { // duplicate a range
            if (d.empty())
                break;
            const size_t from = rng.below(d.size());
            const size_t len = 1 + rng.below(std::min<size_t>(64, d.size() - from));
            const std::vector<uint8_t> chunk(d.begin() + from, d.begin() + from + len);
            d.insert(d.begin() + rng.below(d.size() + 1), chunk.begin(), chunk.end());
            break;
        }
        case 4: { // remove a range
            if (d.empty())
                break;
            const size_t from = rng.below(d.size());
            const size_t len = 1 + rng.below(std::min<size_t>(64, d.size() - from));
            d.erase(d.begin() + from, d.begin() + from + len);
            break;
        }
        default: // a random 32-bit word: lengths and offsets in headers
            if (d.size() >= 4) {
                const uint32_t v = static_cast<uint32_t>(rng.next());
                std::memcpy(d.data() + rng.below(d.size() - 3), &v, 4);
            }
            break;
        }
    }
    if (d.size() > maxLen)
        d.resize(maxLen);
}

void run(const std::vector<uint8_t> &input)
{
    g_current = input;
    LLVMFuzzerTestOneInput(g_current.data(), g_current.size());
}

} // namespace

int main(int argc, char **argv)
{
    long runs = 0;
    uint64_t seed = 1;
    size_t maxLen = 1 << 20;
    std::vector<std::vector<uint8_t>> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("-runs=", 0) == 0) {
            runs = std::stol(arg.substr(6));
        } else if (arg.rfind("-seed=", 0) == 0) {
            seed = std::stoull(arg.substr(6));
        } else if (arg.rfind("-max_len=", 0) == 0) {
            maxLen = std::stoul(arg.substr(9));
        } else {
            std::vector<std::filesystem::path> files;
            if (std::filesystem::is_directory(arg)) {
                for (const auto &entry : std::filesystem::recursive_directory_iterator(arg))
                    if (entry.is_regular_file())
                        files.push_back(entry.path());
            } else {
                files.emplace_back(arg);
            }
            std::sort(files.begin(), files.end()); // same order, same mutations, every run
            for (const auto &file : files) {
                std::ifstream in(file, std::ios::binary);
                if (!in) {
                    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
                    return 2;
                }
                corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            }
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "replay: no corpus given (a missing seed folder would make this test pass vacuously)\n");
        return 2;
    }

    const std::string self = std::filesystem::path(argv[0]).filename().string();
    g_crashPath = "replay-crash-" + (self.rfind("replay_", 0) == 0 ? self.substr(7) : self);
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(sig, onCrash);

    LLVMFuzzerInitialize(&argc, &argv);
    for (const auto &input : corpus)
        run(input);
    Rng rng{seed * 0x9E3779B97F4A7C15ull + 1};
    for (long i = 0; i < runs; ++i) {
        std::vector<uint8_t> input = corpus[rng.below(corpus.size())];
        mutate(input, rng, maxLen);
        run(input);
    }
    std::printf("replay: %zu corpus inputs and %ld mutations, no crash\n", corpus.size(), runs);
    return 0;
}
