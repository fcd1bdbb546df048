# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=<file> [-DFORBID=<regex> -DWHAT=<words>] -P check_no_gui.cmake
# Fails when BINARY depends, directly or transitively, on Qt Gui, Widgets or OpenGL (or on
# a library whose file name matches FORBID). Run on seedscope-cli and a core test it
# enforces that core never links them; run on the GUI binary (expected to fail) it proves
# the check itself can fail. With FORBID=libpq it keeps libpq out of seedscope-cli's start
# (it is loaded when a team case is opened: core/casedb_pg/LibPq.h).
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not given or missing: ${BINARY}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${BINARY}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
if(NOT FORBID)
    set(FORBID "Qt6?(Gui|Widgets|OpenGL|PrintSupport)|QtGui|QtWidgets|QCustomPlot")
    set(WHAT "GUI libraries")
endif()
set(bad "")
foreach(dep IN LISTS resolved unresolved)
    get_filename_component(name "${dep}" NAME)
    if(name MATCHES "${FORBID}")
        list(APPEND bad "${name}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "${BINARY} depends on ${WHAT}: ${bad}")
endif()
list(LENGTH resolved n)
message(STATUS "${BINARY}: ${n} runtime dependencies, none of them ${WHAT}")
