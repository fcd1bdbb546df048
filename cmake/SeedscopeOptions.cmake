# SPDX-License-Identifier: GPL-3.0-or-later
# Build options and compiler flags shared by every target.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

option(SEEDSCOPE_BUILD_GUI "Build the Qt Widgets workbench (seedscope_ui, seedscope)" ON)
option(SEEDSCOPE_BUILD_TESTS "Build the Qt Test programs" ON)
option(SEEDSCOPE_BUILD_FUZZERS "Build libFuzzer targets (needs clang)" OFF)
# The sanitizer build in CI never runs the benchmarks, so it need not compile them.
option(SEEDSCOPE_BUILD_BENCHMARKS "Build the benchmark programs (CTest label bench)" ON)
# CI sets CI=true; warnings are errors there and only there, so a newer compiler on a
# user's machine never breaks their build.
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    set(_seedscope_werror_default ON)
else()
    set(_seedscope_werror_default OFF)
endif()
option(SEEDSCOPE_WERROR "Treat compiler warnings as errors" ${_seedscope_werror_default})
set(SEEDSCOPE_SANITIZE "" CACHE STRING "Comma-separated sanitizers, e.g. address,undefined")

add_library(seedscope_warnings INTERFACE)
if(MSVC)
    target_compile_options(seedscope_warnings INTERFACE /W4 /permissive-)
    if(SEEDSCOPE_WERROR)
        target_compile_options(seedscope_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(seedscope_warnings INTERFACE -Wall -Wextra -Wpedantic)
    if(SEEDSCOPE_WERROR)
        target_compile_options(seedscope_warnings INTERFACE -Werror)
    endif()
endif()

if(SEEDSCOPE_SANITIZE)
    # Applied globally so that every object in a test program carries the same
    # instrumentation (mixing instrumented and plain code hides errors).
    add_compile_options(-fsanitize=${SEEDSCOPE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${SEEDSCOPE_SANITIZE})
endif()
