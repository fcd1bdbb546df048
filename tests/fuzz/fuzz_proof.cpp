// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone proof verifier, which an auditor runs on a file someone handed them:
// input = trust-store JSON, NUL, proof JSON (both hostile). The seed pairs a real trust
// store with a real proof so the fuzzer reaches the Merkle path and signature checks.
#include "FuzzInput.h"
#include "ledger/Proof.h"

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [trustBytes, proofBytes] = fuzz::splitAtNul(fuzz::view(data, size));
    auto trust = ledger::parseTrustStore(trustBytes);
    const ledger::TrustStore store = trust ? *trust : ledger::TrustStore{};
    (void)ledger::verifyProof(proofBytes.isNull() ? trustBytes : proofBytes, store);
    if (trust)
        (void)ledger::keyDirectoryFromTrustStore(*trust);
    return 0;
}
