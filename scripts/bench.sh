#!/usr/bin/env bash
# The benchmark table, in one run: bytes on the wire, the first frame against
# the bare Dear ImGui example, idle frames (headless Chromium), then the core
# and one UI frame of every view natively (optimised build). Prints numbers;
# it is not a test and fails only if something does not build or run.
#   scripts/bench.sh            # 5 interleaved loads per app and DPR
#   LOADS=9 scripts/bench.sh
#   scripts/bench.sh --native   # only the native half (no browser)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

echo "== native: core and headless UI (build/native, -O2) =="
[ -f build/native/build.ninja ] || cmake --preset native >/dev/null
cmake --build build/native --target bench_aggregate bench_ui >/dev/null
echo '```'
build/native/bench/bench_aggregate 1000 20
build/native/bench/bench_ui 200 50
echo '```'
[ "${1:-}" = "--native" ] && exit 0

echo
echo "== browser: ours against the bare Dear ImGui example =="
bash scripts/build_web.sh >/dev/null
bash scripts/bench_bare.sh >/dev/null
node scripts/bench_web.mjs "${LOADS:-5}"
