set(SOURCES EvidenceFile.h EvidenceFile.cpp)
