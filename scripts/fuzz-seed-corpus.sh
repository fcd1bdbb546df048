#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills DIR/<fuzzer>/ with seed inputs: test vectors, simulator output and real Ω files.
set -euo pipefail
out=${1:?usage: fuzz-seed-corpus.sh DIR}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"/fuzz_findings_json
printf '[{"code":"X","severity":"info","offset":1,"length":2,"verdict":"torn_tail"}]' > "$out"/fuzz_findings_json/seed1.json
