#include "canvas.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>

namespace smm::web {

CanvasSize syncCanvasSize() {
    CanvasSize size;
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    size.cssWidth = static_cast<float>(w);
    size.cssHeight = static_cast<float>(h);
    size.pixelRatio = static_cast<float>(emscripten_get_device_pixel_ratio());
    size.pixelWidth = static_cast<int>(std::lround(w * size.pixelRatio));
    size.pixelHeight = static_cast<int>(std::lround(h * size.pixelRatio));
    int curW = 0, curH = 0;
    emscripten_get_canvas_element_size("#canvas", &curW, &curH);
    if (curW != size.pixelWidth || curH != size.pixelHeight)
        emscripten_set_canvas_element_size("#canvas", size.pixelWidth, size.pixelHeight);
    return size;
}

}  // namespace smm::web
