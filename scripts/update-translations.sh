#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/seedscope_<lang>.ts from the sources (lupdate) and reports
# how many entries each language still needs. New strings arrive "unfinished"; strings
# that left the sources are dropped (-no-obsolete). tst_translations fails until every
# entry is translated. Usage: scripts/update-translations.sh [lupdate options...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# qtchooser's /usr/bin/lupdate may point at Qt 5; prefer Qt 6's.
lupdate=${LUPDATE:-$(command -v lupdate-qt6 || { [ -x /usr/lib/qt6/bin/lupdate ] && echo /usr/lib/qt6/bin/lupdate; } || command -v lupdate)}
# The sources whose strings the user sees: the GUI library, the GUI's main, core's
# finding templates (QT_TRANSLATE_NOOP("Finding", ...), findings/FindingText.h), and
# seedscope-cli's help (context "cli"). tests/gui/tst_translations.cpp lists the same.
sources=(ui app/gui app/cli core)
status=0
for ts in translations/seedscope_*.ts; do
    "$lupdate" -silent -no-obsolete -locations none "$@" "${sources[@]}" -ts "$ts"
    total=$(grep -c '<source>' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    printf '%s: %d strings, %d unfinished\n' "$(basename "$ts" .ts)" "$total" "$unfinished"
    [ "$unfinished" = 0 ] || status=1
done
exit $status
