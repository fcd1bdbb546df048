// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The translatable form of the one-sentence reason applyEntry() gives for a rejected,
// duplicate or pending entry (ApplyResult::detail). The replay keeps only the English
// sentence per entry (memory); the few findings that show one recover its template here.

#include "findings/FindingText.h"

namespace seedscope::ledger {

// The detail as a template and its values when it is one applyEntry() composes (its
// English rendering is then exactly `detail`); otherwise `detail` as a plain value.
FindingText rejectionText(const QString &detail);

} // namespace seedscope::ledger
