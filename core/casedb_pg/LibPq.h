// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// libpq, loaded the first time a team case is opened rather than when a program starts.
// Linked, libpq brings Kerberos, LDAP, SASL and GnuTLS with it: about thirty libraries,
// 3.6 MB resident in every seedscope-cli run and a third of its start-up, which a
// command that never opens a team case has no use for. libpq's C interface has been
// stable under one soname (libpq.so.5) since PostgreSQL 8.3, so the program resolves the
// functions it calls, by name, from the library the system (or the installer) provides.

#include "util/Result.h"

#include <libpq-fe.h>

namespace seedscope::casedb {

struct LibPq {
    decltype(&PQconnectdb) connectdb = nullptr;
    decltype(&PQstatus) status = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQuser) user = nullptr;
    decltype(&PQhost) host = nullptr;
    decltype(&PQport) port = nullptr;
    decltype(&PQdb) db = nullptr;
    decltype(&PQfinish) finish = nullptr;
    decltype(&PQexecParams) execParams = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorField) resultErrorField = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQnfields) nfields = nullptr;
    decltype(&PQgetisnull) getisnull = nullptr;
    decltype(&PQgetvalue) getvalue = nullptr;
    decltype(&PQgetlength) getlength = nullptr;
    decltype(&PQclear) clear = nullptr;
};

// The loaded library (loaded once, kept to the end of the process), or an error naming
// the files tried and what the loader said. Thread-safe.
Result<const LibPq *> libPq();

} // namespace seedscope::casedb
