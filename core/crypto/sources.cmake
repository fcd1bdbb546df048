set(SOURCES
    Crc32c.h Crc32c.cpp
    Hash.h Hash.cpp
    Ed25519.h Ed25519.cpp
    Aead.h Aead.cpp
    Random.h Random.cpp
    SecureBytes.h SecureBytes.cpp
    KeyFile.h KeyFile.cpp
    ThreadState.h ThreadState.cpp)
