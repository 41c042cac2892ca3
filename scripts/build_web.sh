#!/usr/bin/env bash
# Builds the WebAssembly app into build/web (smm.js, smm.wasm, index.html).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# Emscripten's JS optimiser needs Debian's node-acorn, which a non-Debian node does not see.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
[ -f build/web/build.ninja ] || cmake --preset web >/dev/null
cmake --build build/web
