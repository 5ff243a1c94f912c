# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the options every project target shares (the qBittorrent habit),
# instead of global CMAKE_CXX_FLAGS. Warnings are errors for our code only: Qt and LibTorch come
# in through imported targets, whose include directories CMake marks as SYSTEM.
add_library(nss_common INTERFACE)
target_compile_features(nss_common INTERFACE cxx_std_20)
target_compile_definitions(nss_common INTERFACE
    QT_NO_KEYWORDS            # LibTorch headers use `slots` as a name
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(nss_common INTERFACE
    -Wall -Wextra -Wpedantic -Wno-unused-parameter
    $<$<BOOL:${NSS_WERROR}>:-Werror>)

option(NSS_WERROR "Treat warnings in project code as errors" ON)

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
