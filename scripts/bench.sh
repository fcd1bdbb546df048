#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Release into build-bench/ and runs the benchmarks (CTest label `bench`, which a
# plain `ctest` skips). The first run simulates the 1,000,000-entry fixture under
# build-bench/bench-fixtures/ (several minutes); later runs reuse it.
# Usage: scripts/bench.sh [extra ctest arguments, e.g. -R bench_omega]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SEEDSCOPE_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEEDSCOPE_BUILD_GUI=OFF
cmake --build "$build"
ctest --test-dir "$build" -C Bench -L bench -V "$@"
