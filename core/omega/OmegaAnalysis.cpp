// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaAnalysis.h"

#include "crypto/Hash.h"
#include "omega/OmegaCodes.h"
#include "omega/OmegaDirectory.h"
#include "omega/OmegaHardened.h"
#include "omega/PythonJson.h"
#include "util/Hex.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace seedscope::omega {
namespace {

QString show(double v) { return QString::fromLatin1(pythonFloatRepr(v)); }

// Python sorts str by code point; UTF-8 byte order is the same order.
bool pythonLess(const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); }

Finding folderFinding(const OmegaReport &r, const char *code, Severity sev)
{
    Finding f;
    f.code = QLatin1StringView(code);
    f.severity = sev;
    f.evidence = r.displayName;
    return f;
}

Finding pointAt(const ValidationContext &ctx, const CheckpointFile &file, const char *code, Severity sev,
                const ScalarField &field, const char *path)
{
    Finding f = fileFinding(ctx, file, code, sev);
    f.offset = field.offset;
    f.length = field.length;
    f.location = QLatin1StringView(path);
    return f;
}

class Analyzer {
public:
    Analyzer(OmegaReport &r, const AnalysisOptions &o, const Progress &p) : m_r(r), m_o(o), m_progress(p) {}

    // False when cancelled (the report is then incomplete and discarded).
    bool run(const DirectoryListing &l)
    {
        const qsizetype total = l.candidates.size() + l.encrypted.size();
        m_ctx.evidencePrefix = m_r.displayName;
        m_ctx.now = m_o.now;
        m_ctx.relTolerance = m_o.relTolerance;
        if (l.tooManyEntries) {
            Finding f = folderFinding(m_r, code::TooManyFiles, Severity::Error);
            f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "at most %1 entries"), kMaxFilesPerDirectory));
            f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "more; the rest was not examined")));
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The folder holds more entries than the documented cap; only the first %1 were examined."), kMaxFilesPerDirectory));
            m_r.findings.append(f);
        }
        readManifest(l);
        // The loader's sort is Python's str order on the names os.listdir returns,
        // undecodable bytes included (surrogateescape): emulated on the raw bytes.
        const QList<int> order = pythonOrder(l, l.candidates);
        QStringList names;
        for (int i : order) {
            if (m_progress.stopRequested())
                return false;
            m_progress.report(QStringLiteral("omega"), m_r.files.size(), total);
            const FolderEntry &e = l.entries[i];
            const QString &n = e.name;
            names.append(n);
            m_r.files.append(loadFile(l, e, false));
            if (!m_r.files.last().nameSeconds) {
                Finding x = fileFinding(m_ctx, m_r.files.last(), code::NameNotTimestamp, Severity::Warning);
                x.expected = QStringLiteral("checkpoint_<int(timestamp)>.json");
                x.found = n;
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The writer never produces this name, but the original loader's text sort ranks "
                                               "it above every numeric name, so it is what a restart would load.")));
                m_r.findings.append(x);
            }
        }
        for (int i : pythonOrder(l, l.encrypted)) {
            if (m_progress.stopRequested())
                return false;
            m_progress.report(QStringLiteral("omega"), m_r.files.size(), total);
            m_r.files.append(loadFile(l, l.entries[i], true));
        }
        m_progress.report(QStringLiteral("omega"), total, total);
        withdrawMismatchedKey();
        m_r.filesOnDisk = int(m_r.files.size());
        entryFindings(l);
        folderIdentity(l);
        crossCheckManifest();
        emulateOriginalLoader(names);
        newest();
        orderNumerically();
        retention();
        networkIds();
        timeline();
        return true;
    }

