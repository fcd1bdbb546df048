// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A translation catalogue built in memory for tests of translated finding words:
// QTranslator::translate is virtual, so no .qm file is needed. Installed for its lifetime.

#include "findings/FindingText.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace seedscope::testing {

class MapTranslator : public QTranslator {
public:
    explicit MapTranslator(QHash<QByteArray, QString> entries) : m_entries(std::move(entries))
    {
        QCoreApplication::installTranslator(this);
    }
    ~MapTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) != kFindingTextContext)
            return {};
        return m_entries.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QByteArray, QString> m_entries;
};

} // namespace seedscope::testing
