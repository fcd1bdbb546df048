// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/EvidenceSession.h"

#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "omega/OmegaDirectory.h"
#include "session/EvidenceKindDetector.h"
#include "session/RecordDecoder.h"
#include "session/RecordIndex.h"
#include "session/SessionSeries.h"
#include "session/SessionVerdict.h"
#include "util/Hex.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <thread>

namespace seedscope::session {

using dump::DumpImage;

EvidenceRef EvidenceRef::fromPath(const QString &path) { return EvidenceRef{path, QFile::encodeName(path)}; }
EvidenceRef EvidenceRef::fromNative(const QByteArray &nativePath) { return EvidenceRef{QFile::decodeName(nativePath), nativePath}; }
QByteArray EvidenceRef::native() const { return nativePath.isEmpty() ? QFile::encodeName(path) : nativePath; }

const char *evidenceKindName(EvidenceKind k) { return k == EvidenceKind::SeedDump ? "seed-dump" : "omega-folder"; }

const char *signatureStateName(SignatureState s)
{
    switch (s) {
    case SignatureState::NotChecked: return "not_checked";
    case SignatureState::Valid: return "valid";
    case SignatureState::Invalid: return "invalid";
    case SignatureState::UnknownKey: return "unknown_key";
    }
    return "not_checked";
}

const char *trustStateName(TrustState s)
{
    switch (s) {
    case TrustState::NotChecked: return "not_checked";
    case TrustState::Trusted: return "trusted";
    case TrustState::Untrusted: return "untrusted";
    }
    return "not_checked";
}

namespace {

struct VerifyResults {
    std::shared_ptr<const verify::VerifyReport> report;
    std::shared_ptr<const omega::OmegaReport> omega;
    Findings findings;
    VerdictSummary verdict;
    std::vector<bool> recordHasFinding; // by storage index
};

struct TimelineResults {
    ledger::DumpLedger ledger;
    ledger::DumpReplay replay;
    std::vector<int> storageToCanonical; // by journal storage index
    std::vector<int> canonicalToStorage;
    std::vector<uint8_t> signature;      // SignatureState by storage index
    std::vector<uint8_t> trust;          // TrustState by storage index
    std::vector<int8_t> status;          // EntryStatus by storage index, -1 none
    ChartSeries series;
};

Error cancelled(const QString &stage) { return makeError(ErrorCode::Cancelled, QStringLiteral("%1 cancelled").arg(stage)); }

} // namespace

struct EvidenceSession::Impl {
    EvidenceRef ref;
    SessionOptions options;
    EvidenceKind kind = EvidenceKind::SeedDump;
    EvidenceIdentity identity;
    std::shared_ptr<EvidenceFile> file;        // dumps
    std::optional<crypto::SecureBytes> key;
    QString keyFile;
    QString encryptionNote;
    std::optional<ledger::TrustStore> trust;
    std::shared_ptr<const DumpImage> image;    // dumps
    RecordIndex index;                         // dumps
    QString folderDir;                         // Omega: the folder holding the checkpoints
    mutable std::atomic_bool folderChanged{false};

    QMutex stageMutex;                         // serialises stages
    mutable QMutex publishMutex;               // guards the two pointers below
    std::shared_ptr<const VerifyResults> verified;
    std::shared_ptr<const TimelineResults> timeline;