private:
    // Entry indexes sorted as Python sorts the names (keys computed once per entry).
    static QList<int> pythonOrder(const DirectoryListing &l, const QList<int> &indexes)
    {
        QList<QPair<QByteArray, int>> keyed;
        keyed.reserve(indexes.size());
        for (int i : indexes)
            keyed.append({pythonSortKey(l.entries[i].rawName), i});
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<int> out;
        out.reserve(keyed.size());
        for (const auto &k : std::as_const(keyed))
            out.append(k.second);
        return out;
    }

    // Findings about how an entry is stored rather than what it holds: names the writer
    // cannot produce, links, anything that is not a regular file.
    void entryFindings(const DirectoryListing &l)
    {
        for (const FolderEntry &e : l.entries) {
            if (!e.nameIsUtf8) {
                Finding x = folderFinding(m_r, code::NameNotUtf8, Severity::Warning);
                x.subject = e.name;
                x.evidence = m_r.displayName + QLatin1Char('/') + e.name;
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a UTF-8 file name, as the writer produces")));
                x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 (undecodable bytes shown as \\xNN)"), e.name));
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The writer never produces this name, and many tools do not show it, but Python's "
                                               "glob lists it and its sort ranks it by the raw bytes: it is part of the folder.")));
                m_r.findings.append(x);
            }
            if (!e.isLink || e.kind == EntryKind::Unreadable)
                continue; // a dangling link: OMEGA_FILE_UNREADABLE says where it points
            const bool outside = e.kind == EntryKind::LinkOutside;
            Finding x = folderFinding(m_r, outside ? code::SymlinkOutside : code::SymlinkInside,
                                      outside ? Severity::Error : Severity::Warning);
            x.subject = e.name;
            x.evidence = m_r.displayName + QLatin1Char('/') + e.name;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a regular file")));
            x.setText(FindingField::Found, e.resolvedTarget.isEmpty() ? ftr(QT_TRANSLATE_NOOP("Finding", "a symbolic link to %1 (does not resolve)"), e.linkTarget)
                                                 : ftr(QT_TRANSLATE_NOOP("Finding", "a symbolic link to %1 (%2)"), e.linkTarget, e.resolvedTarget));
            x.setText(FindingField::Explanation, outside ? ftr(QT_TRANSLATE_NOOP("Finding", "The entry points out of the evidence folder. Seedscope does not follow it; "
                                                     "the original loader would read whatever it points to as a checkpoint."))
                                    : ftr(QT_TRANSLATE_NOOP("Finding", "The writer never creates links. This one stays inside the folder and was "
                                                     "followed; what it shows is another entry's content under this name.")));
            m_r.findings.append(x);
        }
    }

    // Identity of the folder as examined: SHA-256 over "raw name NUL (sha256-hex | kind) LF"
    // of every entry named like the writer's files, in raw byte order. Any added,
    // removed, renamed, changed or re-typed entry changes it.
    void folderIdentity(const DirectoryListing &l)
    {
        QList<int> order(l.entries.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&l](int a, int b) { return l.entries[a].rawName < l.entries[b].rawName; });
        QHash<QString, QByteArray> digests; // indexed once: folders of 100,000 files
        for (const CheckpointFile &f : std::as_const(m_r.files))
            digests.insert(f.name, f.sha256);
        crypto::Sha256 h;
        for (int i : order) {
            const FolderEntry &e = l.entries[i];
            const QByteArray digest = i == l.manifest ? m_manifestSha256 : digests.value(e.name);
            h.update(e.rawName);
            h.update(QByteArrayView("\0", 1));
            h.update(digest.isEmpty() ? QByteArray(entryKindName(e.kind)) : digest.toHex());
            h.update("\n");
            m_r.folderBytes += e.size;
        }
        m_r.folderEntries = int(l.entries.size());
        m_r.folderSha256 = h.finish();
    }

    void readManifest(const DirectoryListing &l)
    {
        if (l.manifest < 0) {
            if (l.candidates.isEmpty() && l.encrypted.isEmpty())
                return;
            Finding f = folderFinding(m_r, code::NotAuthenticated, Severity::Warning);
            f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a signed manifest.json (hardened layout)")));
            f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "no manifest: %1 file(s) with no hash, signature or encryption"), l.candidates.size() + l.encrypted.size()));
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "Nothing in this folder is authenticated: any file could have been edited, replaced, "
                                           "added or deleted without leaving a trace, despite the guide's promise of "
                                           "hash-verified, encrypted checkpoints.")));
            m_r.findings.append(f);
            return;
        }
        const FileRead fr = readEntry(l, l.entries[l.manifest], kMaxJsonBytes);
        if (!fr.ok) {
            Finding f = folderFinding(m_r, code::ManifestMalformed, Severity::Error);
            f.subject = QLatin1StringView(kManifestFileName);
            f.evidence = m_r.displayName + QLatin1Char('/') + f.subject;
            f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a readable manifest.json")));
            f.found = fr.error;
            f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The manifest cannot be read, so nothing in the folder is authenticated.")));
            m_r.findings.append(f);
            m_r.auth = AuthState::Failed;
            return;
        }
        m_manifestSha256 = crypto::sha256(fr.bytes);
        m_manifest = checkManifest(fr.bytes, m_ctx, m_o.trustedPublicKey, m_r.findings);
        m_hasManifest = true;
        if (m_manifest.wellFormed)
            m_r.signerKeyId = toHex(crypto::keyId16(m_manifest.manifest.publicKey));
        if (!m_manifest.wellFormed || m_manifest.signature != crypto::SignatureCheck::Valid || m_manifest.ambiguous)
            m_r.auth = AuthState::Failed;
        else
            m_r.auth = m_manifest.trusted ? AuthState::Verified : AuthState::UntrustedKey;
    }

    CheckpointFile loadFile(const DirectoryListing &l, const FolderEntry &e, bool encrypted)
    {
        const QString &name = e.name;
        CheckpointFile f;
        f.name = name;
        f.path = l.inMemory ? name : QDir(l.checkpointDir).filePath(name);
        f.encrypted = encrypted;
        f.nameSeconds = e.nameIsUtf8 ? secondsFromName(name) : std::nullopt;
        f.modified = e.modified;
        f.kind = e.kind;
        // An envelope adds magic, nonce and tag to the JSON it carries.
        const qint64 cap = encrypted ? kMaxJsonBytes + kEnvelopeMagicSize + 12 + 16 : kMaxJsonBytes;
        const FileRead fr = readEntry(l, e, cap);
        f.regularFile = fr.regularFile;
        f.size = fr.size;
        f.readError = fr.error;
        if (e.kind == EntryKind::LinkOutside)
            return f; // reported by entryFindings(): never opened, nothing to say about content
        if (!fr.ok) {
            Finding x = fileFinding(m_ctx, f, fr.tooLarge ? code::LimitExceeded : code::FileUnreadable, Severity::Error);
            x.setText(FindingField::Expected, fr.tooLarge ? ftr(QT_TRANSLATE_NOOP("Finding", "at most %1 bytes"), cap) : ftr(QT_TRANSLATE_NOOP("Finding", "a readable regular file")));
            x.found = fr.error;
            x.setText(FindingField::Explanation, fr.tooLarge ? ftr(QT_TRANSLATE_NOOP("Finding", "The file is larger than the reader's documented cap and was not read."))
                                        : ftr(QT_TRANSLATE_NOOP("Finding", "The entry matches the writer's name pattern but cannot be read as a file; "
                                                         "the original loader fails on it if it sorts last.")));
            m_r.findings.append(x);
            return f;
        }
        f.readable = true;
        f.sha256 = crypto::sha256(fr.bytes);
        if (!encrypted) {
            inspectCheckpoint(f, fr.bytes, m_ctx, m_r.findings);
            return f;
        }
        const ManifestEntry *entry = manifestEntry(name);
        if (!m_o.nodeSecret || !m_hasManifest || !m_manifest.wellFormed || !entry) {
            if (!m_noKeyReported) {
                m_noKeyReported = true;
                Finding x = fileFinding(m_ctx, f, code::EncryptedNoKey, Severity::Warning);
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "the node key (--key-file) and a manifest listing the file")));
                x.setText(FindingField::Found, m_o.nodeSecret ? ftr(QT_TRANSLATE_NOOP("Finding", "no usable manifest entry")) : ftr(QT_TRANSLATE_NOOP("Finding", "no key given")));
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "Encrypted checkpoints can only be hash-checked against the manifest, not read or "
                                               "validated, without the node key.")));
                m_r.findings.append(x);
            }
            f.readable = false;
            return f;
        }
        auto plain = openCheckpoint(*m_o.nodeSecret, m_manifest.manifest.salt, name, fr.bytes);
        (plain ? m_decryptedFiles : m_failedFiles) += 1;
        if (!plain) {
            Finding x = fileFinding(m_ctx, f, code::DecryptFailed, Severity::Critical);
            x.offset = 0;
            x.length = f.size;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "an AES-256-GCM envelope that authenticates under the node key")));
            x.found = plain.error().message;
            x.verdict = Verdict::Tampering;
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The encrypted checkpoint does not authenticate: it was altered, renamed, or written "
                                           "with another key.")));
            m_r.findings.append(x);
            f.readable = false;
            return f;
        }
        f.decrypted = true;
        inspectCheckpoint(f, *plain, m_ctx, m_r.findings);
        return f;
    }

    // A node key under which not one encrypted file authenticates is not this node's key:
    // the examiner's input, not tampering (docs/findings/verdicts.md). One finding replaces
    // the per-file failures.
    void withdrawMismatchedKey()
    {
        if (!m_o.nodeSecret || m_decryptedFiles > 0 || m_failedFiles == 0)
            return;
        Findings kept;
        for (const Finding &f : m_r.findings)
            if (f.code != QLatin1StringView(code::DecryptFailed))
                kept.append(f);
        m_r.findings = kept;
        Finding x = folderFinding(m_r, code::KeyMismatch, Severity::Error);
        x.setText(FindingField::Subject, ftr(QT_TRANSLATE_NOOP("Finding", "key %1"), m_o.nodeSecret->fingerprint()));
        x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "the node key the encrypted checkpoints were written with")));
        x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "key %1: 0 of %2 encrypted files authenticate"), m_o.nodeSecret->fingerprint(), m_failedFiles));
        x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The node key given (fingerprint %1) opens none of the %2 encrypted checkpoints: it is not this "
                                       "node's key. This is a problem with the key supplied, not with the folder; the files were "
                                       "not read."), m_o.nodeSecret->fingerprint(), m_failedFiles));
        m_r.findings.append(x);
    }

    const ManifestEntry *manifestEntry(const QString &name)
    {
        if (!m_manifest.wellFormed)
            return nullptr;
        // Indexed once: folders of 10,000+ files must not cost n² name comparisons.
        if (m_entryIndex.isEmpty())
            for (int i = 0; i < m_manifest.manifest.files.size(); ++i)
                m_entryIndex.insert(m_manifest.manifest.files[i].name, i);
        const auto it = m_entryIndex.constFind(name);
        return it == m_entryIndex.cend() ? nullptr : &m_manifest.manifest.files[*it];
    }

    void crossCheckManifest()
    {
        if (!m_hasManifest || !m_manifest.wellFormed)
            return;
        const QString mEvidence = m_r.displayName + QLatin1Char('/') + QLatin1StringView(kManifestFileName);
        QHash<QString, int> byName;
        for (int i = 0; i < m_r.files.size(); ++i)
            byName.insert(m_r.files[i].name, i);
        for (const ManifestEntry &e : m_manifest.manifest.files) {
            const auto it = byName.constFind(e.name);
            const CheckpointFile *f = it == byName.cend() ? nullptr : &m_r.files[*it];
            if (!f || !f->regularFile || f->sha256.isEmpty()) {
                Finding x = folderFinding(m_r, code::ManifestFileMissing, Severity::Error);
                x.evidence = mEvidence;
                x.subject = e.name;
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "%1 present (%2 bytes)"), e.name, e.size));
                x.setText(FindingField::Found, f ? ftr(QT_TRANSLATE_NOOP("Finding", "present but unreadable")) : ftr(QT_TRANSLATE_NOOP("Finding", "absent")));
                x.verdict = Verdict::Tampering;
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "A checkpoint the signed manifest lists is gone: it was deleted or renamed after signing.")));
                m_r.findings.append(x);
                continue;
            }
            if (f->sha256 != e.sha256 || f->size != e.size) {
                Finding x = fileFinding(m_ctx, *f, code::ManifestHashMismatch, Severity::Critical);
                x.offset = 0;
                x.length = f->size;
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "%1 bytes, SHA-256 %2"), e.size, toHex(e.sha256)));
                x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 bytes, SHA-256 %2"), f->size, toHex(f->sha256)));
                x.verdict = Verdict::Tampering;
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The file's bytes differ from what the manifest signed: it was changed after signing.")));
                m_r.findings.append(x);
            }
        }
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (manifestEntry(f.name))
                continue;
            Finding x = fileFinding(m_ctx, f, code::ManifestUnlistedFile, Severity::Error);
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "listed in manifest.json")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "not listed")));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "This checkpoint is not covered by the signed manifest, so nothing vouches for it: it "
                                           "was added after signing.")));
            m_r.findings.append(x);
        }
    }

    void emulateOriginalLoader(const QStringList &sortedNames)
    {
        OriginalLoaderResult &L = m_r.loader;
        if (sortedNames.isEmpty()) {
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "no checkpoint_*.json file")));
            return;
        }
        L.picked = sortedNames.last(); // sort(reverse=True)[0]
        const CheckpointFile *f = m_r.file(L.picked);
        if (f->kind == EntryKind::LinkOutside) {
            L.unknown = true;
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "unknown: open() follows the link out of the folder, which Seedscope does not read")));
        } else if (f->kind == EntryKind::Fifo)
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "open() blocks forever on a FIFO")));
        else if (f->kind == EntryKind::Device)
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "json.load() reads a device file (without end for /dev/zero)")));
        else if (!f->regularFile || !f->readable)
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "open() fails")));
        else if (!f->parsed())
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "json.load() fails (%1)"), QLatin1StringView(jsonErrorName(f->parseError))));
        else if (!f->rootIsObject)
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "the JSON value is not an object")));
        else if (!f->hasAllKeys)
            L.setReason(ftr(QT_TRANSLATE_NOOP("Finding", "a key is missing")));
        L.returnsCheckpoint = f->originalLoaderReturns;
        if (L.returnsCheckpoint) {
            if (f->timestamp.isNumber || f->timestamp.isBool)
                L.returnedTimestamp = f->timestamp.value;
            L.resultValid = f->originalValidatorPasses;
        }
    }

    void newest()
    {
        std::optional<qint64> best;
        double bestContent = -INFINITY;
        double bestValid = -INFINITY;
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (f.nameSeconds && !f.encrypted && (!best || *f.nameSeconds > *best)) {
                best = f.nameSeconds;
                m_r.numericallyLatest = f.name;
            }
            if (f.parsed() && f.timestamp.finite() && f.timestamp.value > bestContent) {
                bestContent = f.timestamp.value;
                m_r.newestByContent = f.name;
            }
            if (f.valid && f.timestamp.value > bestValid) {
                bestValid = f.timestamp.value;
                m_r.newestValid = f.name;
            }
        }
        const OriginalLoaderResult &L = m_r.loader;
        if (L.picked.isEmpty()) {
            if (m_r.files.isEmpty()) {
                Finding x = folderFinding(m_r, code::NoCheckpoints, Severity::Warning);
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "checkpoint_<int>.json files")));
                x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "none")));
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The folder holds no checkpoint the writer could have written; a restart from it starts from nothing.")));
                m_r.findings.append(x);
            }
            return;
        }
        const CheckpointFile *picked = m_r.file(L.picked);
        const FindingText validNote = m_r.newestValid.isEmpty() ? ftr(QT_TRANSLATE_NOOP("Finding", "no valid checkpoint exists"))
                                                                : ftr(QT_TRANSLATE_NOOP("Finding", "the newest valid one is %1"), m_r.newestValid);
        if (L.picked != m_r.numericallyLatest && !m_r.numericallyLatest.isEmpty()) {
            Finding x = fileFinding(m_ctx, *picked, code::LoaderPicksStale, Severity::Error);
            x.expected = m_r.numericallyLatest;
            x.found = L.picked;
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "load_latest_checkpoint sorts names as text, so it picks %1 although %2 is newer; "
                                           "a restart resumes from the wrong state."), L.picked, m_r.numericallyLatest));
            m_r.findings.append(x);
        }
        if (L.unknown) {
            // The symbolic-link finding says what the loader would read; no claim here.
        } else if (!L.returnsCheckpoint) {
            Finding x = fileFinding(m_ctx, *picked, code::LoaderReturnsNothing, Severity::Error);
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a checkpoint")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "None: %1"), L.reasonText));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The original loader reads only the file that sorts last and has no fallback, so it "
                                           "returns nothing and the node restarts from scratch; %1."), validNote));
            m_r.findings.append(x);
        } else if (!picked->valid) {
            Finding x = fileFinding(m_ctx, *picked, code::LoaderPicksInvalid, Severity::Error);
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a valid checkpoint")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 with %2 error finding(s); the original validator says %3"), L.picked, picked->errorFindings, L.resultValid ? ftr(QT_TRANSLATE_NOOP("Finding", "valid (it misses the defect)")) : ftr(QT_TRANSLATE_NOOP("Finding", "invalid"))));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The file the original loader restores is itself invalid; %1."), validNote));
            m_r.findings.append(x);
        }
        if (!m_r.newestValid.isEmpty()) {
            const CheckpointFile *v = m_r.file(m_r.newestValid);
            Finding x = pointAt(m_ctx, *v, code::NewestValid, Severity::Info, v->timestamp, "$.timestamp");
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "the checkpoint to restart from")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 (timestamp %2)"), v->name, show(v->timestamp.value)));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The newest checkpoint that passes every check is %1; the original loader picks %2."), v->name, L.picked));
            m_r.findings.append(x);
        } else {
            Finding x = folderFinding(m_r, code::NoValidCheckpoint, Severity::Error);
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "at least one valid checkpoint")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "none of %1"), m_r.files.size()));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "No file in the folder passes validation; there is nothing safe to restart from.")));
            m_r.findings.append(x);
        }
    }

    static double orderKey(const CheckpointFile &f)
    {
        if (f.parsed() && f.timestamp.finite())
            return f.timestamp.value;
        return f.nameSeconds ? double(*f.nameSeconds) : INFINITY;
    }

    void orderNumerically()
    {
        // String order was needed for the loader; everything else uses time order.
        bool differs = false;
        QString firstA, firstB;
        std::optional<qint64> prev;
        QString prevName;
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (f.encrypted || !f.nameSeconds)
                continue;
            if (prev && *f.nameSeconds < *prev && !differs) {
                differs = true;
                firstA = prevName;
                firstB = f.name;
            }
            prev = f.nameSeconds;
            prevName = f.name;
        }
        if (differs) {
            Finding x = folderFinding(m_r, code::StringOrderDiffers, Severity::Warning);
            x.subject = firstA;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "text order = time order")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 sorts after %2 as text but is older"), firstA, firstB));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "File names have different digit counts, so text order is not time order; anything "
                                           "sorting names as text (like the original loader) gets the wrong order.")));
            m_r.findings.append(x);
        }
        std::stable_sort(m_r.files.begin(), m_r.files.end(), [](const CheckpointFile &a, const CheckpointFile &b) {
            const double ka = orderKey(a), kb = orderKey(b);
            if (ka != kb)
                return ka < kb;
            return pythonLess(a.name, b.name);
        });
    }

    void retention()
    {
        if (m_r.filesOnDisk <= kGuideRetention)
            return;
        Finding x = folderFinding(m_r, code::RetentionExceeded, Severity::Warning);
        x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "at most %1 checkpoint files"), kGuideRetention));
        x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 files on disk"), m_r.filesOnDisk));
        x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The writer applies its retention of 10 to its in-memory list only and never deletes a "
                                       "file, so the folder grows without bound.")));
        m_r.findings.append(x);
    }

    void networkIds()
    {
        QMap<QString, int> counts;
        for (const CheckpointFile &f : std::as_const(m_r.files))
            if (f.parsed() && f.networkIdIsString)
                ++counts[f.networkId];
        if (counts.size() < 2)
            return;
        QString majority;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (majority.isEmpty() || it.value() > counts.value(majority))
                majority = it.key();
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("\"%1\" ×%2").arg(it.key()).arg(it.value());
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (!f.parsed() || !f.networkIdIsString || f.networkId == majority)
                continue;
            Finding x = fileFinding(m_ctx, f, code::MixedNetworkIds, Severity::Error);
            x.offset = f.networkIdOffset;
            x.length = f.networkIdLength;
            x.location = QStringLiteral("$.network_id");
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "\"%1\" like the rest of the folder"), majority));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "\"%1\" (folder: %2)"), f.networkId, parts.join(QStringLiteral(", "))));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "One engine writes one network_id; a different id in the same folder means another "
                                           "node's (or a hand-made) checkpoint was placed here and could be restored.")));
            m_r.findings.append(x);
        }
    }

    void timeline()
    {
        QList<const CheckpointFile *> points;
        QList<double> times;
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (f.parsed() && f.timestamp.finite())
                times.append(f.timestamp.value);
            if (f.parsed() && f.timestamp.finite() && f.coherence.finite() && f.modulator.finite())
                points.append(&f);
        }
        // Duplicate content timestamps: a file copied under another name.
        for (int i = 1; i < m_r.files.size(); ++i) {
            const CheckpointFile &a = m_r.files[i - 1], &b = m_r.files[i];
            if (a.parsed() && b.parsed() && a.timestamp.finite() && b.timestamp.finite() && a.timestamp.value == b.timestamp.value) {
                Finding x = pointAt(m_ctx, b, code::DuplicateTimestamp, Severity::Warning, b.timestamp, "$.timestamp");
                x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "one file per checkpoint")));
                x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "same timestamp %1 as %2"), show(b.timestamp.value), a.name));
                x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "Two files hold the same instant: one is a copy (for example a stray "
                                               "checkpoint_latest.json), not a separate checkpoint.")));
                m_r.findings.append(x);
            }
        }
        gaps(points);
        overwrites();
        m_r.series = buildSeries(points, m_o.continuityLimit);
        const OmegaSeries &s = m_r.series;
        for (int i = 0; i < s.violation.size(); ++i) {
            if (!s.violation[i])
                continue;
            const CheckpointFile &b = *points[i + 1];
            const bool psiBad = !(std::fabs(s.deltaPsi[i]) < s.limit);
            Finding x = pointAt(m_ctx, b, code::ContinuityBreak, Severity::Warning, psiBad ? b.coherence : b.modulator,
                                psiBad ? "$.coherence_score" : "$.modulator");
            x.subject = points[i]->name + QStringLiteral(" → ") + b.name;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "|ΔΨ| < %1 and |Δm_t| < %1"), show(s.limit)));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "ΔΨ = %1, Δm_t = %2"), show(s.deltaPsi[i]), show(s.deltaModulator[i])));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "Between these consecutive checkpoints the state moved more than the harmonic "
                                           "continuity bound the guide promises (CAF delta within ±0.001).")));
            m_r.findings.append(x);
        }
    }

    void gaps(const QList<const CheckpointFile *> &points)
    {
        if (points.size() < 3)
            return;
        QList<double> d;
        for (int i = 1; i < points.size(); ++i)
            d.append(points[i]->timestamp.value - points[i - 1]->timestamp.value);
        QList<double> sorted = d;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted[sorted.size() / 2];
        if (!(median > 0))
            return;
        for (int i = 0; i < d.size(); ++i) {
            if (d[i] <= 2.0 * median)
                continue;
            const CheckpointFile &b = *points[i + 1];
            Finding x = pointAt(m_ctx, b, code::Gap, Severity::Warning, b.timestamp, "$.timestamp");
            x.subject = points[i]->name + QStringLiteral(" → ") + b.name;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "about %1 s between checkpoints (median)"), show(median)));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "%1 s"), show(d[i])));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The interval is more than twice the folder's usual cadence: checkpoints in between "
                                           "are missing, unreadable or were overwritten.")));
            m_r.findings.append(x);
        }
    }

    void overwrites()
    {
        // A damaged file under a whole-second name is direct evidence that a write into an
        // existing name replaced its content: the writer opens with "w" (truncate) and writes
        // in place, so whatever that second held before is lost.
        for (const CheckpointFile &f : std::as_const(m_r.files)) {
            if (!f.readable || f.parseError != JsonError::Truncated || !f.nameSeconds)
                continue;
            Finding x = fileFinding(m_ctx, f, code::SameSecondOverwrite, Severity::Warning);
            x.offset = 0;
            x.length = f.size;
            x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "one complete checkpoint per file")));
            x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "a broken write into %1"), f.name));
            x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The writer truncates and rewrites checkpoint_<second>.json in place, so this broken "
                                           "write destroyed whatever checkpoint of the same second the file held before.")));
            m_r.findings.append(x);
        }
        int named = 0;
        double blind = 0;
        for (const CheckpointFile &f : std::as_const(m_r.files))
            if (f.parsed() && f.timestamp.finite() && f.nameSeconds) {
                ++named;
                blind += f.timestamp.value - std::floor(f.timestamp.value);
            }
        if (named == 0)
            return;
        Finding x = folderFinding(m_r, code::SameSecondOverwrite, Severity::Info);
        x.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "names that cannot collide")));
        x.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "whole-second names; %1 s of the run's seconds precede a surviving checkpoint"), show(std::round(blind * 1000) / 1000)));
        x.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "Names keep only int(timestamp): any checkpoint written earlier in the same second as a "
                                       "surviving one was silently replaced and left no trace in the content.")));
        m_r.findings.append(x);
    }

    OmegaReport &m_r;
    const AnalysisOptions &m_o;
    const Progress &m_progress;
    ValidationContext m_ctx;
    ManifestCheck m_manifest;
    bool m_hasManifest = false;
    bool m_noKeyReported = false;
    QByteArray m_manifestSha256;
    int m_decryptedFiles = 0;
    int m_failedFiles = 0;
    QHash<QString, int> m_entryIndex;
};

} // namespace

