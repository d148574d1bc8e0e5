# One test executable per class: sendtrail_add_test(tst_signer SOURCES tst_signer.cpp LIBS sendtrail_api)
function(sendtrail_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        SENDTRAIL_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SENDTRAIL_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    # Qt Test's QFINDTESTDATA base, which no test of ours uses: "." is where ctest runs the test (its
    # binary directory), and it keeps the build tree's path off the compile line, so that the
    # release and headless trees compile identical test objects (.ci/run's compiler cache shares them).
    set_target_properties(${name} PROPERTIES QT_TESTCASE_BUILDDIR .)
    # The sanitizer presets compile the tests' own code with -O0 (SENDTRAIL_TEST_COMPILE_OPTIONS):
    # it halves their compile time under clang's ASan, and the libraries they test keep -O1.
    target_compile_options(${name} PRIVATE ${SENDTRAIL_TEST_COMPILE_OPTIONS})
    if(sendtrail_ui IN_LIST ARG_LIBS OR Qt6::Widgets IN_LIST ARG_LIBS)
        sendtrail_use_pch(${name} widgets_test)
    else()
        sendtrail_use_pch(${name} core_test)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;${ARG_ENVIRONMENT}")
endfunction()

# A static library of app/ (widget-free) or ui/:
#   sendtrail_add_library(sendtrail_records SOURCES ... PUBLIC sendtrail_api PRIVATE Qt6::Network)
# PUBLIC: what the library's headers include; PRIVATE: what only its .cpp files use.
# Include root: a folder holding just a link named after this library's folder, so
# `#include "records/pager.h"` resolves only in targets that link sendtrail_records, and a library
# cannot reach a header of one it does not link. FLAT publishes the folder itself (ui/).
# Every library is recorded for the layering test (tests/layering).
function(sendtrail_add_library name)
    cmake_parse_arguments(ARG "FLAT" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    if(ARG_FLAT)
        target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    else()
        set(root ${PROJECT_BINARY_DIR}/include/${name})
        file(MAKE_DIRECTORY ${root})
        file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
        target_include_directories(${name} PUBLIC ${root} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    endif()
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    if(ARG_FLAT)
        sendtrail_use_pch(${name} widgets)
    else()
        sendtrail_use_pch(${name} core)
    endif()
    sendtrail_record_layer(${name} "${ARG_FLAT}" "${ARG_PUBLIC}" "${ARG_PRIVATE}")
endfunction()

# An executable whose sources live in app/<folder>: recorded for the layering test like a library.
function(sendtrail_record_executable name)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    sendtrail_record_layer(${name} FALSE "" "${ARG_LIBS}")
endfunction()

function(sendtrail_record_layer name flat public private)
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    if(flat)
        set(flat 1)
    else()
        set(flat 0)
    endif()
    get_target_property(sources ${name} SOURCES)
    list(FILTER sources INCLUDE REGEX "\\.(h|cpp)$")
    string(JOIN "," public_text ${public})
    string(JOIN "," private_text ${private})
    string(JOIN "," sources_text ${sources})
    set_property(GLOBAL APPEND PROPERTY SENDTRAIL_LAYERS
                 "${name}|${rel}|${flat}|${public_text}|${private_text}|${sources_text}")
endfunction()

# Writes build/<preset>/layers.txt: one line per recorded target,
# "name|folder|flat|public|private|sources" (lists comma-separated, sources relative to folder).
function(sendtrail_write_layers)
    get_property(layers GLOBAL PROPERTY SENDTRAIL_LAYERS)
    string(JOIN "\n" text ${layers})
    file(WRITE ${PROJECT_BINARY_DIR}/layers.txt "${text}\n")
endfunction()
