# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    OmegaCodes.h
    OmegaJson.h OmegaJson.cpp
    PythonJson.h PythonJson.cpp
    CheckpointFile.h CheckpointFile.cpp
    OmegaDirectory.h OmegaDirectory.cpp
    OmegaSeries.h OmegaSeries.cpp
    OmegaAnalysis.h OmegaAnalysis.cpp OmegaReportJson.cpp
    OmegaHardened.h OmegaHardened.cpp
    OmegaSimulator.h OmegaSimulator.cpp
)
