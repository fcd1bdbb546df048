// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case schema, its version and the migrations from older versions. The version is
// kept in case_meta (key "schema_version") so SQLite and PostgreSQL cases carry it the
// same way. History (docs/case-file.md):
//   1  case_meta, evidence, keys_used, custody_log, annotations
//   2  + results_cache (cached session results, keyed by evidence SHA-256 + tool version)
//   3  + annotations.target, annotations.target_ref (what a note, bookmark or tag is on)

#include "casedb/CaseBackend.h"

namespace seedscope::casedb {

inline constexpr int kSchemaVersion = 3;

// Creates every table of the current version and stamps it (inside a transaction).
Status createSchema(CaseBackend &db);

// Reads the stamped version; a Malformed error when the tables are not a case's.
Result<int> readSchemaVersion(CaseBackend &db);

// Brings an older case up to kSchemaVersion (inside a transaction).
Status migrate(CaseBackend &db, int fromVersion);

// The version-1 DDL, exactly as version 1 wrote it: tests build old fixtures from it.
QStringList schemaV1Statements(Dialect dialect);

} // namespace seedscope::casedb
