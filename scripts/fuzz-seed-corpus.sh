#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills DIR/<fuzzer>/ with seed inputs: structures cut from simulated dumps (by the
# make_fuzz_seeds tool of the fuzz build), the test vectors, the bundled Ω sample and,
# when ../shared is beside the checkout, the real Ω corpus.
#   scripts/fuzz-seed-corpus.sh DIR [BUILD_DIR]
set -euo pipefail
out=${1:?usage: fuzz-seed-corpus.sh DIR [BUILD_DIR]}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=${2:-$root/build-fuzz}
mkdir -p "$out"/fuzz_findings_json "$out"/fuzz_omega_checkpoint "$out"/fuzz_dump_image
printf '[{"code":"X","severity":"info","offset":1,"length":2,"verdict":"torn_tail"}]' > "$out"/fuzz_findings_json/seed1.json

"$build"/bin/make_fuzz_seeds "$out"

cp "$root"/tests/vectors/data/*.seeddump "$out"/fuzz_dump_image/

# Ω: every checkpoint and manifest file, flattened (names made unique by their path).
copy_omega() {
    local src=$1 tag=$2
    [ -d "$src" ] || return 0
    find "$src" -type f \( -name 'checkpoint_*.json' -o -name 'manifest.json' \) -size -64k -print0 |
        while IFS= read -r -d '' f; do
            cp "$f" "$out/fuzz_omega_checkpoint/$tag-$(echo "${f#"$src"/}" | tr '/' '_')"
        done
}
copy_omega "$root/resources/samples/omega-sample" sample
copy_omega "$root/../shared/corpus/omega-real" real
for d in "$out"/*/; do
    echo "seeds: $(basename "$d") $(find "$d" -type f | wc -l)"
done
