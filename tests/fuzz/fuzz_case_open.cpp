// SPDX-License-Identifier: GPL-3.0-or-later
// The case-file opener on arbitrary bytes: SqliteBackend's checks (magic, hardening,
// quick_check, no triggers or views), the schema check, and reading every table and the
// custody chain must give a value or a clear error, never crash or run away.
#include "casedb/CaseFile.h"
#include "casedb/SqliteBackend.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace seedscope::casedb;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.seedcase"));
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto b = SqliteBackend::open(path, SqliteBackend::Mode::ReadOnly);
    if (!b)
        return 0;
    auto c = CaseFile::open(std::move(*b));
    if (!c)
        return 0;
    if (auto log = (*c)->custodyLog())
        (void)verifyChain(*log);
    (void)(*c)->evidence();
    (void)(*c)->keys();
    (void)(*c)->annotations();
    (void)(*c)->cachedResult(QStringLiteral("00"), CaseFile::toolVersion(), QStringLiteral("verify"));
    return 0;
}
