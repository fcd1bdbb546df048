# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    DumpLedger.h DumpLedger.cpp
    CheckpointChain.h CheckpointChain.cpp
    CheckpointLoads.h CheckpointLoads.cpp
    BootRecovery.h BootRecovery.cpp)
