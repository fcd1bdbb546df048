// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/JournalFilter.h"

#include "ledger/JournalModel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace seedscope::ui {
namespace {
using Order = session::RecordCriteria::Order;

Order orderForColumn(int column)
{
    switch (column) {
    case JournalModel::Seq: return Order::Seq;
    case JournalModel::Lamport: return Order::Lamport;
    case JournalModel::Device: return Order::Device;
    case JournalModel::Type: return Order::Type;
    case JournalModel::Amount: return Order::Amount;
    case JournalModel::Status: return Order::Status;
    case JournalModel::Signature: return Order::Signature;
    case JournalModel::Trust: return Order::Trust;
    case JournalModel::Findings: return Order::Findings;
    default: return Order::Storage;
    }
}
} // namespace

JournalFilter::JournalFilter(JournalModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const std::vector<int>>>::finished, this, &JournalFilter::onFinished);
    connect(m_model, &JournalModel::sortRequested, this, [this](int column, Qt::SortOrder order) {
        session::RecordCriteria c = m_c;
        // Column "#" is storage order, unless canonical order was asked for.
        const Order o = orderForColumn(column);
        c.order = o == Order::Storage && m_c.order == Order::Canonical ? Order::Canonical : o;
        c.descending = order == Qt::DescendingOrder;
        if (c.order != m_c.order || c.descending != m_c.descending)
            setCriteria(c);
    });
}

JournalFilter::~JournalFilter()
{
    m_stop.requestStop();
    m_watcher.disconnect(this); // the worker holds its own reference to the session
}

void JournalFilter::setCriteria(const session::RecordCriteria &c)
{
    m_c = c;
    run();
}

void JournalFilter::run()
{
    m_stop.requestStop(); // a running pass stops at its next poll; its result is dropped
    m_stop = StopToken();
    const SessionPtr s = m_model->sessionPtr();
    if (!s)
        return;
    if (!m_c.filters() && m_c.order == Order::Storage && !m_c.descending) {
        // Every record in storage order needs no pass at all.
        m_running = false;
        m_model->setRows(nullptr);
        Q_EMIT finished(m_model->rowCount(), m_model->recordCount());
        return;
    }
    m_running = true;
    Q_EMIT started();
    const session::RecordCriteria c = m_c;
    const StopToken token = m_stop;
    m_watcher.setFuture(QtConcurrent::run([s, c, token]() -> std::shared_ptr<const std::vector<int>> {
        auto r = session::RecordFilter::run(*s, c, Progress({}, token));
        if (!r)
            return nullptr;
        return std::make_shared<const std::vector<int>>(std::move(*r));
    }));
}

void JournalFilter::onFinished()
{
    auto rows = m_watcher.result();
    if (!rows) // cancelled: a newer run is on its way
        return;
    m_running = false;
    m_model->setRows(std::move(rows));
    Q_EMIT finished(m_model->rowCount(), m_model->recordCount());
}

} // namespace seedscope::ui
