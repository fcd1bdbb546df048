#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills DIR/<fuzzer>/ with seed inputs: structures, whole images and Ω folders from the
# simulators (by the make_fuzz_seeds tool of the fuzz build), the test vectors and their
# keys, the bundled Ω sample and, when ../shared is beside the checkout, the real Ω corpus
# (single files, and whole folders as fuzz_omega_folder inputs).
#   scripts/fuzz-seed-corpus.sh DIR [BUILD_DIR]
set -euo pipefail
out=${1:?usage: fuzz-seed-corpus.sh DIR [BUILD_DIR]}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=${2:-$root/build-fuzz}
mkdir -p "$out"/fuzz_findings_json "$out"/fuzz_omega_checkpoint "$out"/fuzz_dump_image "$out"/fuzz_verify_image \
    "$out"/fuzz_evidence_open "$out"/fuzz_key_files "$out"/fuzz_omega_folder
printf '[{"code":"X","severity":"info","offset":1,"length":2,"verdict":"torn_tail"}]' > "$out"/fuzz_findings_json/seed1.json

"$build"/bin/make_fuzz_seeds "$out"

for t in fuzz_dump_image fuzz_verify_image fuzz_evidence_open; do
    cp "$root"/tests/vectors/data/*.seeddump "$out/$t/"
done
cp "$root"/tests/vectors/data/*.key "$out"/fuzz_key_files/ 2>/dev/null || true

# Ω: every checkpoint and manifest file, flattened (names made unique by their path).
copy_omega() {
    local src=$1 tag=$2
    [ -d "$src" ] || return 0
    find "$src" -type f \( -name 'checkpoint_*.json' -o -name 'manifest.json' \) -size -64k -print0 |
        while IFS= read -r -d '' f; do
            cp "$f" "$out/fuzz_omega_checkpoint/$tag-$(echo "${f#"$src"/}" | tr '/' '_')"
        done
}
# A whole folder as one fuzz_omega_folder input: flags byte 0x03 (trusted key, node
# secret), then "name NUL content" entries joined by the separator of tests/fuzz/FuzzInput.h.
folder_seed() {
    local src=$1 dest=$2 first=1
    [ -d "$src" ] || return 0
    {
        printf '\003'
        for f in "$src"/checkpoint_* "$src"/manifest.json; do
            [ -f "$f" ] || continue
            [ $first = 1 ] || printf '\n--seedscope-fuzz-next-entry--\n'
            first=0
            printf '%s\0' "$(basename "$f")"
            head -c 65536 "$f"
        done
    } > "$dest"
}
copy_omega "$root/resources/samples/omega-sample" sample
copy_omega "$root/../shared/corpus/omega-real" real
for d in "$root"/resources/samples/omega-sample/*/ "$root"/../shared/corpus/omega-real/*/; do
    [ -d "$d" ] || continue
    sub=$d; [ -d "$d/checkpoints" ] && sub=$d/checkpoints
    folder_seed "$sub" "$out/fuzz_omega_folder/folder-$(basename "$d")"
done
for d in "$out"/*/; do
    echo "seeds: $(basename "$d") $(find "$d" -type f | wc -l)"
done
