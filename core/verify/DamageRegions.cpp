// SPDX-License-Identifier: GPL-3.0-or-later
// Damage verdicts per region (RocksDB's recovery vocabulary) and explicit
// UNKNOWN ranges: after a damaged record header or block header the reader cannot trust
// any length, so the programmed bytes from there to the end of the block are named as a
// range nobody can interpret, instead of being silently skipped (Bitcoin Core #19274).
#include "util/Hex.h"
#include "verify/VerifyChecks.h"

namespace seedscope::verify::detail {

using namespace seedscope::dump;

namespace {

bool isDamageCode(const QString &c)
{
    return c.endsWith(QLatin1String("_TORN_TAIL")) || c.endsWith(QLatin1String("_CRC_MISMATCH"))
        || c.endsWith(QLatin1String("_BLOCK_HEADER_INVALID")) || c.endsWith(QLatin1String("_LENGTH_INVALID"))
        || c.endsWith(QLatin1String("_UNEXPECTED_DATA"));
}

} // namespace

QList<DamageRegion> damageRegions(QByteArrayView image, const DumpImage &img, Findings &out)
{
    QList<DamageRegion> regions;
    const qint64 bs = img.superblock.blockSize;
    for (const Finding &f : img.findings) {
        const bool journal = f.code.startsWith(QLatin1String("JOURNAL_"));
        const bool markers = f.code.startsWith(QLatin1String("MARKER_"));
        if ((!journal && !markers) || !isDamageCode(f.code) || f.offset < 0)
            continue;
        DamageRegion d{journal ? QStringLiteral("journal") : QStringLiteral("markers"), f.offset, f.length, f.verdict, f.code};
        regions.append(d);
        if (f.verdict != Verdict::Corruption || bs <= 0)
            continue;
        // A payload CRC failure under a good header is the record itself: its extent is known.
        const bool payloadOnly = f.location.endsWith(QLatin1String(", payload"));
        if (payloadOnly || f.code.endsWith(QLatin1String("_UNEXPECTED_DATA")))
            continue;
        const qint64 blockStart = f.offset / bs * bs;
        if (blockStart + bs > image.size())
            continue;
        qint64 last = blockStart + bs - 1;
        while (last >= f.offset && image[last] == char(0xFF))
            --last;
        const qint64 from = f.offset + f.length;
        if (last < from)
            continue;
        DamageRegion u{d.region, from, last + 1 - from, Verdict::Unknown, QString::fromLatin1(code::kUnknownRange)};
        regions.append(u);
        out.append(makeFinding(img.evidence, code::kUnknownRange, Severity::Warning, u.offset, u.length, f.location,
                               ftr(QT_TRANSLATE_NOOP("Finding", "%1 bytes"), u.length),
                               ftr(QT_TRANSLATE_NOOP("Finding", "After the damage at %1 no length can be trusted, so these programmed bytes cannot be interpreted; any records in them are unknown, not absent."), formatOffset(f.offset)),
                               ftr(QT_TRANSLATE_NOOP("Finding", "parseable records")), ftr(QT_TRANSLATE_NOOP("Finding", "%1 uninterpretable bytes"), u.length), Verdict::Unknown));
    }
    std::sort(regions.begin(), regions.end(), [](const DamageRegion &a, const DamageRegion &b) { return a.offset < b.offset; });
    return regions;
}

} // namespace seedscope::verify::detail
