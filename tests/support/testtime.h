// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long a test waits for the engine, scaled for slow instrumented builds: the `tsan` preset sets
// the CMake cache variable NSS_TEST_TIME_SCALE (ThreadSanitizer runs this code 5-15x slower); the
// default build leaves it at 1. CTest's time limits are scaled by the same factor.
constexpr int scaledTimeout(int milliseconds)
{
    return milliseconds * NSS_TEST_TIME_SCALE;
}
