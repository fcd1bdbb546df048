// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged checkpoint payload is located to the bytes that differ from the state the
// journal proves for it, instead of the whole slot (up to tens of KiB): the verifier
// replays the journal anyway, and a FULL or DELTA payload is a deterministic encoding of
// that state (ledger-encoding.md). An encrypted payload is compared as ciphertext: the
// proven state is encrypted under the slot's own key, nonce and header (AES-GCM is a
// stream cipher, so a flipped stored bit differs at the same position), and nothing is
// ever decrypted from the damaged bytes. The comparison only says where bytes differ; it
// is never evidence of what the damaged bytes held.
// The proven state at a journal sequence comes from the canonical replay, which equals
// the device's storage-order state at the newest checkpoints but not always at older
// DELTA checkpoints of a mesh (entries that arrived out of canonical order); for those the
// storage-order replay from the checkpoint's base stands in, used only when it reproduces
// the signed state_root. A payload neither reproduces keeps its whole range.
#include "crypto/Aead.h"
#include "dump/DumpCrypto.h"
#include "ledger/Apply.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

#include <algorithm>

namespace seedscope::verify::detail {

using namespace seedscope::dump;

namespace {

// The state the journal proves for a checkpoint covering `journalSeq` (its position is the
// checkpoint's; everything else comes from the replay).
ledger::LedgerState provenState(const ledger::Timeline &t, const SlotHeader &h)
{
    ledger::LedgerState st = t.stateAtJournalSeq(h.journalSeq);
    st.journalPosition = h.journalSeq;
    return st;
}

// What the device itself held at the checkpoint: it applies entries in storage order
// (format section 12, step 3), which differs from the canonical replay when a mesh
// delivered entries out of canonical order. Replayed in storage order from the DELTA's
// base (a FULL: from the newest decoded checkpoint before it, else genesis) and used only
// when its root is the state_root the slot header signs, so it is exactly what the device
// encoded.
std::optional<ledger::LedgerState> storageOrderState(const ledger::DumpLedger &l, const SlotHeader &h, const ledger::DumpCheckpoint *base)
{
    const ledger::DumpCheckpoint *from = base;
    if (!from)
        for (const ledger::DumpCheckpoint &c : l.checkpoints)
            if (c.state && c.checkpointSeq < h.checkpointSeq && c.journalSeq <= h.journalSeq && (!from || c.checkpointSeq > from->checkpointSeq))
                from = &c;
    ledger::LedgerState st = from ? *from->state : ledger::LedgerState{};
    const uint64_t after = from ? from->journalSeq : 0;
    for (const ledger::JournalItem &i : l.items)
        if (i.decodes() && i.journalSeq > after && i.journalSeq <= h.journalSeq)
            ledger::applyEntry(st, i.entry(), l.keys, l.params);
    st.journalPosition = h.journalSeq;
    if (ledger::stateRoot(st) != h.stateRoot)
        return std::nullopt;
    return st;
}

// The damaged slot a finding names, when its payload is worth locating and can be.
const SlotInfo *slotToPinpoint(const DumpImage &img, const Finding &f, const crypto::SecureBytes *storageKey)
{
    if (f.code != QLatin1String("SLOT_PAYLOAD_CRC_MISMATCH") || f.length <= 4096)
        return nullptr;
    const SlotInfo *s = nullptr;
    for (const SlotInfo &x : img.checkpointSlots)
        if (x.headerValid && x.payloadOffset == f.offset)
            s = &x;
    if (!s || (s->header.encrypted() && !storageKey))
        return nullptr;
    return s;
}

} // namespace

bool hasSlotDamageToPinpoint(const DumpImage &img, const Findings &findings, const crypto::SecureBytes *storageKey)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return slotToPinpoint(img, f, storageKey); });
}

void pinpointSlotDamage(const DumpImage &img, const ledger::DumpLedger &l, const ledger::Timeline &t, const crypto::SecureBytes *storageKey,
                        Findings &out)
{
    for (Finding &f : out) {
        const SlotInfo *s = slotToPinpoint(img, f, storageKey);
        if (!s)
            continue;
        const ledger::DumpCheckpoint *base = nullptr;
        if (s->header.kind == uint8_t(CheckpointKind::Delta)) {
            // The base is the intact base checkpoint's own decoded state (root-checked).
            base = ledger::decodedDeltaBase(l.checkpoints, s->header.baseSeq, s->header.baseStateRoot);
            if (!base)
                continue;
        } else if (s->header.kind != uint8_t(CheckpointKind::Full)) {
            continue;
        }
        // The payload the device would have written for `proven`, as stored; the range of
        // bytes that differ from it, when it is one reproduction of this payload.
        auto differing = [&](const ledger::LedgerState &proven) -> std::optional<QPair<qint64, qint64>> {
            QByteArray expected = base ? ledger::encodeDelta(*base->state, proven) : ledger::encodeFullState(proven);
            if (s->header.encrypted()) {
                auto key = checkpointKey(*storageKey, s->header.deviceId, s->header.kind, s->header.checkpointSeq, s->header.kdfSalt);
                if (!key)
                    return std::nullopt;
                auto ct = crypto::aesGcmSeal(key->view(), s->header.nonce, slotAad(encodeSlotHeader(s->header)), expected);
                if (!ct)
                    return std::nullopt;
                expected = *ct;
            }
            if (expected.size() != s->payload.size())
                return std::nullopt; // not a reproduction of this payload
            qint64 first = -1, last = -1;
            for (qint64 i = 0; i < expected.size(); ++i)
                if (expected[i] != s->payload[i]) {
                    if (first < 0)
                        first = i;
                    last = i;
                }
            if (first < 0 || last - first >= 4096)
                return std::nullopt;
            return QPair<qint64, qint64>{first, last};
        };
        auto range = differing(provenState(t, s->header));
        if (!range)
            if (auto st = storageOrderState(l, s->header, base))
                range = differing(*st);
        if (!range)
            continue;
        const qint64 first = range->first, last = range->second;
        f.offset = s->payloadOffset + first;
        f.length = last - first + 1;
        // One template for the whole sentence, so the translated words say what the English does.
        const FindingText before = f.texts.get() ? f.texts.get()->explanation : FindingText();
        f.setText(FindingField::Explanation,
                  ftr(QT_TRANSLATE_NOOP("Finding", "%1 Located by comparing the payload with the state the journal proves for this checkpoint: %2 byte(s) from %3 differ."),
                      before.translatable() ? before : FindingText(f.explanation), f.length, formatOffset(f.offset)));
    }
}

} // namespace seedscope::verify::detail
