# SPDX-License-Identifier: MIT
# Settings every target of ours links: language level, warnings, Qt strictness.
add_library(kiosk_common INTERFACE)
target_compile_features(kiosk_common INTERFACE cxx_std_17)
target_compile_options(kiosk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wformat=2
    $<$<BOOL:${KIOSK_WERROR}>:-Werror>
    # Qt's logging macros (qCInfo(category) with no message) trip this pedantic clang warning.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
target_compile_definitions(kiosk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KIOSK_VERSION="${PROJECT_VERSION}")
