// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// On-demand decoding for the inspector: one journal record's fields with the absolute
// byte spans they came from, and the device's layout as a flat tree.

#include "dump/DumpImage.h"
#include "session/EvidenceSession.h"

namespace seedscope::session {

DecodedRecord decodeRecord(const dump::DumpImage &img, int journalPosition, int storageIndex);
QList<StructureNode> describeStructure(const dump::DumpImage &img);

} // namespace seedscope::session
