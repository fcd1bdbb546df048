# SPDX-License-Identifier: GPL-3.0-or-later
set(SOURCES OmegaView.h OmegaView.cpp)
