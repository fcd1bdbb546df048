// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strings from evidence (an Omega network_id, a file name in a dump folder, a reason text
// in a journal entry) end up on terminals, in HTML reports and in spreadsheets. Each
// destination has one escaping function here, applied where the text meets it; the
// findings themselves keep the evidence's text unchanged.

#include <QByteArrayView>
#include <QString>

namespace seedscope {

// For a terminal: C0 controls (newline and tab included), DEL and C1 controls become
// \xNN (\n, \r, \t keep their short forms); bidi overrides and isolates
// (U+202A..U+202E, U+2066..U+2069), line/paragraph separators and lone surrogates become
// \u{XXXX}; a backslash becomes \\ so the escapes cannot be forged. Everything else is
// printed as is.
QString terminalSafe(const QString &s);
// The same for raw bytes: valid UTF-8 is decoded, each byte of an invalid sequence is
// shown as \xNN.
QString terminalSafe(QByteArrayView utf8);

// For HTML text and attribute values: & < > " ' as entities, and the terminal escapes
// for controls and bidi overrides (which would reorder a report's text).
QString htmlEscape(const QString &s);

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled.
// A field starting with = + - @ (or TAB/CR) is prefixed with an apostrophe so spreadsheet
// programs do not run it as a formula; controls are escaped as for a terminal.
QString csvField(const QString &s);

} // namespace seedscope
