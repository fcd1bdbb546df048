set(SOURCES
    Types.h
    EntryCodec.h EntryCodec.cpp
    Network.h Network.cpp
    LedgerState.h
    Apply.h Apply.cpp
    StateRecords.h StateRecords.cpp
    Merkle.h Merkle.cpp)
