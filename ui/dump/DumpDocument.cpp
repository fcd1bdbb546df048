// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpDocument.h"

#include "dump/DumpCrypto.h"
#include "dump/DumpReader.h"
#include "verify/Verifier.h"

#include <QFileInfo>

namespace seedscope::ui {

const ledger::EntryOutcome *DumpDocument::outcomeForItem(int storageIndex) const
{
    if (!replay)
        return nullptr;
    const auto it = canonicalByStorage.constFind(storageIndex);
    return it == canonicalByStorage.cend() ? nullptr : &replay->timeline.outcome(*it);
}

QPair<qint64, qint64> DumpDocument::itemRange(int item) const
{
    if (item < 0 || item >= opened.ledger.items.size())
        return {-1, 0};
    const qint64 off = opened.ledger.items[item].offset;
    const auto it = recordByOffset.constFind(off);
    return {off, it == recordByOffset.cend() ? 0 : opened.image.journal[*it].footprint()};
}

int DumpDocument::itemAtOffset(qint64 offset) const
{
    if (offset < 0)
        return -1;
    // Items are in storage order, so their offsets ascend: binary search.
    const auto &items = opened.ledger.items;
    int lo = 0, hi = int(items.size()) - 1, best = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (items[mid].offset <= offset) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (best < 0)
        return -1;
    const auto r = itemRange(best);
    return offset < r.first + qMax<qint64>(r.second, 1) ? best : -1;
}

namespace {

Error cancelled() { return makeError(ErrorCode::Cancelled, QObject::tr("Cancelled by the examiner.")); }

// Without a trust store the ledger still loads (signatures then name unknown keys).
Result<ledger::OpenedDump> openWithoutTrustStore(const DumpInputs &in)
{
    std::optional<dump::DumpImage> chosen;
    for (const QString &k : dump::storageKeyCandidates(in.path, in.keysDir, in.keyFiles)) {
        auto key = dump::readKeyFile(k);
        if (!key)
            return key.error();
        dump::ReadOptions ro;
        ro.storageRootKey = *key;
        auto img = dump::readDumpFile(in.path, ro);
        if (!img)
            return img.error();
        chosen = std::move(*img);
        break;
    }
    if (!chosen) {
        auto img = dump::readDumpFile(in.path, {});
        if (!img)
            return img.error();
        chosen = std::move(*img);
    }
    ledger::OpenedDump out;
    out.image = std::move(*chosen);
    out.ledger = ledger::loadDumpLedger(out.image, out.trust);
    return out;
}

bool looksLikeSeedDump(const dump::DumpImage &img)
{
    return img.readable || img.superblocks[0].valid || img.superblocks[1].valid;
}

} // namespace

Result<std::shared_ptr<const DumpDocument>> loadDumpDocument(const DumpInputs &inputs, const Progress &progress)
{
    const int stages = 5;
    progress.report(QStringLiteral("open"), 0, stages);
    auto file = EvidenceFile::open(inputs.path);
    if (!file)
        return file.error();
    if ((*file)->bytes().isEmpty())
        return makeError(ErrorCode::Malformed, QObject::tr("The file is empty: there is no device dump in it."));
    if (progress.stopRequested())
        return cancelled();

    auto doc = std::make_shared<DumpDocument>();
    doc->inputs = inputs;
    doc->file = *file;
    progress.report(QStringLiteral("read"), 1, stages);
    auto opened = inputs.trustStorePath.isEmpty()
                      ? openWithoutTrustStore(inputs)
                      : ledger::openDumpLedger({inputs.path, inputs.keyFiles, inputs.keysDir, inputs.trustStorePath});
    if (!opened)
        return opened.error();
    if (!looksLikeSeedDump(opened->image))
        return makeError(ErrorCode::Malformed,
                         QObject::tr("This is not a Seed device dump: neither superblock copy carries the Seed dump "
                                     "signature and checksum. The file was left untouched."));
    doc->opened = std::move(*opened);
    for (int i = 0; i < doc->opened.image.journal.size(); ++i)
        doc->recordByOffset.insert(doc->opened.image.journal[i].offset, i);
    // The reader decides whether the key fits (KEY_MISMATCH); the GUI only shows it.
    doc->keyDecryptsNothing = doc->opened.image.keyMismatch;
    if (progress.stopRequested())
        return cancelled();

    progress.report(QStringLiteral("replay"), 2, stages);
    doc->replay = ledger::replayDumpLedger(doc->opened.ledger);
    const auto &outcomes = doc->replay->timeline.outcomes();
    for (int i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].storageIndex >= 0)
            doc->canonicalByStorage.insert(outcomes[i].storageIndex, i);
    doc->series = ledger::timelineSeries(doc->replay->timeline);
    if (progress.stopRequested())
        return cancelled();

    progress.report(QStringLiteral("verify"), 3, stages);
    verify::VerifyOptions vo{inputs.path, inputs.keyFiles, inputs.keysDir, inputs.trustStorePath};
    auto report = verify::verifyDump(vo);
    if (!report)
        return report.error();
    doc->report = std::move(*report);
    if (progress.stopRequested())
        return cancelled();
    for (const Finding &f : doc->report.findings) {
        const int item = doc->itemAtOffset(f.offset);
        if (item >= 0)
            ++doc->findingsByItem[item];
    }
    progress.report(QStringLiteral("done"), stages, stages);
    return std::shared_ptr<const DumpDocument>(std::move(doc));
}

} // namespace seedscope::ui
