# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    CaseBackend.h
    CaseTypes.h
    CaseSchema.h CaseSchema.cpp
    CaseFile.h CaseFile.cpp
    AnnotationJson.h AnnotationJson.cpp
    CustodyRecord.h CustodyRecord.cpp
    EvidenceHash.h EvidenceHash.cpp
    SqliteBackend.h SqliteBackend.cpp)
