# SPDX-License-Identifier: GPL-3.0-or-later
# Every dependency comes from the system's packages; nothing is downloaded at build time.

# LinguistTools (lrelease) in every build: seedscope-cli's help is translated too.
set(_seedscope_qt_components Core Concurrent Test LinguistTools)
if(SEEDSCOPE_BUILD_GUI)
    list(APPEND _seedscope_qt_components Gui Widgets PrintSupport)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_seedscope_qt_components})
qt_standard_project_setup()

find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
find_package(SQLite3 REQUIRED)
if(SEEDSCOPE_BUILD_GUI)
    # Debian/Ubuntu: libqcustomplot-dev + libqcustomplot2.1-qt6 ship this package.
    find_package(QCustomPlotQt6 REQUIRED)
endif()
