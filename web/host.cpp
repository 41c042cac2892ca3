#include "host.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

namespace smm::web {

Host& host() {
    static Host instance;
    return instance;
}

}  // namespace smm::web

// The helpers the page's EM_JS functions share: a JavaScript string handed to
// C++ (malloc'ed; the C++ side frees it, or smmWithString after the call) and
// a file saved through a link click.
EM_JS(void, js_install_page_helpers, (), {
    Module.smmToC = (value) => {
        const size = lengthBytesUTF8(value) + 1;
        const ptr = _malloc(size);
        stringToUTF8(value, ptr, size);
        return ptr;
    };
    // Calls fn with a C copy of `value` that lives only during the call.
    Module.smmWithString = (value, fn) => {
        const ptr = Module.smmToC(value);
        try { fn(ptr); } finally { _free(ptr); }
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

std::string adoptString(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

}  // namespace smm::web
