// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by every fuzz target, in both builds: libFuzzer (clang, NSS_FUZZ=ON) and the replay
// driver (any compiler, part of the normal test suite).

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace nss::fuzz {

// Image plugins and the weights reader complain on stderr about every broken input; at thousands
// of inputs a second that drowns the one line that matters. Fatal messages still abort.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

// Image plugins are found through the application's library paths: one QCoreApplication for the
// process, as the app has. Its argc must outlive it.
inline void initQt(int *argc, char ***argv)
{
    static int s_argc = *argc;
    static QCoreApplication app(s_argc, *argv);
    qInstallMessageHandler(quietMessages);
}

// A broken invariant must crash so that libFuzzer (or the replay driver) keeps the input.
#define NSS_FUZZ_CHECK(condition)                                                                                                \
    do {                                                                                                                         \
        if (!(condition)) {                                                                                                      \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                         \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)

} // namespace nss::fuzz
