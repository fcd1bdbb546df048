// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The signature verdict reached for each journal item, one byte each, indexed like the
// list of items the ledger view holds (DumpLedger::items, storage order). One check
// fills it; the replay, the checkpoint cross-proofs and the recovery walk read it instead
// of checking the same signatures again. A hash of verdicts by record offset cost about
// 40 bytes per entry and a lookup per use; this costs one byte and an index.

#include "ledger/Apply.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace seedscope::ledger {

class ItemVerdicts {
public:
    ItemVerdicts() = default;
    explicit ItemVerdicts(qsizetype items) : m_codes(size_t(std::max<qsizetype>(items, 0)), kNone) {}

    qsizetype size() const { return qsizetype(m_codes.size()); }
    bool has(qsizetype item) const { return item >= 0 && item < size() && m_codes[size_t(item)] != kNone; }
    // has(item) must hold.
    SignatureVerdict at(qsizetype item) const
    {
        const uint8_t c = m_codes[size_t(item)];
        return SignatureVerdict{SignatureStatus(c >> 1), (c & 1) != 0};
    }
    // Distinct items may be set from distinct threads at once (one byte each, no shared word).
    void set(qsizetype item, const SignatureVerdict &v) { m_codes[size_t(item)] = uint8_t(uint8_t(v.status) << 1 | (v.certified ? 1 : 0)); }

private:
    static constexpr uint8_t kNone = 0xff;
    std::vector<uint8_t> m_codes;
};

// Verdicts that arrive while their reader runs: the signature checks fill an ItemVerdicts
// on worker threads, and a replay beside them reads each item's verdict only when it
// applies that entry. The checks go in storage order, close to canonical order, so the
// replay trails them instead of waiting for all of them first.
class VerdictFeed {
public:
    virtual ~VerdictFeed() = default;
    // Blocks until the item's verdict is set in the ItemVerdicts this feeds, and makes its
    // write visible to the caller. False when the work was cancelled or a stop requested
    // (the verdict may then never come); a caller stops too.
    virtual bool await(qsizetype item) const = 0;
    // The same for every item it covers.
    virtual bool awaitAll() const = 0;
};

} // namespace seedscope::ledger
