# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES DumpDocument.h DumpDocument.cpp VerdictBanner.h VerdictBanner.cpp DumpWorkbench.h DumpWorkbench.cpp DumpTab.h DumpTab.cpp)
