// SPDX-License-Identifier: GPL-3.0-or-later
// `replay DUMP [--at-seq N | --at-lamport L] [--json|--csv] [--account ID]`: replays the
// dump's journal in canonical order (from genesis, or from the checkpoint the journal
// continues from), cross-proves every checkpoint, and prints the state and events at the
// chosen point, or one account's history with provenance. Results come from
// core/ledger; this file only formats them.
#include "CommandList.h"

#include "findings/Finding.h"
#include "dumpledger/DumpLedger.h"
#include "util/Escape.h"
#include "session/EvidenceSession.h"
#include "util/Hex.h"
#include "util/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seedscope::cli {
namespace {

using namespace seedscope::ledger;

// The trust score is stored in tenths of a point; people read points with one decimal.
QString trustPoints(int tenths) { return QString::number(tenths / 10.0, 'f', 1); }

// An event's before/after value in the unit a reader expects (trust in points).
QString eventValue(const Event &e, int64_t v)
{
    return e.kind == EventKind::Trust ? trustPoints(int(v)) : QString::number(v);
}

QJsonObject eventJson(const Event &e)
{
    return QJsonObject{{QStringLiteral("kind"), QLatin1String(eventKindName(e.kind))},
                       {QStringLiteral("subject"), toHex(e.subject)},
                       {QStringLiteral("before"), jsonExact(e.before)},
                       {QStringLiteral("after"), jsonExact(e.after)},
                       {QStringLiteral("reason"), e.reason}};
}

QJsonObject outcomeJson(int index, const EntryOutcome &o)
{
    QJsonArray events;
    for (const Event &e : o.events())
        events.append(eventJson(e));
    const Entry entry = o.entry();
    QJsonObject j{{QStringLiteral("index"), index},
                  {QStringLiteral("journal_seq"), jsonExact(o.journalSeq)},
                  {QStringLiteral("offset"), jsonExact(o.offset)},
                  {QStringLiteral("lamport"), jsonExact(o.lamport)},
                  {QStringLiteral("origin"), toHex(entry.origin)},
                  {QStringLiteral("tx_id"), toHex(entry.txId)},
                  {QStringLiteral("type"), QLatin1String(entryTypeName(entry.type))},
                  {QStringLiteral("status"), QLatin1String(entryStatusName(o.status))},
                  {QStringLiteral("trusted"), o.trusted},
                  {QStringLiteral("events"), events}};
    if (o.status == EntryStatus::Rejected) {
        j.insert(QStringLiteral("reason"), QLatin1String(rejectReasonName(o.reason)));
        j.insert(QStringLiteral("detail"), o.detail());
    }
    return j;
}

QJsonObject stateJson(const LedgerState &s)
{
    QJsonArray accounts, groups;
    for (const auto &[id, a] : s.accounts)
        accounts.append(QJsonObject{{QStringLiteral("account"), toHex(id)},
                                    {QStringLiteral("balance"), jsonExact(a.balance)},
                                    {QStringLiteral("trust_tenths"), a.trust},
                                    {QStringLiteral("trust_band"), QLatin1String(trustBandName(trustBand(a.trust)))},
                                    {QStringLiteral("owner_device_id"), toHex(a.owner)}});
    for (const auto &[id, g] : s.groups)
        groups.append(QJsonObject{{QStringLiteral("group"), toHex(id)},
                                  {QStringLiteral("status"), QLatin1String(groupStatusName(g.status))},
                                  {QStringLiteral("cycle"), jsonExact(g.cycle)},
                                  {QStringLiteral("pool"), jsonExact(g.pool)},
                                  {QStringLiteral("contribution"), jsonExact(g.contribution)},
                                  {QStringLiteral("members"), int(g.members.size())}});
    return QJsonObject{{QStringLiteral("lamport"), jsonExact(s.lamport)},
                       {QStringLiteral("journal_position"), jsonExact(s.journalPosition)},
                       {QStringLiteral("total_issued"), jsonExact(s.totalIssued)},
                       {QStringLiteral("state_root"), toHex(stateRoot(s))},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("groups"), groups}};
}

