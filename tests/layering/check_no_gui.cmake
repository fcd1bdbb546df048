# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=<file> -P check_no_gui.cmake
# Fails when BINARY depends, directly or transitively, on Qt Gui, Widgets or OpenGL.
# Run on seedscope-cli and a core test it enforces that core never links them; run on the
# GUI binary (expected to fail) it proves the check itself can fail.
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not given or missing: ${BINARY}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${BINARY}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(bad "")
foreach(dep IN LISTS resolved unresolved)
    get_filename_component(name "${dep}" NAME)
    if(name MATCHES "Qt6?(Gui|Widgets|OpenGL|PrintSupport)|QtGui|QtWidgets|QCustomPlot")
        list(APPEND bad "${name}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "${BINARY} depends on GUI libraries: ${bad}")
endif()
list(LENGTH resolved n)
message(STATUS "${BINARY}: ${n} runtime dependencies, none of them Qt Gui or Widgets")
