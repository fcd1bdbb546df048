# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    Reconciler.h Reconciler.cpp ReconcileReport.cpp
    ReconcileCauses.h ReconcileCauses.cpp)
