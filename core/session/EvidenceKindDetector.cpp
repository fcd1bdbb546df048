// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/EvidenceKindDetector.h"

#include "dump/Format.h"

#include <cstring>

namespace seedscope::session {

QStringList omegaNameFilters()
{
    return {QStringLiteral("checkpoint_*.json"), QStringLiteral("checkpoint_*.json.enc"), QStringLiteral("*manifest*")};
}

namespace {

bool startsWith(QByteArrayView b, const char *magic, qsizetype n) { return b.size() >= n && std::memcmp(b.data(), magic, size_t(n)) == 0; }

bool hasSeedMagicAt(QByteArrayView b, qint64 offset)
{
    return offset >= 0 && offset + 8 <= b.size() && std::memcmp(b.data() + offset, dump::kFileMagic, 8) == 0;
}

bool hasBlockMagicAt(QByteArrayView b, qint64 offset, uint32_t magic)
{
    if (offset < 0 || offset + 4 > b.size())
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(b.data() + offset);
    return (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24) == magic;
}

bool looksLikeDump(QByteArrayView b)
{
    for (qint64 bs = dump::kMinBlockSize; bs <= dump::kMaxBlockSize; bs *= 2)
        if (hasSeedMagicAt(b, 0) || hasSeedMagicAt(b, bs))
            return true;
    // Both superblocks gone: a journal or marker block header at a block boundary still
    // says "Seed flash" (bounded: the first 4096 boundaries of the smallest block size).
    for (qint64 off = dump::kMinBlockSize, n = 0; off + 4 <= b.size() && n < 4096; off += dump::kMinBlockSize, ++n)
        if (hasBlockMagicAt(b, off, dump::kJournalBlockMagic) || hasBlockMagicAt(b, off, dump::kMarkerBlockMagic)
            || hasBlockMagicAt(b, off, dump::kIdentityMagic) || hasBlockMagicAt(b, off, dump::kSlotHeaderMagic))
            return true;
    return false;
}

} // namespace

QString nonDumpDescription(QByteArrayView b)
{
    if (looksLikeDump(b))
        return {};
    struct Known {
        const char *magic;
        qsizetype size;
        const char *name;
    };
    static const Known known[] = {
        {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
        {"\xff\xd8\xff", 3, "JPEG image"},
        {"GIF8", 4, "GIF image"},
        {"%PDF", 4, "PDF document"},
        {"PK\x03\x04", 4, "ZIP archive (or an office document)"},
        {"\x1f\x8b", 2, "gzip archive"},
        {"BZh", 3, "bzip2 archive"},
        {"\xfd" "7zXZ", 6, "xz archive"},
        {"7z\xbc\xaf\x27\x1c", 6, "7-Zip archive"},
        {"\x7f" "ELF", 4, "ELF executable"},
        {"SQLite format 3", 15, "SQLite database"},
        {"MZ", 2, "Windows executable"},
    };
    for (const Known &k : known)
        if (startsWith(b, k.magic, k.size))
            return QString::fromLatin1(k.name);
    const qsizetype probe = std::min<qsizetype>(b.size(), 4096);
    bool allZero = true, allFF = true, text = true;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        allZero &= c == 0;
        allFF &= c == 0xFF;
        text &= c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0x7f);
    }
    if (allZero)
        return QStringLiteral("all zero bytes");
    if (allFF)
        return QStringLiteral("erased flash (all FF bytes) with no Seed structure");
    if (text) {
        const QByteArrayView t = b.first(probe).trimmed();
        if (t.startsWith('{') || t.startsWith('['))
            return QStringLiteral("JSON text");
        return QStringLiteral("text");
    }
    return QStringLiteral("unrecognised data (no Seed magic 89 53 45 44 0D 0A 1A 0A at offset 0 or at a block boundary)");
}

std::optional<Error> refuseNonDump(const QString &path, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("%1: the file is empty (0 bytes), not a Seed dump").arg(path));
    const QString what = nonDumpDescription(bytes);
    if (what.isEmpty())
        return std::nullopt;
    return makeError(ErrorCode::Malformed, QStringLiteral("%1: not a Seed dump: %2").arg(path, what));
}

} // namespace seedscope::session
