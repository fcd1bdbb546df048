# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES
    Format.h Format.cpp
    DumpCrypto.h DumpCrypto.cpp
    DumpImage.h
    DumpReader.h DumpReader.cpp RecordScanner.cpp
    KeyFit.h KeyFit.cpp)
