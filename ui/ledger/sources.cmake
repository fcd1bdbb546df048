# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES JournalModel.h JournalModel.cpp JournalFilter.h JournalFilter.cpp EntryInspector.h EntryInspector.cpp StateInspector.h StateInspector.cpp)
