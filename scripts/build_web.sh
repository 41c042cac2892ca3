#!/usr/bin/env bash
# Builds the WebAssembly app into build/web (smm.js, smm.wasm, index.html).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f build/web/build.ninja ] || cmake --preset web >/dev/null
cmake --build build/web
