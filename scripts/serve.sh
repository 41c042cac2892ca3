#!/usr/bin/env bash
# Builds the web app and serves it on 127.0.0.1 (PORT, default 8080).
#   scripts/serve.sh            # http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
bash scripts/build_web.sh
exec node scripts/static_server.mjs build/web "${PORT:-8080}"
