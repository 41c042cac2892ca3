#include "qr_code.hpp"

#include <qrcodegen.hpp>

#include <cmath>

namespace smm::ui {
namespace {

char eccLetter(qrcodegen::QrCode::Ecc ecc) {
    switch (ecc) {
        case qrcodegen::QrCode::Ecc::LOW: return 'L';
        case qrcodegen::QrCode::Ecc::MEDIUM: return 'M';
        case qrcodegen::QrCode::Ecc::QUARTILE: return 'Q';
        case qrcodegen::QrCode::Ecc::HIGH: return 'H';
    }
    return '?';
}

QrMatrix encode(std::string_view text) {
    QrMatrix m;
    try {
        const std::string copy(text);
        // Medium survives a projector's glare and a bit of keystone; boosting
        // takes a higher level whenever it fits the same version.
        const auto segments = qrcodegen::QrSegment::makeSegments(copy.c_str());
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeSegments(
            segments, qrcodegen::QrCode::Ecc::MEDIUM, qrcodegen::QrCode::MIN_VERSION, qrcodegen::QrCode::MAX_VERSION,
            -1, true);
        m.size = code.getSize();
        m.version = code.getVersion();
        m.ecc = eccLetter(code.getErrorCorrectionLevel());
        m.modules.resize(static_cast<std::size_t>(m.size) * m.size);
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x) m.modules[static_cast<std::size_t>(y) * m.size + x] = code.getModule(x, y);
    } catch (const qrcodegen::data_too_long&) {
        m = QrMatrix{};  // over 2,331 bytes at Medium: no code
    }
    return m;
}

}  // namespace

const QrMatrix& qrMatrix(std::string_view text) {
    static std::string lastText;
    static QrMatrix last;
    static bool any = false;
    if (!any || text != lastText) {
        last = encode(text);
        lastText.assign(text);
        any = true;
    }
    return last;
}

void drawQrCode(ImDrawList* dl, ImVec2 topLeft, float size, std::string_view text) {
    const QrMatrix& m = qrMatrix(text);
    const ImU32 light = IM_COL32(255, 255, 255, 255), darkColour = IM_COL32(0, 0, 0, 255);
    dl->AddRectFilled(topLeft, ImVec2(topLeft.x + size, topLeft.y + size), light);
    if (m.size == 0) return;
    const int span = m.size + 2 * kQrQuietZone;
    float module = size / static_cast<float>(span);
    if (module >= 2.0f) module = std::floor(module);  // crisp edges for cameras
    const float inset = (size - module * static_cast<float>(span)) * 0.5f + module * kQrQuietZone;
    const ImVec2 origin(std::round(topLeft.x + inset), std::round(topLeft.y + inset));
    // One rectangle per horizontal run of dark modules: a third of the vertices.
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size;) {
            if (!m.dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m.size && m.dark(end, y)) ++end;
            dl->AddRectFilled(ImVec2(origin.x + x * module, origin.y + y * module),
                              ImVec2(origin.x + end * module, origin.y + (y + 1) * module), darkColour);
            x = end;
        }
    }
}

void qrCode(std::string_view text, float size) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    if (ImGui::IsItemVisible()) drawQrCode(ImGui::GetWindowDrawList(), at, size, text);
}

}  // namespace smm::ui
