# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    AnnotationDialog.h AnnotationDialog.cpp
    CaseController.h CaseController.cpp
    CaseDock.h CaseDock.cpp
    CaseUi.h CaseUi.cpp
    NewCaseDialog.h NewCaseDialog.cpp)
