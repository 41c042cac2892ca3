#!/usr/bin/env bash
# Installs what is missing, then runs every test: native Catch2 tests through
# ctest, the browser tests (playwright-core driving Debian's chromium), then
# the sanitizer and fuzzing run (scripts/fuzz.sh; SMM_SKIP_FUZZ=1 skips it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh

echo "== native build and tests =="
[ -f build/native/build.ninja ] || cmake --preset native >/dev/null
cmake --build build/native
ctest --preset native -j2

echo "== web build =="
bash scripts/build_web.sh

echo "== browser tests =="
cd tests/browser
node --test --test-concurrency=1 ./*.test.mjs
cd "$root"

if [ "${SMM_SKIP_FUZZ:-0}" != 1 ]; then
  echo "== sanitizers and fuzzing =="
  bash scripts/fuzz.sh
fi
