set(SOURCES Finding.h Finding.cpp)
