// SPDX-License-Identifier: GPL-3.0-or-later
// The folder-level Omega analysis on an in-memory folder decoded from the input: listing
// and name handling (raw byte names, undecodable ones included), the manifest check with
// the trusted-key branch, decryption of .enc files, the original loader's emulation,
// ordering, gaps and continuity. Input: one flags byte, then entries "name NUL content"
// separated by kEntrySeparator (seeds are simulated folders written that way).
//   flags bit 0: trust the simulation's node key (--trust-key)
//   flags bit 1: give the node secret (--key-file), so encrypted files decrypt
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "omega/OmegaAnalysis.h"
#include "omega/OmegaDirectory.h"

using namespace seedscope;

namespace {
constexpr size_t kMaxInput = 1 << 20;
constexpr int kMaxEntries = 64;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > kMaxInput)
        return 0;
    const uint8_t flags = data[0];
    QByteArrayView rest = fuzz::view(data + 1, size - 1);
    QList<omega::MemoryFile> files;
    while (!rest.isEmpty() && files.size() < kMaxEntries) {
        const qsizetype cut = rest.indexOf(fuzz::kEntrySeparator);
        const QByteArrayView entry = cut < 0 ? rest : rest.first(cut);
        rest = cut < 0 ? QByteArrayView() : rest.sliced(cut + fuzz::kEntrySeparator.size());
        const auto [name, content] = fuzz::splitAtNul(entry);
        if (name.isEmpty() || name.contains('/'))
            continue; // not a name a directory can hold
        files.append({name.toByteArray(), content.toByteArray()});
    }
    omega::AnalysisOptions o;
    o.now = 1762695600.0;
    const fuzz::FuzzKeys &k = fuzz::fuzzKeys();
    if (flags & 1)
        o.trustedPublicKey = k.nodePublicKey;
    if (flags & 2)
        o.nodeSecret = k.nodeSecret;
    const omega::OmegaReport r = omega::analyzeOmegaListing(omega::memoryListing(QStringLiteral("fuzz"), files), o);
    (void)omega::reportToJson(r);
    return 0;
}
