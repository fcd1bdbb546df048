# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES ChartStyle.h ChartStyle.cpp LedgerChart.h LedgerChart.cpp)
