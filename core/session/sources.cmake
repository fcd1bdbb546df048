set(SOURCES
    EvidenceSession.h EvidenceSession.cpp
    EvidenceKindDetector.h EvidenceKindDetector.cpp
    RecordIndex.h RecordIndex.cpp
    RecordDecoder.h RecordDecoder.cpp
    SessionSeries.h SessionSeries.cpp
    SessionVerdict.h SessionVerdict.cpp
    RecordFilter.h RecordFilter.cpp
    SessionLookup.h SessionLookup.cpp)
