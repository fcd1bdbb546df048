# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    VerifyReport.h VerifyReport.cpp
    RootCauses.h RootCauses.cpp
    Verifier.h Verifier.cpp
    VerifyChecks.h JournalChecks.cpp DamageRegions.cpp SignatureChecks.cpp RecoveryEmulation.cpp
    SignatureJob.h SignatureJob.cpp
    PinpointDamage.cpp
    TrustStoreFit.h TrustStoreFit.cpp)
