#include "print.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>

#include <string>

#include "core/report_html.hpp"

EM_JS(void, js_install_print, (), {
    const target = document.getElementById('print-report');
    if (!target) return;
    window.addEventListener('beforeprint', () => {
        const html = UTF8ToString(_smm_report_html());
        const doc = new DOMParser().parseFromString(html, 'text/html');
        // The report's own styles, for print only, so the screen is untouched.
        const style = document.createElement('style');
        style.textContent = '@media print {' + Array.from(doc.querySelectorAll('style')).map((s) => s.textContent).join('\n') + '}';
        target.replaceChildren(style, ...Array.from(doc.body.childNodes));
    });
    window.addEventListener('afterprint', () => target.replaceChildren());
});

namespace smm::web {

void installPrint() { js_install_print(); }

}  // namespace smm::web

// The open assessment's report, the same one File -> Export -> HTML saves.
extern "C" EMSCRIPTEN_KEEPALIVE const char* smm_report_html() {
    static std::string html;
    const smm::App* app = smm::web::host().app.get();
    if (!app) return "";
    const smm::Document& doc = app->document();
    html = smm::renderHtmlReport(doc.model(), doc.assessment(), doc.workshop());
    return html.c_str();
}
