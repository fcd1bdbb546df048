# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES DumpInputs.h DumpInputs.cpp VerdictBanner.h VerdictBanner.cpp DumpWorkbench.h DumpWorkbench.cpp DumpTab.h DumpTab.cpp)
