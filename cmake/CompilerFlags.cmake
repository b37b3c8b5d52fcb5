# SPDX-License-Identifier: GPL-3.0-or-later
# Every Tuma target links tuma_compile_options: the one place that says how Tuma is compiled.

option(TUMA_WERROR "Treat compiler warnings as errors" OFF)
option(TUMA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(tuma_compile_options INTERFACE)
target_compile_features(tuma_compile_options INTERFACE cxx_std_20)
target_compile_definitions(tuma_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(tuma_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-align -Wnull-dereference -Wformat=2
    $<$<BOOL:${TUMA_WERROR}>:-Werror>)

if(TUMA_SANITIZE)
    target_compile_options(tuma_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tuma_compile_options INTERFACE -fsanitize=address,undefined)
endif()