    std::shared_ptr<const VerifyResults> verifiedNow() const
    {
        QMutexLocker l(&publishMutex);
        return verified;
    }
    std::shared_ptr<const TimelineResults> timelineNow() const
    {
        QMutexLocker l(&publishMutex);
        return timeline;
    }
};

EvidenceSession::EvidenceSession() : d(std::make_unique<Impl>()) {}
EvidenceSession::~EvidenceSession() = default;

Result<std::shared_ptr<EvidenceSession>> EvidenceSession::open(const EvidenceRef &ref, const SessionOptions &options,
                                                               const Progress &progress)
{
    std::shared_ptr<EvidenceSession> s(new EvidenceSession);
    Impl &d = *s->d;
    d.ref = ref;
    d.options = options;
    const QByteArray native = ref.native();
    const QString shown = ref.path.isEmpty() ? QFile::decodeName(native) : ref.path;
    progress.report(QStringLiteral("open"), 0, 1);

    // Folders are Omega checkpoint directories; everything else must be a Seed dump.
    const QFileInfo info(shown);
    if (info.isDir()) {
        d.kind = EvidenceKind::OmegaFolder;
        auto listing = omega::listOmegaDirectory(shown);
        if (!listing)
            return listing.error();
        if (listing->candidates.isEmpty() && listing->encrypted.isEmpty())
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("%1: not an Omega checkpoint folder: %2").arg(shown,
                                 listing->entriesSeen == 0 ? QStringLiteral("the folder is empty")
                                                           : QStringLiteral("no checkpoint_*.json files among its %1 entries").arg(listing->entriesSeen)));
        auto id = identifyFolder(listing->checkpointDir, omegaNameFilters());
        if (!id)
            return id.error();
        d.identity = *id;
        d.identity.path = listing->openedPath;
        d.identity.displayName = listing->displayName;
        d.folderDir = listing->checkpointDir;
        progress.report(QStringLiteral("open"), 1, 1);
        return s;
    }

    auto ev = EvidenceFile::openNative(native, options.maxImageBytes, shown, EvidenceFile::HashAt::Caller);
    if (!ev)
        return ev.error();
    d.file = *ev;
    d.identity = d.file->identity();
    // The identity's SHA-256 reads every byte, and so does the index pass below: the hash
    // runs on a second thread beside it rather than before it. Whatever way this function
    // returns, the hash is stopped (early returns) or finished, and joined.
    std::atomic_bool stopHash = false;
    Status hashed;
    std::thread hashing([&hashed, &stopHash, file = d.file] { hashed = file->hashContents(&stopHash); });
    const auto stopHashing = qScopeGuard([&] {
        if (hashing.joinable()) {
            stopHash = true;
            hashing.join();
        }
    });
    if (progress.stopRequested())
        return cancelled(QStringLiteral("open"));
    const QByteArrayView bytes = d.file->bytes();
    if (auto refusal = refuseNonDump(shown, bytes))
        return *refusal;
    progress.report(QStringLiteral("open"), 1, 1);

    if (!options.trustStorePath.isEmpty()) {
        auto t = ledger::readTrustStore(options.trustStorePath);
        if (!t)
            return t.error();
        d.trust = *t;
    }

    // Read as the verifier reads (the trust store's device keys stand in for a damaged
    // identity header), with records pointing into the mapping rather than copied.
    const verify::EvidenceSummary summary{d.identity.path, d.identity.displayName, d.identity.size, d.identity.sha256};
    auto readOptions = [&](const std::optional<crypto::SecureBytes> &key) {
        dump::ReadOptions ro = verify::verifyReadOptions(summary, key, d.trust);
        ro.borrowImageBytes = true;
        return ro;
    };
    // The first key candidate that decrypts everything wins (as `verify` always chose).
    const QStringList candidates = dump::storageKeyCandidates(shown, options.keysDir, options.keyFiles);
    std::optional<DumpImage> chosen;
    for (const QString &k : candidates) {
        auto key = dump::readKeyFile(k);
        if (!key)
            return key.error();
        auto img = dump::readDump(bytes, readOptions(std::optional<crypto::SecureBytes>(*key)), progress);
        if (progress.stopRequested())
            return cancelled(QStringLiteral("index"));
        if (!img)
            return img.error();
        const bool failed = img->anyDecryptFailed();
        if (!failed || !chosen) {
            chosen = std::move(*img);
            d.key = *key;
            d.keyFile = k;
        }
        if (!failed)
            break;
    }
    if (!chosen) {
        auto img = dump::readDump(bytes, readOptions(std::nullopt), progress);
        if (!img)
            return img.error();
        chosen = std::move(*img);
    }
    if (progress.stopRequested())
        return cancelled(QStringLiteral("index"));
    hashing.join();
    if (!hashed)
        return hashed.error();
    d.identity.sha256 = d.file->identity().sha256;
    if (!chosen->superblock.encrypted())
        d.encryptionNote = QStringLiteral("the journal is not encrypted");
    else if (!d.key)
        d.encryptionNote = QStringLiteral("the journal is encrypted and no storage key was given");
    else if (chosen->anyDecryptFailed())
        d.encryptionNote = QStringLiteral("no given key decrypts everything (tried %1 key file(s))").arg(candidates.size());
    else
        d.encryptionNote = QStringLiteral("decrypted with %1").arg(QFileInfo(d.keyFile).fileName());
    // The image's records point into the mapping (borrowed bytes): whoever holds the
    // image holds the mapped file too.
    d.image = std::shared_ptr<const DumpImage>(new DumpImage(std::move(*chosen)), [file = d.file](const DumpImage *p) { delete p; });
    auto idx = RecordIndex::build(*d.image, progress);
    if (!idx)
        return idx.error();
    d.index = std::move(*idx);
    if (d.file->changedDuringRead())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the file changed (shrank) while it was being read").arg(shown));
    return s;
}

