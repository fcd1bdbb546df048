# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    NorFlash.h NorFlash.cpp
    SeedDevice.h SeedDevice.cpp DeviceRecovery.cpp
    SimNetwork.h SimNetwork.cpp
    Faults.h Faults.cpp
    MeshSimulator.h MeshSimulator.cpp)
