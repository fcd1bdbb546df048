# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES FindingsModel.h FindingsModel.cpp FindingsFilter.h FindingsFilter.cpp FindingsPanel.h FindingsPanel.cpp)
