set(SOURCES
    Types.h Id16.h
    EntryCodec.h EntryCodec.cpp
    Network.h Network.cpp
    LedgerState.h
    TxSet.h TxSet.cpp ReallocArray.h
    Apply.h Apply.cpp
    RejectionText.h RejectionText.cpp
    StateRecords.h StateRecords.cpp
    Merkle.h Merkle.cpp
    Invariants.h Invariants.cpp
    ItemVerdicts.h
    Replay.h Replay.cpp
    CrossProof.h CrossProof.cpp
    JsonFields.h JsonFields.cpp
    TrustStore.h TrustStore.cpp
    Proof.h Proof.cpp
    TimelineSeries.h TimelineSeries.cpp)
