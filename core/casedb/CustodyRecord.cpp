// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb/CustodyRecord.h"

#include "crypto/Hash.h"
#include "util/Hex.h"

namespace seedscope::casedb {

namespace {

constexpr char kDomain[] = "seedscope-custody-v1";

// Every field is written as an 8-byte big-endian length followed by its UTF-8 bytes, so
// no field value (an examiner name with a newline, say) can shift a boundary.
void putField(QByteArray &out, const QByteArray &bytes)
{
    const quint64 n = quint64(bytes.size());
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((n >> shift) & 0xff));
    out.append(bytes);
}

} // namespace

QString genesisHash() { return QString(64, QLatin1Char('0')); }

QByteArray CustodyRecord::canonicalBytes() const
{
    QByteArray out;
    putField(out, QByteArray(kDomain));
    putField(out, QByteArray::number(seq));
    putField(out, utc.toUtf8());
    putField(out, examiner.toUtf8());
    putField(out, toolVersion.toUtf8());
    putField(out, action.toUtf8());
    putField(out, details.toUtf8());
    putField(out, prevHash.toUtf8());
    return out;
}

QString CustodyRecord::computeHash() const { return toHex(crypto::sha256(canonicalBytes())); }

std::optional<ChainBreak> verifyChain(const QList<CustodyRecord> &records)
{
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    for (const CustodyRecord &r : records) {
        if (r.seq != expectedSeq)
            return ChainBreak{r.seq, QStringLiteral("record %1 follows record %2: a record is missing").arg(r.seq).arg(expectedSeq - 1)};
        if (r.prevHash != prev)
            return ChainBreak{r.seq, QStringLiteral("record %1 does not chain to record %2 (prev_hash %3, expected %4)")
                                         .arg(r.seq).arg(r.seq - 1).arg(r.prevHash, prev)};
        const QString h = r.computeHash();
        if (r.hash != h)
            return ChainBreak{r.seq, QStringLiteral("record %1 was altered after it was written (stored hash %2, contents hash %3)")
                                         .arg(r.seq).arg(r.hash, h)};
        prev = r.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

} // namespace seedscope::casedb
