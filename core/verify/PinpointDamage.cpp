// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged checkpoint payload is located to the bytes that differ from the state the
// journal proves for it, instead of the whole slot (up to tens of KiB): the verifier
// replays the journal anyway, and a FULL or DELTA payload is a deterministic encoding of
// that state (ledger-encoding.md). An encrypted payload is compared as ciphertext: the
// proven state is encrypted under the slot's own key, nonce and header (AES-GCM is a
// stream cipher, so a flipped stored bit differs at the same position), and nothing is
// ever decrypted from the damaged bytes. The comparison only says where bytes differ; it
// is never evidence of what the damaged bytes held.
// Limitation: the proven state at a journal sequence comes from the canonical replay, which
// equals the device's storage-order state at the newest checkpoints but not always at
// older DELTA checkpoints of a mesh (entries that arrived out of canonical order); such a
// payload does not reproduce and keeps its whole range.
#include "crypto/Aead.h"
#include "dump/DumpCrypto.h"
#include "ledger/StateRecords.h"
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

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

} // namespace

void pinpointSlotDamage(const DumpImage &img, const ledger::DumpLedger &l, const ledger::Timeline &t, const crypto::SecureBytes *storageKey,
                        Findings &out)
{
    for (Finding &f : out) {
        if (f.code != QLatin1String("SLOT_PAYLOAD_CRC_MISMATCH") || f.length <= 4096)
            continue;
        const SlotInfo *s = nullptr;
        for (const SlotInfo &x : img.checkpointSlots)
            if (x.headerValid && x.payloadOffset == f.offset)
                s = &x;
        if (!s || (s->header.encrypted() && !storageKey))
            continue;
        QByteArray expected;
        if (s->header.kind == uint8_t(CheckpointKind::Full)) {
            expected = ledger::encodeFullState(provenState(t, s->header));
        } else if (s->header.kind == uint8_t(CheckpointKind::Delta)) {
            // The base is the intact base checkpoint's own decoded state (root-checked).
            const ledger::DumpCheckpoint *base = ledger::decodedDeltaBase(l.checkpoints, s->header.baseSeq, s->header.baseStateRoot);
            if (!base)
                continue;
            expected = ledger::encodeDelta(*base->state, provenState(t, s->header));
        }
        if (s->header.encrypted() && !expected.isEmpty()) {
            auto key = checkpointKey(*storageKey, s->header.deviceId, s->header.kind, s->header.checkpointSeq, s->header.kdfSalt);
            if (!key)
                continue;
            auto ct = crypto::aesGcmSeal(key->view(), s->header.nonce, slotAad(encodeSlotHeader(s->header)), expected);
            if (!ct)
                continue;
            expected = *ct;
        }
        if (expected.size() != s->payload.size())
            continue; // not a reproduction of this payload (see the note at the top): keep the whole range // not a reproduction of this payload: keep the whole range
        qint64 first = -1, last = -1;
        for (qint64 i = 0; i < expected.size(); ++i)
            if (expected[i] != s->payload[i]) {
                if (first < 0)
                    first = i;
                last = i;
            }
        if (first < 0 || last - first >= 4096)
            continue;
        f.offset = s->payloadOffset + first;
        f.length = last - first + 1;
        f.explanation += QStringLiteral(" Located by comparing the payload with the state the journal proves for this checkpoint: %1 byte(s) from %2 differ.")
                             .arg(f.length).arg(formatOffset(f.offset));
    }
}

} // namespace seedscope::verify::detail
