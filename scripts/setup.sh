#!/usr/bin/env bash
# Installs what the project needs and is missing; a second run only checks.
# Sources: Debian's packages and the npm registry, nothing else.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
third="$root/third_party"          # git-ignored: fetched sources live here
mkdir -p "$third"

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
}
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# Extra Debian suites: backports for Catch2 3, trixie sources for Dear ImGui,
# bookworm sources for the QR Code generator.
add_source() { # file, content
  if [ ! -f "$1" ]; then echo "$2" | $SUDO tee "$1" >/dev/null; apt_updated=0; fi
}
add_source /etc/apt/sources.list.d/smm-backports.sources "Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
add_source /etc/apt/sources.list.d/smm-trixie-src.sources "Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
add_source /etc/apt/sources.list.d/smm-bookworm-src.sources "Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"

# node-terser: scripts/minify_web.mjs minifies smm.js and the page in the web build.
need=()
for p in cmake ninja-build g++ emscripten nlohmann-json3-dev fonts-inter fonttools chromium \
         node-terser nodejs npm python3 dpkg-dev clang libclang-rt-14-dev; do  # clang + libFuzzer: scripts/fuzz.sh
  have_pkg "$p" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  # node/npm may come from elsewhere on a machine: skip them when present.
  filtered=()
  for p in "${need[@]}"; do
    case "$p" in nodejs|npm) command -v "${p/js/}" >/dev/null 2>&1 && continue;; esac
    filtered+=("$p")
  done
  need=("${filtered[@]}")
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  apt_update_once
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if ! have_pkg catch2 || ! dpkg-query -W -f='${Version}' catch2 | grep -q '^3\.'; then
  echo "setup: installing Catch2 3 from bookworm-backports"
  apt_update_once
  $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports catch2
fi

# Dear ImGui 1.90.1: Debian's source package, unpacked into third_party/imgui.
IMGUI_VERSION="1.90.1+ds-1"
if [ ! -f "$third/imgui/imgui.cpp" ]; then
  echo "setup: fetching Dear ImGui sources ($IMGUI_VERSION)"
  apt_update_once
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only "imgui=$IMGUI_VERSION" >/dev/null)
  rm -rf "$third/imgui" && mkdir -p "$third/imgui"
  tar -xf "$tmp"/imgui_*.orig.tar.* -C "$third/imgui" --strip-components=1
  rm -rf "$tmp"
fi

# Nayuki's QR Code generator 1.8.0: Debian bookworm's source package
# qr-code-generator (the same version as its libqrcodegen-dev), its C library unpacked into third_party/qrcodegen and
# compiled into both builds (so the native build needs no -dev package either). The C library, not the C++ one:
# it reports a too-long text by its return value, and pulls in no iostreams (about 50 KB of WebAssembly).
QRCODEGEN_VERSION="1.8.0-1.1"
if [ ! -f "$third/qrcodegen/qrcodegen.c" ]; then
  echo "setup: fetching the QR Code generator sources ($QRCODEGEN_VERSION)"
  apt_update_once
  tmp="$(mktemp -d)"
  # Only the upstream tarball is used (Debian's packaging files are not needed,
  # and some mirrors lack them): apt checks what it fetched against the signed
  # index, and the tarball is checked again against the signed .dsc.
  (cd "$tmp" && apt-get source --download-only "qr-code-generator=$QRCODEGEN_VERSION" >/dev/null 2>&1) || true
  orig="$(ls "$tmp"/qr-code-generator_*.orig.tar.* 2>/dev/null | head -1)"
  if [ -z "$orig" ] || ! grep -q "$(sha256sum "$orig" | cut -d' ' -f1) $(stat -c %s "$orig") $(basename "$orig")" "$tmp"/*.dsc; then
    echo "setup: could not fetch qr-code-generator $QRCODEGEN_VERSION from Debian" >&2; exit 1
  fi
  mkdir -p "$tmp/src"
  tar -xf "$tmp"/qr-code-generator_*.orig.tar.* -C "$tmp/src" --strip-components=1
  rm -rf "$third/qrcodegen" && mkdir -p "$third/qrcodegen"
  cp "$tmp/src/c/qrcodegen.c" "$tmp/src/c/qrcodegen.h" "$tmp/src/Readme.markdown" "$third/qrcodegen/"
  rm -rf "$tmp"
fi

# playwright-core drives Debian's chromium; it never downloads a browser.
# @axe-core/playwright checks the screen-reader view for accessibility problems.
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] ||
   [ ! -d "$root/tests/browser/node_modules/@axe-core/playwright" ]; then
  echo "setup: installing playwright-core and @axe-core/playwright"
  (cd "$root/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent \
     || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
echo "setup: ok"
