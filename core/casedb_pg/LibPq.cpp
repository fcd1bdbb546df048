// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedb_pg/LibPq.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QStringList>

#include <optional>

namespace seedscope::casedb {

namespace {

// Where an installer puts its own copy first (the Windows program folder, a macOS
// bundle's Frameworks), then the name the system's loader resolves.
QStringList candidates()
{
    QStringList out;
#if defined(Q_OS_WIN)
    const QString file = QStringLiteral("libpq.dll");
#elif defined(Q_OS_MACOS)
    const QString file = QStringLiteral("libpq.5.dylib");
#else
    const QString file = QStringLiteral("libpq.so.5");
#endif
    if (QCoreApplication::instance()) {
        const QDir app(QCoreApplication::applicationDirPath());
        for (const QString &dir : {QStringLiteral("."), QStringLiteral("../Frameworks")})
            if (const QString path = app.filePath(dir + QLatin1Char('/') + file); QFile::exists(path))
                out << QDir::cleanPath(path);
    }
    out << file;
    return out;
}

struct Loaded {
    LibPq fns;
    std::optional<Error> error;
};

template<class F>
bool resolve(QLibrary &lib, F &fn, const char *name, QStringList &missing)
{
    fn = reinterpret_cast<F>(lib.resolve(name));
    if (!fn)
        missing << QString::fromLatin1(name);
    return fn != nullptr;
}

Loaded load()
{
    Loaded out;
    QStringList tried;
    for (const QString &name : candidates()) {
        QLibrary lib(name);
        if (!lib.load()) {
            tried << lib.errorString();
            continue;
        }
        LibPq &f = out.fns;
        QStringList missing;
        resolve(lib, f.connectdb, "PQconnectdb", missing);
        resolve(lib, f.status, "PQstatus", missing);
        resolve(lib, f.errorMessage, "PQerrorMessage", missing);
        resolve(lib, f.user, "PQuser", missing);
        resolve(lib, f.host, "PQhost", missing);
        resolve(lib, f.port, "PQport", missing);
        resolve(lib, f.db, "PQdb", missing);
        resolve(lib, f.finish, "PQfinish", missing);
        resolve(lib, f.execParams, "PQexecParams", missing);
        resolve(lib, f.resultStatus, "PQresultStatus", missing);
        resolve(lib, f.resultErrorField, "PQresultErrorField", missing);
        resolve(lib, f.ntuples, "PQntuples", missing);
        resolve(lib, f.nfields, "PQnfields", missing);
        resolve(lib, f.getisnull, "PQgetisnull", missing);
        resolve(lib, f.getvalue, "PQgetvalue", missing);
        resolve(lib, f.getlength, "PQgetlength", missing);
        resolve(lib, f.clear, "PQclear", missing);
        if (missing.isEmpty())
            return out; // never unloaded: connections live until the process ends
        tried << QStringLiteral("%1 lacks %2").arg(lib.fileName(), missing.join(QStringLiteral(", ")));
        out.fns = {};
        lib.unload();
    }
    out.error = makeError(ErrorCode::Unsupported, QStringLiteral("team cases need the PostgreSQL client library (libpq, version 5), which could not be loaded: %1")
                                                      .arg(tried.join(QStringLiteral("; "))));
    return out;
}

} // namespace

Result<const LibPq *> libPq()
{
    static const Loaded loaded = load();
    if (loaded.error)
        return *loaded.error;
    return &loaded.fns;
}

} // namespace seedscope::casedb
