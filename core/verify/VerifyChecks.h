// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verifier's own checks, one function per concern, each appending Findings. Shared
// by Verifier.cpp (which orchestrates) and the tests; not a public API.

#include "dump/DumpImage.h"
#include "dumpledger/CheckpointLoads.h"
#include "dumpledger/DumpLedger.h"
#include "verify/VerifyReport.h"

#include <QHash>
#include <QSet>

#include <utility>
#include <vector>

namespace seedscope::verify::detail {

// Codes this layer adds (docs/findings/verify.md).
namespace code {
inline constexpr char kChainBreak[] = "CHAIN_BREAK";
inline constexpr char kSeqGap[] = "SEQ_GAP";
inline constexpr char kSeqDuplicate[] = "SEQ_DUPLICATE";
inline constexpr char kEntryDuplicate[] = "ENTRY_DUPLICATE";
inline constexpr char kFallbackUsed[] = "CHECKPOINT_FALLBACK_USED";
inline constexpr char kLamportRegression[] = "LAMPORT_REGRESSION";
inline constexpr char kEpochHeadUnknown[] = "EPOCH_HEAD_UNKNOWN";
inline constexpr char kSigInvalid[] = "SIG_INVALID";
inline constexpr char kKeyUnregistered[] = "KEY_UNREGISTERED";
inline constexpr char kDoubleSpend[] = "DOUBLE_SPEND";
inline constexpr char kSealSigInvalid[] = "SEAL_SIGNATURE_INVALID";
inline constexpr char kSealMismatch[] = "SEAL_CHAIN_MISMATCH";
inline constexpr char kSealLogRoot[] = "SEAL_LOG_ROOT_MISMATCH";
inline constexpr char kJournalTruncated[] = "JOURNAL_TRUNCATED";
inline constexpr char kUnsealedTail[] = "UNSEALED_TAIL";
inline constexpr char kSlotSigInvalid[] = "SLOT_SIGNATURE_INVALID";
inline constexpr char kCheckpointChain[] = "CHECKPOINT_CHAIN_MISMATCH";
inline constexpr char kCheckpointLamport[] = "CHECKPOINT_LAMPORT_BELOW_JOURNAL";
inline constexpr char kCheckpointRoot[] = "CHECKPOINT_ROOT_MISMATCH";
inline constexpr char kMarkerChain[] = "MARKER_CHAIN_BREAK";
inline constexpr char kUnknownRange[] = "JOURNAL_UNKNOWN_RANGE";
inline constexpr char kNotChecked[] = "VERIFY_NOT_CHECKED";
inline constexpr char kNoValidCheckpoint[] = "NO_VALID_CHECKPOINT";
inline constexpr char kBootMismatch[] = "BOOT_MARKER_MISMATCH";
inline constexpr char kBootFallback[] = "BOOT_FALLBACK_WITH_VALID_ACTIVE";
inline constexpr char kRecoveryMismatch[] = "RECOVERY_MARKER_MISMATCH";
inline constexpr char kRecoveryMissing[] = "RECOVERY_MARKER_MISSING";
inline constexpr char kDeltaBaseReused[] = "CHECKPOINT_DELTA_BASE_REUSED";
inline constexpr char kCheckpointUnprovable[] = "CHECKPOINT_UNPROVABLE";
} // namespace code

using seedscope::makeFinding; // findings/Finding.h

// The payload hash of every CRC-clean ENTRY record by its sequence (several for one
// sequence when a recovery re-used sequence numbers in a new epoch): sorted by sequence,
// copies of one in storage order, each the address of the 32 digest bytes the image's
// record holds (which must outlive it). A hash of byte-string lists cost an allocation per
// record and per lookup; 16 bytes an entry, sorted in place only when storage order is
// not sequence order already (a sort's buffer was another 24 at verify's peak).
class SeqHashes {
public:
    bool contains(uint64_t seq, QByteArrayView hash) const;
    bool hasSeq(uint64_t seq) const;
    QByteArray latest(uint64_t seq) const; // the copy stored last; empty if none
    uint64_t minSeq() const { return m_bySeq.empty() ? ~uint64_t(0) : m_bySeq.front().first; }
    uint64_t maxSeq() const { return m_bySeq.empty() ? 0 : m_bySeq.back().first; }

private:
    friend SeqHashes entryHashes(const dump::DumpImage &img);
    std::vector<std::pair<uint64_t, const char *>> m_bySeq;
};
SeqHashes entryHashes(const dump::DumpImage &img);

// Hash chain, sequence continuity, Lamport order of the journal (storage order, epoch-aware).
void checkJournalChain(const dump::DumpImage &img, const SeqHashes &hashes, Findings &out);
// SEAL markers and checkpoint slots as anchors of the chain; unsealed tail.
void checkAnchors(const dump::DumpImage &img, const SeqHashes &hashes, Findings &out);
// The marker log's own hash chain.
void checkMarkerChain(const dump::DumpImage &img, Findings &out);
// Damage regions (reader verdicts) and explicit UNKNOWN ranges past unparseable bytes.
QList<DamageRegion> damageRegions(QByteArrayView image, const dump::DumpImage &img, Findings &out);
// Entry signatures by the dump's own keys (no trust store): parallel (util/Parallel.h).
void checkOwnSignatures(const dump::DumpImage &img, const ledger::DumpLedger &l, Findings &out);
// Replay outcomes mapped to the verifier's vocabulary (SIG_INVALID, KEY_UNREGISTERED,
// DOUBLE_SPEND, CHECKPOINT_ROOT_MISMATCH), replacing the ledger findings they restate.
void mapReplay(const ledger::DumpLedger &l, const ledger::DumpReplay &r, const dump::DumpImage &img, Findings &out);

// Boot-time recovery over the image (format section 12, dumpledger/BootRecovery.h) and its
// comparison with the device's markers. The marker comparison uses no ledger state, so
// `l` is not read there.
// `loads` (one per image) remembers decoded checkpoint chains across these calls;
// `verdicts`, the signature verdicts reached for l->items, spare the walk's checks.
RecoveryEmulation emulateRecovery(QByteArrayView image, const dump::DumpImage &img, const ledger::DumpLedger *l,
                                  uint32_t beforeEpoch, ledger::CheckpointLoads &loads,
                                  const ledger::ItemVerdicts *verdicts = nullptr);
void checkBootMarkers(QByteArrayView image, const dump::DumpImage &img, const ledger::DumpLedger *l, ledger::CheckpointLoads &loads,
                      Findings &out);

bool isJournalDamage(const Finding &f);

// Narrows SLOT_PAYLOAD_CRC_MISMATCH findings to the bytes that differ from the state the
// journal proves for that checkpoint (encrypted payloads compared as ciphertext).
void pinpointSlotDamage(const dump::DumpImage &img, const ledger::DumpLedger &l, const ledger::Timeline &t,
                        const crypto::SecureBytes *storageKey, Findings &out);
// Whether pinpointSlotDamage has a finding to narrow (it then needs a timeline that kept
// every outcome).
bool hasSlotDamageToPinpoint(const dump::DumpImage &img, const Findings &findings, const crypto::SecureBytes *storageKey);

// What media damage could hide from the chain: an entry whose record is damaged, bytes
// no length can be trusted over, or a file cut short (docs/findings/verdicts.md). A
// tampering verdict needs evidence this cannot explain.
struct JournalDamage {
    bool any = false;              // any damage finding in the journal, or the image is cut
    QSet<uint64_t> damagedSeqs;    // seq of ENTRY records whose header holds but payload does not
    bool unreadableRanges = false; // damage whose records cannot even be named
};
JournalDamage journalDamage(const dump::DumpImage &img);

} // namespace seedscope::verify::detail