const char *authStateName(AuthState s)
{
    switch (s) {
    case AuthState::None: return "none";
    case AuthState::Verified: return "verified";
    case AuthState::UntrustedKey: return "untrusted_key";
    case AuthState::Failed: return "failed";
    }
    return "none";
}

const CheckpointFile *OmegaReport::file(const QString &name) const
{
    for (const CheckpointFile &f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList OmegaReport::namesWith(const char *code) const
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.code == QLatin1StringView(code) && !f.subject.isEmpty() && !out.contains(f.subject))
            out.append(f.subject);
    return out;
}

OmegaReport analyzeOmegaListing(const DirectoryListing &listing, const AnalysisOptions &options, const Progress &progress)
{
    OmegaReport r;
    r.openedPath = listing.openedPath;
    r.checkpointDir = listing.checkpointDir;
    r.displayName = listing.displayName;
    r.now = options.now;
    Analyzer(r, options, progress).run(listing);
    return r;
}

Result<OmegaReport> analyzeOmegaDirectory(const QString &path, const AnalysisOptions &options, const Progress &progress)
{
    auto listing = listOmegaDirectory(path);
    if (!listing)
        return listing.error();
    OmegaReport r = analyzeOmegaListing(*listing, options, progress);
    if (progress.stopRequested())
        return makeError(ErrorCode::Cancelled, QStringLiteral("Omega analysis cancelled"));
    return r;
}

} // namespace seedscope::omega
