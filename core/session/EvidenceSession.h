// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EvidenceSession: one object per opened piece of evidence (a Seed dump file or an Omega
// checkpoint folder). The CLI, the workbench, case files and reports all go through it,
// so opening rules (read-only, size caps, raw file names, change detection) hold for all.
//
// Stages, each taking a Progress (report + cancel) and each returning ErrorCode::Cancelled
// when the token trips, leaving the session as it was before the stage began:
//   open()           stat + cap check, map read-only, hash, detect the kind, index
//   verify()         the forensic verifier (dumps) / the folder analysis (Omega)
//   buildTimeline()  ledger replay for state-at-entry, provenance and chart series (dumps)
// A stage may be re-run; a later successful run replaces the earlier results as a whole.
//
// Thread-safety contract:
//   - Stage calls (verify, buildTimeline) are serialised by the session (a second call
//     waits for the first). They may run on a worker thread.
//   - Every const accessor is safe from any thread at any time, also while a stage runs:
//     a stage publishes its results in one step when it completes, and an accessor sees
//     either the previous results or the new ones, never a mix. Accessors for a stage
//     that has not completed return empty values (hasVerify() / hasTimeline() say which).
//   - Index data (recordCount, record, decode, bytes, structure) is fixed at open.
//
// Evidence that changes while it is read (truncated, rewritten) never crashes the
// process: reads past a shrunken end see zeros and the session notes the change; the
// verify stage then adds EVIDENCE_CHANGED_DURING_READ (critical) and marks the report
// void (exit code 3). docs/security.md lists the caps.

#include "dump/DumpImage.h"
#include "evidence/EvidenceFile.h"
#include "findings/Finding.h"
#include "dumpledger/DumpLedger.h"
#include "ledger/Replay.h"
#include "omega/OmegaAnalysis.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "verify/VerifyReport.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace seedscope::session {

// What to open. `path` is for people and Qt (shown, used for Omega folders); `native` is
// the file name as the operating system knows it (argv bytes), so names that are not valid
// UTF-8 still open. Either may be empty; native() falls back to QFile::encodeName(path).
struct EvidenceRef {
    QString path;
    QByteArray nativePath;

    static EvidenceRef fromPath(const QString &path);
    static EvidenceRef fromNative(const QByteArray &nativePath); // path = decodeName(native)
    QByteArray native() const;
};

enum class EvidenceKind { SeedDump, OmegaFolder };
const char *evidenceKindName(EvidenceKind k); // "seed-dump", "omega-folder"

// Largest dump file a session opens (checked by stat before anything is read, then mapped,
// not copied, and hashed). The reader's analysis keeps its own, lower cap
// (dump::kMaxDumpImageBytes) while it copies payloads; docs/security.md explains both.
inline constexpr qint64 kMaxSessionImageBytes = qint64(16) << 30; // 16 GiB

struct SessionOptions {
    QStringList keyFiles;      // storage key candidates (dumps); matched by name first
    QString keysDir;           // <dump-base-name>.key inside it
    QString trustStorePath;    // optional network trust store
    qint64 maxImageBytes = kMaxSessionImageBytes; // checked by stat before anything is read
    omega::AnalysisOptions omega; // Omega folders: examination time, keys
};

// Plain verdict per evidence, for a header line or a case summary.
enum class SessionVerdict {
    Clean,    // nothing above info
    Damaged,  // media damage explains everything (torn tail, corruption)
    Tampered, // at least one tampering verdict or critical authenticity failure
    Unknown,  // problems media damage cannot explain but that do not prove tampering
    Void,     // the evidence changed while it was read: no claim can be made
};
const char *sessionVerdictName(SessionVerdict v); // "clean", "damaged", "tampered", "unknown", "void"

struct VerdictSummary {
    SessionVerdict verdict = SessionVerdict::Unknown;
    QString sentence;          // one plain sentence
    bool tornTail = false;
    bool corruption = false;
    Findings rootCauses;       // the findings that decide the verdict (worst first)
    int exitCode = 0;          // exitcode:: value for this evidence
};

// Status of one journal record, as flags (compact; see RecordSummary::flags).
enum RecordFlag : uint16_t {
    HeaderCrcOk = 1 << 0,
    PayloadCrcOk = 1 << 1,
    ChainOk = 1 << 2,       // prev_hash equals the previous record's payload hash
    HasFinding = 1 << 3,    // at least one verify finding points into this record (after verify)
    IsEntry = 1 << 4,       // an ENTRY record whose entry decoded
    Encrypted = 1 << 5,
    KnownType = 1 << 6,
};

enum class SignatureState { NotChecked, Valid, Invalid, UnknownKey };
const char *signatureStateName(SignatureState s);
enum class TrustState { NotChecked, Trusted, Untrusted };
const char *trustStateName(TrustState s);

// One row of the journal table (storage order index i).
struct RecordSummary {
    int index = -1;             // storage order (0..recordCount-1)
    int canonicalIndex = -1;    // position in the replay's canonical order; -1 before buildTimeline or not an entry
    qint64 offset = 0;          // absolute offset of the record header
    qint64 length = 0;          // footprint on flash (header + payload + padding)
    uint8_t recordType = 0;     // dump::RecordType value
    QString kind;               // "ENTRY", "SEAL", ...
    uint64_t seq = 0;
    uint64_t lamport = 0;
    int deviceIndex = -1;       // index into devices() of the entry's origin; -1 when none
    std::optional<ledger::EntryType> entryType;
    QByteArray from, to;        // account ids (raw bytes) where the entry type has them
    int64_t amount = 0;         // integer minor units
    uint16_t flags = 0;         // RecordFlag bits
    dump::DecryptState decrypt = dump::DecryptState::Plain;
    SignatureState signature = SignatureState::NotChecked; // after buildTimeline
    TrustState trust = TrustState::NotChecked;             // after buildTimeline
    std::optional<ledger::EntryStatus> status;             // after buildTimeline
    bool has(RecordFlag f) const { return flags & f; }
};

