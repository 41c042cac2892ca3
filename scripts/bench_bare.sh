#!/usr/bin/env bash
# Builds Dear ImGui's own GLFW + WebGL2 example with its demo window from
# third_party/imgui (the same 1.90.1 sources the app uses) with the app's
# optimisation and WebAssembly flags, into build/bench-bare (never committed).
# It is the baseline scripts/bench.sh compares the app's first frame against.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
imgui="$root/third_party/imgui"
out="$root/build/bench-bare"
# The example includes "../libs/emscripten/emscripten_mainloop_stub.h", which
# Debian's sources leave out: lay the example out with ours beside it.
mkdir -p "$out/example" "$out/libs/emscripten" "$out/obj" "$out/web"
cp -u "$imgui/examples/example_glfw_opengl3/main.cpp" "$out/example/main.cpp"
cp -u bench/bare/emscripten_mainloop_stub.h "$out/libs/emscripten/"
cp -u bench/bare/index.html "$out/web/index.html"

# Keep in step with the app's flags (CMakeLists.txt's EMSCRIPTEN block, web/CMakeLists.txt).
opt=-Oz
cxxflags=(-std=c++20 "$opt" -flto -DNDEBUG -I"$imgui" -I"$imgui/backends" -DIMGUI_DISABLE_FILE_FUNCTIONS -fwasm-exceptions)
ldflags=(-sUSE_GLFW=3 -sENVIRONMENT=web -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
         -sFILESYSTEM=0 -fwasm-exceptions "$opt" -sMALLOC=emmalloc -sSUPPORT_ERRNO=0 -sGL_TRACK_ERRORS=0)
objs=()
for src in "$out/example/main.cpp" "$imgui/imgui.cpp" "$imgui/imgui_demo.cpp" "$imgui/imgui_draw.cpp" \
           "$imgui/imgui_tables.cpp" "$imgui/imgui_widgets.cpp" "$imgui/backends/imgui_impl_glfw.cpp" \
           "$imgui/backends/imgui_impl_opengl3.cpp"; do
  obj="$out/obj/$(basename "${src%.cpp}")$opt-lto.o"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
    em++ "${cxxflags[@]}" -w -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
if [ ! -f "$out/web/index.wasm" ] || [ -n "$(find "${objs[@]}" -newer "$out/web/index.wasm")" ]; then
  em++ "${objs[@]}" "${ldflags[@]}" -o "$out/web/index.js"
  # The app's build runs Binaryen once more (web/CMakeLists.txt): so does this one.
  wasm-opt -Oz --converge --enable-exception-handling --enable-mutable-globals \
    "$out/web/index.wasm" -o "$out/web/index.wasm"
fi
echo "$out/web"
