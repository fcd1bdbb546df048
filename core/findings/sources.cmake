set(SOURCES Finding.h Finding.cpp FindingText.h FindingText.cpp)
