# SPDX-License-Identifier: MIT
# kiosk_add_test(Name SOURCES a.cpp ... [LABEL unit|integration|gui|e2e] [LIBS ...] [TIMEOUT s] [GUI] [XVFB]
#                [XVFB_SCREEN WxHxD])
# One executable per unit. Backend tests use QTEST_GUILESS_MAIN; GUI ones run on the offscreen
# platform unless XVFB is given (then under xvfb-run so WebEngine gets a real display, on a
# 1920x1080 screen unless XVFB_SCREEN says otherwise).
function(kiosk_add_test name)
    cmake_parse_arguments(T "GUI;XVFB;BOTH_ENGINES" "LABEL;TIMEOUT;XVFB_SCREEN" "SOURCES;LIBS" ${ARGN})
    if(NOT T_XVFB_SCREEN)
        set(T_XVFB_SCREEN 1920x1080x24)
    endif()
    if(NOT T_LABEL)
        set(T_LABEL unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    # Sanitizer builds run several times slower (the asan preset sets 3).
    if(KIOSK_TEST_TIMEOUT_SCALE)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${KIOSK_TEST_TIMEOUT_SCALE}")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE kiosk_common kiosk_test_support Qt6::Test ${T_LIBS})
    if(T_XVFB)
        add_test(NAME ${name} COMMAND xvfb-run -a -s "-screen 0 ${T_XVFB_SCREEN}" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QTWEBENGINE_DISABLE_SANDBOX=1" "KIOSK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "KIOSK_BINARY_DIR=${PROJECT_BINARY_DIR}" "QT_LOGGING_RULES=qt.webenginecontext.debug=false")
    if(NOT T_XVFB)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
    if(T_BOTH_ENGINES)
        target_link_libraries(${name} PRIVATE kiosk_test_database)
        add_test(NAME ${name}_postgresql COMMAND ${name})
        set_tests_properties(${name}_postgresql PROPERTIES LABELS "${T_LABEL};postgresql" TIMEOUT ${T_TIMEOUT}
            ENVIRONMENT "${env};KIOSK_TEST_DB=postgresql")
    endif()
endfunction()
