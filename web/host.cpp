#include "host.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

namespace smm::web {

Host& host() {
    static Host instance;
    return instance;
}

}  // namespace smm::web

// The helpers the page's EM_JS functions share. Text crosses between
// JavaScript and C++ with its length, never as a C string (a stored entry
// may hold U+0000): smmToC makes [4-byte length][UTF-8 bytes][0], malloc'ed
// (the C++ side takes it with adoptString, or smmWithString frees it after
// the call, which gets the bytes and their length); smmFromC reads bytes and
// a length back. And a file saved through a link click.
EM_JS(void, js_install_page_helpers, (), {
    Module.smmToC = (value) => {
        const size = lengthBytesUTF8(value);
        const ptr = _malloc(size + 5);
        HEAPU8[ptr] = size & 255;
        HEAPU8[ptr + 1] = (size >>> 8) & 255;
        HEAPU8[ptr + 2] = (size >>> 16) & 255;
        HEAPU8[ptr + 3] = (size >>> 24) & 255;
        stringToUTF8(value, ptr + 4, size + 1);
        return ptr;
    };
    Module.smmSizeOf = (ptr) => HEAPU8[ptr] | (HEAPU8[ptr + 1] << 8) | (HEAPU8[ptr + 2] << 16) | (HEAPU8[ptr + 3] << 24);
    Module.smmFromC = (ptr, size) => size > 0 ? new TextDecoder().decode(HEAPU8.subarray(ptr, ptr + size)) : "";
    // Calls fn(bytes, length) with a copy of `value` that lives only during the call.
    Module.smmWithString = (value, fn) => {
        const ptr = Module.smmToC(value);
        try { fn(ptr + 4, Module.smmSizeOf(ptr)); } finally { _free(ptr); }
    };
    Module.smmSaveBlob = (blob, filename) => {
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = filename;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    };
});

namespace smm::web {

void installPageHelpers() { js_install_page_helpers(); }

std::string peekString(const char* made) {
    if (!made) return {};
    const auto* b = reinterpret_cast<const unsigned char*>(made);
    const std::size_t size = b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<std::size_t>(b[3]) << 24);
    return std::string(made + 4, size);
}

std::string adoptString(char* made) {
    std::string out = peekString(made);
    std::free(made);
    return out;
}

}  // namespace smm::web
