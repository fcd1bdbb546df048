set(SOURCES Result.h Result.cpp ByteIo.h Hex.h Hex.cpp Parallel.h Progress.h JsonWriter.h JsonWriter.cpp Escape.h Escape.cpp SideInput.h SideInput.cpp AllocatorPolicy.h AllocatorPolicy.cpp)
