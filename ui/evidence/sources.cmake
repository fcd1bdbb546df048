# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES EvidenceTree.h EvidenceTree.cpp)
