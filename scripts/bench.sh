#!/usr/bin/env bash
# Builds the optimised native preset (RelWithDebInfo: -O2) and runs the
# benchmarks. Benchmarks print numbers; they are not tests.
#   scripts/bench.sh                 # 1,000 participants, 20 runs
#   scripts/bench.sh 5000 10         # participants, runs
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f build/native/build.ninja ] || cmake --preset native >/dev/null
cmake --build build/native --target bench_aggregate
echo
build/native/bench/bench_aggregate "$@"
