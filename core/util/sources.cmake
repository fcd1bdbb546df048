set(SOURCES Result.h Result.cpp ByteIo.h Hex.h Hex.cpp Parallel.h Progress.h SideInput.h SideInput.cpp)
