// SPDX-License-Identifier: GPL-3.0-or-later
// The verifier over a whole image: chain, seals, signatures, markers, damage regions and
// the recovery emulation, with the simulation's trust store and (when the first byte is
// odd, as the file magic is) its storage keys. Inputs above 320 KiB are skipped so a
// run keeps a useful number of executions per second.
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "verify/Verifier.h"

using namespace seedscope;

namespace {
constexpr size_t kMaxImage = 320 * 1024; // the simulated seed images are 291 KiB
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxImage)
        return 0;
    const QByteArrayView in = fuzz::view(data, size);
    const verify::EvidenceSummary es{QStringLiteral("/fuzz/dev.seeddump"), QStringLiteral("dev.seeddump"), qint64(size), QByteArray(32, '\0')};
    // The trust store is optional for the verifier: the last byte decides, so both the
    // "unknown key" and the registered-device branches run.
    std::optional<ledger::TrustStore> trust;
    if (size > 0 && (data[size - 1] & 1))
        trust = fuzz::fuzzKeys().trust;
    const QList<crypto::SecureBytes> keys = fuzz::storageKeysToTry(size > 0 && (data[0] & 1));
    if (keys.isEmpty())
        (void)verify::verifyImage(in, es, std::nullopt, trust);
    for (const crypto::SecureBytes &k : keys) {
        const verify::VerifyReport r = verify::verifyImage(in, es, std::optional<crypto::SecureBytes>(k), trust);
        bool failed = false;
        for (const Finding &f : r.findings)
            failed |= f.code == QLatin1String("JOURNAL_DECRYPT_FAILED") || f.code == QLatin1String("SLOT_DECRYPT_FAILED");
        if (!failed)
            break;
    }
    return 0;
}