EvidenceKind EvidenceSession::kind() const { return d->kind; }
const EvidenceRef &EvidenceSession::ref() const { return d->ref; }
const EvidenceIdentity &EvidenceSession::identity() const { return d->identity; }
const SessionOptions &EvidenceSession::options() const { return d->options; }
bool EvidenceSession::hasVerify() const { return d->verifiedNow() != nullptr; }
bool EvidenceSession::hasTimeline() const { return d->timelineNow() != nullptr; }

bool EvidenceSession::evidenceChanged() const
{
    return d->file ? d->file->changedDuringRead() : d->folderChanged.load();
}

Result<bool> EvidenceSession::checkUnchanged(const Progress &progress) const
{
    progress.report(QStringLiteral("rehash"), 0, 1);
    if (d->kind == EvidenceKind::OmegaFolder) {
        auto id = identifyFolder(d->folderDir, omegaNameFilters());
        if (!id)
            return id.error();
        const bool same = id->sha256 == d->identity.sha256;
        if (!same)
            d->folderChanged = true;
        progress.report(QStringLiteral("rehash"), 1, 1);
        return same;
    }
    auto same = d->file->unchangedSinceOpen();
    progress.report(QStringLiteral("rehash"), 1, 1);
    return same;
}

Status EvidenceSession::verify(const Progress &progress)
{
    QMutexLocker stage(&d->stageMutex);
    auto out = std::make_shared<VerifyResults>();
    if (progress.stopRequested())
        return cancelled(QStringLiteral("verify"));
    progress.report(QStringLiteral("verify"), 0, 1);
    if (d->kind == EvidenceKind::OmegaFolder) {
        auto r = omega::analyzeOmegaDirectory(d->identity.path, d->options.omega, progress);
        if (!r)
            return r.error();
        if (progress.stopRequested())
            return cancelled(QStringLiteral("verify"));
        out->findings = r->findings;
        out->omega = std::make_shared<const omega::OmegaReport>(std::move(*r));
    } else {
        verify::EvidenceSummary es{d->identity.path, d->identity.displayName, d->identity.size, d->identity.sha256};
        // The dump was read at open with verify's own options: verify it as read.
        verify::VerifyReport r = verify::verifyReadImage(d->file->bytes(), *d->image, es, d->key, d->trust, progress);
        if (progress.stopRequested())
            return cancelled(QStringLiteral("verify"));
        if (d->key)
            r.keyFile = d->keyFile;
        out->findings = r.findings;
        out->report = std::make_shared<const verify::VerifyReport>(std::move(r));
    }
    progress.report(QStringLiteral("verify"), 1, 1);

    // The report is only a claim about the evidence if the evidence stayed the same.
    auto same = checkUnchanged(progress);
    if (!same && same.error().code == ErrorCode::Cancelled)
        return same.error();
    const bool changed = !same || !*same || evidenceChanged();
    if (changed) {
        const Finding f = changedFinding(d->identity, same ? QString() : same.error().message);
        out->findings.prepend(f);
        if (out->report) {
            auto copy = std::make_shared<verify::VerifyReport>(*out->report);
            copy->findings.prepend(f);
            out->report = copy;
        }
    }
    if (out->report)
        out->recordHasFinding = d->index.recordsWithFindings(out->findings);
    out->verdict = summarise(out->findings, changed, out->report ? out->report->exitCode() : exitCodeFor(out->findings));
    QMutexLocker l(&d->publishMutex);
    d->verified = std::move(out);
    return {};
}

