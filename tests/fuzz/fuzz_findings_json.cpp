// SPDX-License-Identifier: GPL-3.0-or-later
// Findings read back from JSON (reports, case files): any bytes must parse or be refused.
#include "findings/Finding.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const auto &v : items)
        if (auto f = seedscope::Finding::fromJson(v.toObject()))
            (void)f->toJson();
    return 0;
}