// One decoded field with the bytes it came from, for an inspector beside a hex view.
struct FieldSpan {
    QString name;               // "header.seq", "entry.amount", ...
    qint64 offset = 0;          // absolute evidence offset; -1 for fields inside ciphertext
    qint64 length = 0;
    QString value;              // decoded, as text
    FindingText valueText;      // `value`'s translatable form (the inspector shows it translated)
};

struct DecodedRecord {
    int index = -1;
    qint64 offset = 0;
    qint64 length = 0;
    QList<FieldSpan> fields;
    QString note;               // "payload encrypted, no key", "entry did not decode: ..."
    FindingText noteText;       // `note`'s translatable form
};

// The device's layout as a flat tree (parent = index into the list, -1 = root level).
struct StructureNode {
    int parent = -1;
    QString label;              // "superblock 0", "checkpoint slot 2", "journal block 5", ...
    QString kind;               // "superblock", "identity", "slot", "journal", "journal-block", "markers", "marker-block", "marker"
    qint64 offset = -1;
    qint64 length = 0;
    QString state;              // "valid", "committed", "erased", "damaged", ...
    FindingText labelText, stateText; // `label`'s and `state`'s translatable forms (the evidence tree shows them)
};

// Chart series over Lamport time, computed from the replay's events.
struct TrustSeries {
    QByteArray account;
    QList<uint64_t> lamport;
    QList<int32_t> trust;       // tenths, after each change (first point: the start value)
};
struct PoolSeries {
    QByteArray group;
    QList<uint64_t> lamport;
    QList<int64_t> pool;        // minor units after each change
};
struct CycleTransition {
    QByteArray group;
    uint64_t lamport = 0;
    int canonicalIndex = -1;
    QString reason;             // the event reason ("round_completed", ...)
    int64_t before = 0, after = 0; // group status codes or cycle numbers as the event carries them
};

class EvidenceSession {
public:
    static Result<std::shared_ptr<EvidenceSession>> open(const EvidenceRef &ref, const SessionOptions &options = {},
                                                         const Progress &progress = {});
    ~EvidenceSession();
    EvidenceSession(const EvidenceSession &) = delete;
    EvidenceSession &operator=(const EvidenceSession &) = delete;

    EvidenceKind kind() const;
    const EvidenceRef &ref() const;
    const EvidenceIdentity &identity() const; // path, name, size, SHA-256 at open, mtime
    const SessionOptions &options() const;

    // ---- stages
    Status verify(const Progress &progress = {});
    Status buildTimeline(const Progress &progress = {});
    bool hasVerify() const;
    bool hasTimeline() const;

    // True once any read saw the evidence change (size, mtime or hash differ from open).
    bool evidenceChanged() const;
    // Re-stats and re-hashes the evidence now; true when it still matches what was opened.
    Result<bool> checkUnchanged(const Progress &progress = {}) const;

    // ---- verify results (empty before verify())
    std::shared_ptr<const verify::VerifyReport> verifyReport() const; // dumps
    Findings findings() const;          // verify findings (dump) or Omega findings
    VerdictSummary verdict() const;     // Unknown with "not verified yet" before verify()

    // ---- journal table (dumps; fixed at open)
    int recordCount() const;
    RecordSummary record(int storageIndex) const;
    Result<DecodedRecord> decode(int storageIndex) const;
    QList<QByteArray> devices() const;  // origin device ids seen (the dump's own device first)
    QByteArray bytes(qint64 offset, qint64 length) const; // clipped to the evidence; zeros if it shrank
    QList<StructureNode> structure() const;
    QString encryptionNote() const;     // which key decrypted, or why nothing did

    // ---- timeline (empty / -1 before buildTimeline())
    int entryCount() const;                 // entries in canonical order
    int canonicalToStorage(int canonicalIndex) const; // -1 when none
    int storageToCanonical(int storageIndex) const;   // -1 when none
    std::optional<ledger::EntryOutcome> outcome(int canonicalIndex) const;
    Result<ledger::LedgerState> stateAfter(int canonicalIndex) const; // -1 = start state
    QList<ledger::ProvenanceItem> provenance(const QByteArray &account, int upTo) const;
    QList<TrustSeries> trustSeries() const;
    QList<PoolSeries> poolSeries() const;
    QList<CycleTransition> cycleTransitions() const;
    QString timelineStart() const;          // "genesis" or "checkpoint N"

    // ---- Omega folders (null before verify())
    std::shared_ptr<const omega::OmegaReport> omegaReport() const;

    // ---- the engine's own views, for printers written before the session (info, replay).
    // image(): the reader's view (dumps; fixed at open). ledger()/replay(): after
    // buildTimeline(), null before.
    std::shared_ptr<const dump::DumpImage> image() const;
    std::shared_ptr<const ledger::DumpLedger> ledger() const;
    std::shared_ptr<const ledger::DumpReplay> replay() const;

    struct Impl;

private:
    EvidenceSession();
    std::unique_ptr<Impl> d;
};

} // namespace seedscope::session
