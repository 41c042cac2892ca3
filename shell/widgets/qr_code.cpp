#include "qr_code.hpp"

#include <qrcodegen.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace smm::ui {
namespace {

using Buffer = std::vector<std::uint8_t>;

// False when `text` does not fit `ecc` within the versions given.
bool encodeAt(const std::string& text, qrcodegen_Ecc ecc, int minVersion, int maxVersion, Buffer& code) {
    Buffer temp(qrcodegen_BUFFER_LEN_MAX);
    code.assign(qrcodegen_BUFFER_LEN_MAX, 0);
    return qrcodegen_encodeText(text.c_str(), temp.data(), code.data(), ecc, minVersion, maxVersion,
                                qrcodegen_Mask_AUTO, false);
}

QrMatrix encode(std::string_view text) {
    const std::string copy(text);
    // Medium survives a projector's glare and a bit of keystone; then the
    // highest level that still fits the same version is taken (boosting).
    Buffer code;
    if (!encodeAt(copy, qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, code))
        return {};  // over 2,331 bytes at Medium: no code
    QrMatrix m;
    m.size = qrcodegen_getSize(code.data());
    m.version = (m.size - 17) / 4;
    m.ecc = 'M';
    Buffer boosted;
    if (encodeAt(copy, qrcodegen_Ecc_HIGH, m.version, m.version, boosted)) {
        code.swap(boosted);
        m.ecc = 'H';
    } else if (encodeAt(copy, qrcodegen_Ecc_QUARTILE, m.version, m.version, boosted)) {
        code.swap(boosted);
        m.ecc = 'Q';
    }
    m.modules.resize(static_cast<std::size_t>(m.size) * m.size);
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x)
            m.modules[static_cast<std::size_t>(y) * m.size + x] = qrcodegen_getModule(code.data(), x, y);
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