Status EvidenceSession::buildTimeline(const Progress &progress)
{
    QMutexLocker stage(&d->stageMutex);
    if (d->kind != EvidenceKind::SeedDump)
        return makeError(ErrorCode::Unsupported, QStringLiteral("an Omega folder has no ledger timeline; its series come with verify()"));
    if (progress.stopRequested())
        return cancelled(QStringLiteral("replay"));
    progress.report(QStringLiteral("replay"), 0, 1);
    ledger::TrustStore ts;
    if (d->trust)
        ts = *d->trust;
    else
        ts.networkId = d->image->identity.header.networkId;
    auto out = std::make_shared<TimelineResults>();
    out->ledger = ledger::loadDumpLedger(*d->image, ts);
    out->ledger.backing = d->image; // the items are views of the mapped evidence
    if (progress.stopRequested())
        return cancelled(QStringLiteral("replay"));
    out->replay = ledger::replayDumpLedger(out->ledger, progress);
    if (progress.stopRequested())
        return cancelled(QStringLiteral("replay"));

    const int n = d->index.size();
    out->storageToCanonical.assign(size_t(n), -1);
    out->signature.assign(size_t(n), uint8_t(SignatureState::NotChecked));
    out->trust.assign(size_t(n), uint8_t(TrustState::NotChecked));
    out->status.assign(size_t(n), int8_t(-1));
    const ledger::Timeline &t = out->replay.timeline;
    out->canonicalToStorage.assign(size_t(t.size()), -1);
    for (int c = 0; c < t.size(); ++c) {
        const ledger::EntryOutcome &o = t.outcome(c);
        const int si = d->index.indexAtOffset(o.offset);
        out->canonicalToStorage[size_t(c)] = si;
        if (si < 0)
            continue;
        out->storageToCanonical[size_t(si)] = c;
        SignatureState sig = SignatureState::Invalid;
        if (o.verdict.status == ledger::SignatureStatus::Valid)
            sig = SignatureState::Valid;
        else if (o.verdict.status == ledger::SignatureStatus::UnknownKey)
            sig = SignatureState::UnknownKey;
        out->signature[size_t(si)] = uint8_t(sig);
        out->trust[size_t(si)] = uint8_t(o.trusted ? TrustState::Trusted : TrustState::Untrusted);
        out->status[size_t(si)] = int8_t(o.status);
    }
    out->series = buildChartSeries(t);
    if (d->file->changedDuringRead())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the file changed (shrank) while it was being read").arg(d->identity.path));
    progress.report(QStringLiteral("replay"), 1, 1);
    QMutexLocker l(&d->publishMutex);
    d->timeline = std::move(out);
    return {};
}

std::shared_ptr<const verify::VerifyReport> EvidenceSession::verifyReport() const
{
    auto v = d->verifiedNow();
    return v ? v->report : nullptr;
}

Findings EvidenceSession::findings() const
{
    auto v = d->verifiedNow();
    return v ? v->findings : Findings{};
}

VerdictSummary EvidenceSession::verdict() const
{
    auto v = d->verifiedNow();
    if (v)
        return v->verdict;
    VerdictSummary s;
    s.sentence = QStringLiteral("Not verified yet.");
    return s;
}

int EvidenceSession::recordCount() const { return d->index.size(); }

RecordSummary EvidenceSession::record(int i) const
{
    if (i < 0 || i >= d->index.size())
        return {};
    RecordSummary r = d->index.summary(i, *d->image);
    if (auto v = d->verifiedNow(); v && size_t(i) < v->recordHasFinding.size() && v->recordHasFinding[size_t(i)])
        r.flags |= HasFinding;
    if (auto t = d->timelineNow()) {
        r.canonicalIndex = t->storageToCanonical[size_t(i)];
        r.signature = SignatureState(t->signature[size_t(i)]);
        r.trust = TrustState(t->trust[size_t(i)]);
        if (t->status[size_t(i)] >= 0)
            r.status = ledger::EntryStatus(t->status[size_t(i)]);
    }
    return r;
}

