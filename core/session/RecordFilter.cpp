// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecordFilter.h"

#include <algorithm>

namespace seedscope::session {

bool RecordCriteria::filters() const
{
    return !account.isEmpty() || recordType >= 0 || entryType >= 0 || status != -1 || withFindingsOnly || lamportMin > 0 ||
           lamportMax != UINT64_MAX || !search.isEmpty();
}

namespace {

bool hexStartsWith(const QByteArray &id, const QByteArray &prefixHex)
{
    return !id.isEmpty() && id.toHex().startsWith(prefixHex);
}

QString typeText(const RecordSummary &r)
{
    return r.entryType ? QString::fromLatin1(ledger::entryTypeName(*r.entryType)) : r.kind;
}

// A sort key per record: integers where the column is numeric, text otherwise.
struct Key {
    qint64 number = 0;
    uint64_t unsignedNumber = 0;
    QString text;
};

Key keyFor(const RecordSummary &r, RecordCriteria::Order o)
{
    using O = RecordCriteria::Order;
    Key k;
    switch (o) {
    case O::Storage: k.number = r.index; break;
    // Records outside the replay sort after every replayed entry.
    case O::Canonical: k.number = r.canonicalIndex >= 0 ? r.canonicalIndex : INT64_MAX; break;
    case O::Seq: k.unsignedNumber = r.seq; break;
    case O::Lamport: k.unsignedNumber = r.lamport; break;
    case O::Device: k.number = r.deviceIndex; break;
    case O::Type: k.text = typeText(r); break;
    case O::Amount: k.number = r.amount; break;
    case O::Status: k.number = r.status ? int(*r.status) : -1; break;
    case O::Signature: k.number = int(r.signature); break;
    case O::Trust: k.number = int(r.trust); break;
    case O::Findings: k.number = r.has(HasFinding) ? 1 : 0; break;
    }
    return k;
}

bool textual(RecordCriteria::Order o) { return o == RecordCriteria::Order::Type; }
bool isUnsigned(RecordCriteria::Order o) { return o == RecordCriteria::Order::Seq || o == RecordCriteria::Order::Lamport; }

} // namespace

bool RecordFilter::matches(const RecordSummary &r, const RecordCriteria &c)
{
    if (c.withFindingsOnly && !r.has(HasFinding))
        return false;
    if (c.recordType >= 0 && r.recordType != c.recordType)
        return false;
    if (c.entryType >= 0 && (!r.entryType || int(*r.entryType) != c.entryType))
        return false;
    if (c.status == RecordCriteria::kNotReplayed && r.status)
        return false;
    if (c.status >= 0 && (!r.status || int(*r.status) != c.status))
        return false;
    if (r.lamport < c.lamportMin || r.lamport > c.lamportMax)
        return false;
    if (!c.account.isEmpty()) {
        const QByteArray prefix = c.account.toLower().toLatin1();
        if (!hexStartsWith(r.from, prefix) && !hexStartsWith(r.to, prefix))
            return false;
    }
    if (!c.search.isEmpty()) {
        const QString s = c.search;
        auto has = [&](const QString &field) { return field.contains(s, Qt::CaseInsensitive); };
        if (!(has(QString::number(r.seq)) || has(QString::number(r.lamport)) || has(typeText(r)) || has(r.kind) ||
              has(QString::fromLatin1(r.from.toHex())) || has(QString::fromLatin1(r.to.toHex())) ||
              (r.status && has(QString::fromLatin1(ledger::entryStatusName(*r.status))))))
            return false;
    }
    return true;
}

Result<std::vector<int>> RecordFilter::run(const EvidenceSession &session, const RecordCriteria &c, const Progress &progress)
{
    const int n = session.recordCount();
    const bool sorted = c.order != RecordCriteria::Order::Storage || c.descending;
    std::vector<int> rows;
    std::vector<Key> keys;
    rows.reserve(size_t(c.filters() ? std::min(n, 4096) : n));
    for (int i = 0; i < n; ++i) {
        if ((i & 4095) == 0) {
            if (progress.stopRequested())
                return makeError(ErrorCode::Cancelled, QStringLiteral("filter cancelled"));
            progress.report(QStringLiteral("filter"), i, n);
        }
        if (!c.filters() && !sorted) {
            rows.push_back(i);
            continue;
        }
        const RecordSummary r = session.record(i);
        if (!matches(r, c))
            continue;
        rows.push_back(i);
        if (sorted)
            keys.push_back(keyFor(r, c.order));
    }
    if (sorted) {
        if (progress.stopRequested())
            return makeError(ErrorCode::Cancelled, QStringLiteral("filter cancelled"));
        std::vector<int> order(rows.size());
        for (size_t k = 0; k < order.size(); ++k)
            order[k] = int(k);
        const bool text = textual(c.order), uns = isUnsigned(c.order);
        auto less = [&](int a, int b) {
            const Key &x = keys[size_t(a)], &y = keys[size_t(b)];
            if (text)
                return x.text < y.text;
            if (uns)
                return x.unsignedNumber < y.unsignedNumber;
            return x.number < y.number;
        };
        // Stable, so equal keys stay in storage order whichever way the column is sorted.
        if (c.descending)
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
        else
            std::stable_sort(order.begin(), order.end(), less);
        std::vector<int> out(rows.size());
        for (size_t k = 0; k < order.size(); ++k)
            out[k] = rows[size_t(order[k])];
        rows = std::move(out);
    }
    progress.report(QStringLiteral("filter"), n, n);
    return rows;
}

} // namespace seedscope::session