int runReplay(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Replay a dump's ledger: state, events, checkpoint cross-proofs, account provenance."));
    p.addOption({ QStringLiteral("trust-store"),
        QCoreApplication::translate("cli", "Trust store JSON (authority key, device registry)."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("key-file"), QCoreApplication::translate("cli", "Storage key file (repeatable)."),
        QStringLiteral("K") });
    p.addOption({ QStringLiteral("keys"), QCoreApplication::translate("cli", "Directory with <dump-name>.key files."),
        QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("at-seq"),
        QCoreApplication::translate("cli", "State after the entry stored at journal sequence N."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("at-lamport"),
        QCoreApplication::translate("cli", "State after every entry with Lamport <= L."), QStringLiteral("L") });
    p.addOption({ QStringLiteral("account"),
        QCoreApplication::translate("cli", "One account's history with provenance."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.") });
    p.addOption({ QStringLiteral("csv"), QCoreApplication::translate("cli", "Print events as CSV.") });
    p.addPositionalArgument(
        QStringLiteral("dump"), QCoreApplication::translate("cli", "Seed dump file."), QStringLiteral("DUMP"));
    if (auto done = parseArguments(ctx, p))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("replay: exactly one dump"));
    if (!p.isSet(QStringLiteral("trust-store")))
        return usageError(ctx, QStringLiteral("replay: --trust-store is required"));
    if (p.isSet(QStringLiteral("at-seq")) && p.isSet(QStringLiteral("at-lamport")))
        return usageError(ctx, QStringLiteral("replay: --at-seq and --at-lamport exclude each other"));
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv")))
        return usageError(ctx, QStringLiteral("replay: --json and --csv exclude each other"));
    bool ok = true;
    const uint64_t atSeq = p.isSet(QStringLiteral("at-seq")) ? p.value(QStringLiteral("at-seq")).toULongLong(&ok) : 0;
    if (!ok)
        return usageError(ctx, QStringLiteral("replay: --at-seq needs a number"));
    const uint64_t atLamport = p.isSet(QStringLiteral("at-lamport")) ? p.value(QStringLiteral("at-lamport")).toULongLong(&ok) : 0;
    if (!ok)
        return usageError(ctx, QStringLiteral("replay: --at-lamport needs a number"));
    QByteArray account;
    if (p.isSet(QStringLiteral("account"))) {
        auto a = fromHexStrict(p.value(QStringLiteral("account")).toLower());
        if (!a || a->size() != kIdSize)
            return usageError(ctx, QStringLiteral("replay: --account needs 32 hex digits"));
        account = *a;
    }

    // Through the session: stat-first caps, raw file names, kind detection, change detection.
    session::SessionOptions so;
    so.keyFiles = p.values(QStringLiteral("key-file"));
    so.keysDir = p.value(QStringLiteral("keys"));
    so.trustStorePath = p.value(QStringLiteral("trust-store"));
    const QString dumpArg = p.positionalArguments().first();
    const Progress progress = ctx.progress();
    auto opened = session::EvidenceSession::open(session::EvidenceRef{dumpArg, ctx.nativeArg(dumpArg)}, so, progress);
    if (!opened)
        return fail(ctx, exitcode::Unreadable, opened.error());
    const auto img = (*opened)->image();
    // Nothing to replay is not a clean replay: a file that is not a Seed dump is an
    // unreadable input, and the reader's own error findings (damage it skipped) count.
    if (!img->readable)
        return fail(ctx, exitcode::Unreadable, QStringLiteral("MALFORMED"),
                    QStringLiteral("%1 is not a readable Seed dump: nothing to replay (see `seedscope-cli info`)").arg(dumpArg));
    if (img->contentsLocked()) {
        // Nothing can be replayed without the entries' contents; that is the examiner's
        // input (no key, or a key that is not this dump's), not a divergence: exit 4.
        ctx.err << "nothing could be replayed: the journal of " << terminalSafe(img->evidence) << " is encrypted and "
                << (img->keyMismatch ? "the storage key given is not this dump's" : "no storage key was given") << "\n";
        Findings fs;
        for (const Finding &f : img->findings)
            if (f.code == QLatin1String("KEY_MISMATCH") || f.code == QLatin1String("DUMP_ENCRYPTED_NO_KEY"))
                fs.append(f);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const Finding &f : fs)
                arr.append(f.toJson());
            return printEnvelope(ctx, exitcode::InputMismatch,
                                 QJsonObject{{QStringLiteral("evidence"), img->evidence},
                                             {QStringLiteral("replayed"), false},
                                             {QStringLiteral("findings"), arr}});
        }
        for (const Finding &f : fs)
            ctx.out << severityName(f.severity) << " " << f.code << ": " << terminalSafe(f.explanation) << "\n";
        return exitcode::InputMismatch;
    }
    Status built = (*opened)->buildTimeline(progress);
    if (built) {
        auto same = (*opened)->checkUnchanged(progress);
        if (!same)
            built = same.error();
        else if (!*same)
            built = makeError(ErrorCode::Io, QStringLiteral("%1: the file changed while it was being read; the replay is void").arg(dumpArg));
    }
    if (!built)
        return fail(ctx, exitcode::Unreadable, built.error());
    Findings readerFindings = img->findings;
    const auto ledgerView = (*opened)->ledger();
    const auto replayView = (*opened)->replay();
    const DumpReplay &r = *replayView;
    const Timeline &t = r.timeline;
    int at = t.size() - 1;
    uint64_t lastStoredSeq = 0;
    for (int i = 0; i < t.size(); ++i)
        lastStoredSeq = std::max(lastStoredSeq, t.outcome(i).journalSeq);
    if (p.isSet(QStringLiteral("at-seq"))) {
        if (t.size() == 0 || atSeq > lastStoredSeq)
            return usageError(ctx, QStringLiteral("replay: --at-seq %1 is beyond the journal: the last stored sequence is %2")
                                       .arg(atSeq)
                                       .arg(t.size() == 0 ? QStringLiteral("none (no readable entries)") : QString::number(lastStoredSeq)));
        at = t.indexAtJournalSeq(atSeq);
    } else if (p.isSet(QStringLiteral("at-lamport"))) {
        // As --at-seq: a point past the last entry is a question the evidence cannot
        // answer, not the final state under another name.
        uint64_t lastLamport = 0;
        for (int i = 0; i < t.size(); ++i)
            lastLamport = std::max(lastLamport, t.outcome(i).lamport);
        if (t.size() == 0 || atLamport > lastLamport)
            return usageError(ctx, QStringLiteral("replay: --at-lamport %1 is beyond the journal: the highest Lamport value stored is %2")
                                       .arg(atLamport)
                                       .arg(t.size() == 0 ? QStringLiteral("none (no readable entries)") : QString::number(lastLamport)));
        at = t.indexAtLamport(atLamport);
    }
    const LedgerState state = t.stateAfter(at);
    Findings findings = r.findings;
    numberFindings(findings);
    numberFindings(readerFindings);
    for (Finding &f : readerFindings)
        f.id.prepend(QLatin1Char('R')); // reader findings: "RF1", distinct from the replay's own
    const int rc = std::max(exitCodeFor(findings), exitCodeFor(readerFindings));
    // As `prove` for an id the evidence does not hold: the question, not the evidence, is
    // wrong. Asked over the whole ledger, not only up to --at-seq/--at-lamport.
    if (!account.isEmpty() && state.accounts.find(account) == state.accounts.end() && t.provenance(account, t.size() - 1).isEmpty()
        && t.stateAfter(t.size() - 1).accounts.count(account) == 0)
        return usageError(ctx, QStringLiteral("replay: account %1 does not occur in this dump's ledger").arg(toHex(account)));

    if (p.isSet(QStringLiteral("csv"))) {
        ctx.out << "index,journal_seq,lamport,tx_id,type,status,reason,event,subject,before,after,event_reason\n";
        for (int i = 0; i <= at; ++i) {
            const EntryOutcome &o = t.outcome(i);
            const Entry entry = o.entry();
            const QString head = QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                                     .arg(i)
                                     .arg(o.journalSeq)
                                     .arg(o.lamport)
                                     .arg(toHex(entry.txId), QLatin1String(entryTypeName(entry.type)),
                                          QLatin1String(entryStatusName(o.status)),
                                          o.status == EntryStatus::Rejected ? QLatin1String(rejectReasonName(o.reason)) : QLatin1String(""));
            bool any = false;
            for (const Event &e : o.events()) {
                if (!account.isEmpty() && e.subject != account)
                    continue;
                any = true;
                ctx.out << head << ',' << eventKindName(e.kind) << ',' << toHex(e.subject) << ',' << e.before << ',' << e.after << ','
                        << seedscope::csvField(e.reason) << "\n";
            }
            if (!any && account.isEmpty())
                ctx.out << head << ",,,,,\n";
        }
        return rc;
    }

    QJsonObject atJson{{QStringLiteral("canonical_index"), at}};
    if (p.isSet(QStringLiteral("at-seq")))
        atJson.insert(QStringLiteral("requested_journal_seq"), jsonUInt(atSeq));
    if (at >= 0) {
        atJson.insert(QStringLiteral("journal_seq"), jsonExact(t.outcome(at).journalSeq));
        atJson.insert(QStringLiteral("lamport"), jsonExact(t.outcome(at).lamport));
    }
    const ReplaySummary sum = t.summary();
    QJsonObject byStatus, byReason;
    for (auto it = sum.byStatus.cbegin(); it != sum.byStatus.cend(); ++it)
        byStatus.insert(it.key(), it.value());
    for (auto it = sum.byReason.cbegin(); it != sum.byReason.cend(); ++it)
        byReason.insert(it.key(), it.value());
    const QJsonObject summaryJson{{QStringLiteral("entries"), sum.entries},
                                  {QStringLiteral("unreadable"), sum.unreadable},
                                  {QStringLiteral("by_status"), byStatus},
                                  {QStringLiteral("by_reason"), byReason},
                                  {QStringLiteral("untrusted"), sum.untrusted},
                                  {QStringLiteral("double_spends"), sum.doubleSpends},
                                  {QStringLiteral("out_of_storage_order"), sum.outOfStorageOrder}};
    QJsonArray checkpoints;
    for (int i = 0; i < r.crossProofs.size(); ++i) {
        const CrossProofResult &cp = r.crossProofs[i];
        const DumpCheckpoint &c = ledgerView->checkpoints[r.crossProofCheckpoint[i]];
        QJsonObject j{{QStringLiteral("checkpoint_seq"), jsonExact(c.checkpointSeq)},
                      {QStringLiteral("journal_seq"), jsonExact(c.journalSeq)},
                      {QStringLiteral("kind"), c.full ? QStringLiteral("FULL") : QStringLiteral("DELTA")},
                      {QStringLiteral("state_root"), toHex(cp.expectedRoot)},
                      {QStringLiteral("replayed_root"), toHex(cp.replayedRoot)},
                      {QStringLiteral("reproduced"), cp.reproduced}};
        if (cp.firstDivergentIndex >= 0) {
            const EntryOutcome &o = cp.timeline.outcome(cp.firstDivergentIndex);
            j.insert(QStringLiteral("first_divergent"), QJsonObject{{QStringLiteral("journal_seq"), jsonExact(o.journalSeq)},
                                                                    {QStringLiteral("tx_id"), toHex(o.entry().txId)},
                                                                    {QStringLiteral("offset"), jsonExact(o.offset)}});
        }
        QJsonArray diffs;
        for (const RecordDiff &d : cp.differing)
            diffs.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(recordKindName(d.kind))}, {QStringLiteral("key"), toHex(d.key)}});
        if (!cp.reproduced)
            j.insert(QStringLiteral("differing_records"), diffs);
        checkpoints.append(j);
    }

    if (!account.isEmpty()) {
        QJsonArray prov;
        for (const ProvenanceItem &item : t.provenance(account, at)) {
            QJsonArray events;
            for (const Event &e : item.events)
                events.append(eventJson(e));
            prov.append(QJsonObject{{QStringLiteral("index"), item.index},
                                    {QStringLiteral("journal_seq"), jsonExact(item.journalSeq)},
                                    {QStringLiteral("lamport"), jsonExact(item.lamport)},
                                    {QStringLiteral("tx_id"), toHex(item.txId)},
                                    {QStringLiteral("type"), item.index < 0 ? QStringLiteral("OPENING") : QLatin1String(entryTypeName(item.type))},
                                    {QStringLiteral("events"), events}});
        }
        auto acc = state.accounts.find(account);
        QJsonObject j{{QStringLiteral("evidence"), ledgerView->evidence},
                      {QStringLiteral("account"), toHex(account)},
                      {QStringLiteral("at"), atJson},
                      {QStringLiteral("exists"), acc != state.accounts.end()},
                      {QStringLiteral("provenance"), prov}};
        if (acc != state.accounts.end()) {
            j.insert(QStringLiteral("balance"), jsonExact(acc->second.balance));
            j.insert(QStringLiteral("trust_tenths"), acc->second.trust);
            j.insert(QStringLiteral("trust_band"), QLatin1String(trustBandName(trustBand(acc->second.trust))));
        }
        if (p.isSet(QStringLiteral("json"))) {
            printEnvelope(ctx, rc, j);
        } else {
            ctx.out << "account " << toHex(account) << " at canonical index " << at << "\n";
            if (acc != state.accounts.end())
                ctx.out << "balance " << acc->second.balance << "  trust " << trustPoints(acc->second.trust) << " ("
                        << trustBandName(trustBand(acc->second.trust)) << ")\n";
            for (const ProvenanceItem &item : t.provenance(account, at))
                for (const Event &e : item.events)
                    ctx.out << (item.index < 0 ? QStringLiteral("opening") : QStringLiteral("seq %1").arg(item.journalSeq)) << "  "
                            << eventKindName(e.kind) << " " << eventValue(e, e.before) << " -> " << eventValue(e, e.after) << "  "
                            << terminalSafe(e.reason) << "\n";
        }
        return rc;
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray fs;
        QJsonArray rfs;
        for (const Finding &f : findings)
            fs.append(f.toJson());
        for (const Finding &f : readerFindings)
            rfs.append(f.toJson());
        // Entries are written as they are generated: one JSON document of a million
        // entries would otherwise hold about 17 KB per entry in memory.
        return printEnvelopeStreaming(ctx, rc,
                                      QJsonObject{{QStringLiteral("evidence"), ledgerView->evidence},
                                                  {QStringLiteral("start"), r.start},
                                                  {QStringLiteral("at"), atJson},
                                                  {QStringLiteral("summary"), summaryJson},
                                                  {QStringLiteral("state"), stateJson(state)},
                                                  {QStringLiteral("checkpoints"), checkpoints},
                                                  {QStringLiteral("findings"), fs},
                                                  {QStringLiteral("reader_findings"), rfs}},
                                      QStringLiteral("entries"), qsizetype(at) + 1,
                                      [&](qsizetype i) -> QJsonValue { return outcomeJson(int(i), t.outcome(int(i))); });
    }
    const QString evidence = terminalSafe(ledgerView->evidence);
    if (sum.entries == 0)
        ctx.out << evidence << ": nothing to replay: the journal holds no readable entries\n";
    else
        ctx.out << evidence << ": replayed " << sum.entries << " entries from " << r.start << "\n";
    for (auto it = sum.byStatus.cbegin(); it != sum.byStatus.cend(); ++it)
        ctx.out << "  " << it.key() << ": " << it.value() << "\n";
    for (auto it = sum.byReason.cbegin(); it != sum.byReason.cend(); ++it)
        ctx.out << "    " << it.key() << ": " << it.value() << "\n";
    for (int i = 0; i < r.crossProofs.size(); ++i)
        ctx.out << "checkpoint " << ledgerView->checkpoints[r.crossProofCheckpoint[i]].checkpointSeq << ": "
                << (r.crossProofs[i].reproduced ? "state_root reproduced" : "DIVERGES") << "\n";
    if (p.isSet(QStringLiteral("at-seq")) && at >= 0) {
        // Storage order (the journal sequence this device stored) and canonical order (the
        // replay order every device agrees on: Lamport clock, then origin) differ; the state
        // is the one after the chosen entry in canonical order.
        const EntryOutcome &o = t.outcome(at);
        ctx.out << "--at-seq " << atSeq << ": ";
        if (o.journalSeq == atSeq)
            ctx.out << "the entry stored at journal seq " << atSeq;
        else
            ctx.out << "no readable entry is stored at journal seq " << atSeq << "; the latest stored before it is seq " << o.journalSeq;
        ctx.out << " (storage index) is canonical index " << at << " (replay order, by Lamport " << o.lamport
                << "): the state below includes every entry ordered before it, which need not be every entry stored before it\n";
    }
    ctx.out << "state at canonical index " << at << ": lamport " << state.lamport << ", issued " << state.totalIssued << ", root "
            << toHex(stateRoot(state)) << "\n";
    ctx.out << "accounts: " << state.accounts.size() << " (balance, trust in points)\n";
    for (const auto &[id, a] : state.accounts)
        ctx.out << "  " << toHex(id) << "  " << a.balance << "  trust " << trustPoints(a.trust) << "\n";
    ctx.out << "pools: " << state.groups.size() << "\n";
    for (const auto &[id, g] : state.groups)
        ctx.out << "  " << toHex(id) << "  pool " << g.pool << "  " << groupStatusName(g.status) << ", cycle " << g.cycle << ", "
                << g.members.size() << " members\n";
    const auto printFinding = [&](const Finding &f) {
        ctx.out << severityName(f.severity) << " " << f.code << " " << terminalSafe(f.location) << ": " << terminalSafe(f.explanation)
                << "\n";
    };
    for (const Finding &f : readerFindings)
        if (f.severity >= Severity::Warning)
            printFinding(f);
    for (const Finding &f : findings)
        if (f.severity >= Severity::Warning)
            printFinding(f);
    return rc;
}

} // namespace

const CliCommand kReplayCommand { "replay",
    QT_TRANSLATE_NOOP("cli", "Replay a dump's ledger: state, events, checkpoint cross-proofs, provenance"), runReplay };

} // namespace seedscope::cli