Result<DecodedRecord> EvidenceSession::decode(int i) const
{
    if (d->kind != EvidenceKind::SeedDump || i < 0 || i >= d->index.size())
        return makeError(ErrorCode::NotFound, QStringLiteral("no record %1").arg(i));
    return decodeRecord(*d->image, d->index.journalPosition(i), i);
}

QList<QByteArray> EvidenceSession::devices() const { return d->index.devices(); }

QByteArray EvidenceSession::bytes(qint64 offset, qint64 length) const
{
    if (!d->file || offset < 0 || length <= 0)
        return {};
    const QByteArrayView all = d->file->bytes();
    if (offset >= all.size())
        return {};
    return all.sliced(offset, std::min(length, all.size() - offset)).toByteArray();
}

QList<StructureNode> EvidenceSession::structure() const
{
    if (!d->image)
        return {};
    return describeStructure(*d->image);
}

QString EvidenceSession::encryptionNote() const { return d->encryptionNote; }

int EvidenceSession::entryCount() const
{
    auto t = d->timelineNow();
    return t ? t->replay.timeline.size() : 0;
}

int EvidenceSession::canonicalToStorage(int c) const
{
    auto t = d->timelineNow();
    if (!t || c < 0 || size_t(c) >= t->canonicalToStorage.size())
        return -1;
    return t->canonicalToStorage[size_t(c)];
}

int EvidenceSession::storageToCanonical(int s) const
{
    auto t = d->timelineNow();
    if (!t || s < 0 || size_t(s) >= t->storageToCanonical.size())
        return -1;
    return t->storageToCanonical[size_t(s)];
}

std::optional<ledger::EntryOutcome> EvidenceSession::outcome(int c) const
{
    auto t = d->timelineNow();
    if (!t || c < 0 || c >= t->replay.timeline.size())
        return std::nullopt;
    return t->replay.timeline.outcome(c);
}

Result<ledger::LedgerState> EvidenceSession::stateAfter(int c) const
{
    auto t = d->timelineNow();
    if (!t)
        return makeError(ErrorCode::NotFound, QStringLiteral("no timeline yet: run buildTimeline()"));
    if (c < -1 || c >= t->replay.timeline.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no entry %1 (the timeline has %2)").arg(c).arg(t->replay.timeline.size()));
    return t->replay.timeline.stateAfter(c);
}

QList<ledger::ProvenanceItem> EvidenceSession::provenance(const QByteArray &account, int upTo) const
{
    auto t = d->timelineNow();
    if (!t)
        return {};
    return t->replay.timeline.provenance(account, upTo);
}

QList<TrustSeries> EvidenceSession::trustSeries() const
{
    auto t = d->timelineNow();
    return t ? t->series.trust : QList<TrustSeries>{};
}

QList<PoolSeries> EvidenceSession::poolSeries() const
{
    auto t = d->timelineNow();
    return t ? t->series.pools : QList<PoolSeries>{};
}

QList<CycleTransition> EvidenceSession::cycleTransitions() const
{
    auto t = d->timelineNow();
    return t ? t->series.cycles : QList<CycleTransition>{};
}

QString EvidenceSession::timelineStart() const
{
    auto t = d->timelineNow();
    return t ? t->replay.start : QString();
}

std::shared_ptr<const omega::OmegaReport> EvidenceSession::omegaReport() const
{
    auto v = d->verifiedNow();
    return v ? v->omega : nullptr;
}

std::shared_ptr<const dump::DumpImage> EvidenceSession::image() const { return d->image; }

std::shared_ptr<const ledger::DumpLedger> EvidenceSession::ledger() const
{
    auto t = d->timelineNow();
    return t ? std::shared_ptr<const ledger::DumpLedger>(t, &t->ledger) : nullptr;
}

std::shared_ptr<const ledger::DumpReplay> EvidenceSession::replay() const
{
    auto t = d->timelineNow();
    return t ? std::shared_ptr<const ledger::DumpReplay>(t, &t->replay) : nullptr;
}

} // namespace seedscope::session
