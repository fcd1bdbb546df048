# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES KeyChoice.h KeyChoice.cpp KeyDialog.h KeyDialog.cpp)
