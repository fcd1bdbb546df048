set(SOURCES EvidenceFile.h EvidenceFile.cpp MappingGuard.h MappingGuard.cpp)
