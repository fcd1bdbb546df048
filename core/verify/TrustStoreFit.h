// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Does the trust store the examiner supplied fit this dump? A trust store for another
// network, or one that names this device with another key than its intact identity
// header holds (while the device's own signed records verify under the header's key and
// none under the trust store's), is the examiner's input problem: one
// TRUST_STORE_MISMATCH finding, no verdict, exit code 4 when nothing else is wrong
// (docs/findings/verify.md). Never a verdict on the device.

#include "dump/DumpImage.h"
#include "ledger/Proof.h"

namespace seedscope::verify {

struct TrustStoreFit {
    bool usable = true;             // false: the trust store cannot speak for this network at all
    std::optional<Finding> finding; // TRUST_STORE_MISMATCH, when it does not fit
};

TrustStoreFit trustStoreFit(const dump::DumpImage &img, const ledger::TrustStore &trust);

} // namespace seedscope::verify
