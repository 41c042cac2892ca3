// QR codes: the module matrix a phone camera reads, and the rectangles drawn
// for it (dark on white, quiet zone, in either theme).
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

#include <string>

#include "headless.hpp"
#include "shell/widgets/qr_code.hpp"

using namespace smm;
using smm::test::Headless;

namespace {

// A workshop invitation about as long as the app makes them: 120 characters.
std::string inviteLink() {
    std::string link = "https://maturity.example.org/#w=";
    while (link.size() < 120) link += "k3Jd9xQ2";
    link.resize(120);
    return link;
}

int darkRuns(const ui::QrMatrix& m) {
    int runs = 0;
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x)
            if (m.dark(x, y) && (x == 0 || !m.dark(x - 1, y))) ++runs;
    return runs;
}

}  // namespace

TEST_CASE("a 120-character link encodes as a version 7 code at Medium error correction") {
    const ui::QrMatrix& m = ui::qrMatrix(inviteLink());
    // Byte mode at Medium holds 106 bytes in version 6 and 122 in version 7
    // (ISO/IEC 18004 table 7), and version 7 at Quartile only 86.
    CHECK(m.version == 7);
    CHECK(m.size == 4 * 7 + 17);
    CHECK(m.ecc == 'M');
    REQUIRE(m.modules.size() == static_cast<std::size_t>(m.size * m.size));
    SECTION("the finder patterns sit in three corners: a dark ring, a light ring, a dark centre") {
        for (auto [ox, oy] : {std::pair{0, 0}, std::pair{m.size - 7, 0}, std::pair{0, m.size - 7}}) {
            CAPTURE(ox, oy);
            CHECK(m.dark(ox, oy));
            CHECK(m.dark(ox + 6, oy + 6));
            CHECK_FALSE(m.dark(ox + 1, oy + 1));
            CHECK(m.dark(ox + 3, oy + 3));
        }
    }
}

TEST_CASE("error correction is never below Medium; short texts get more for free") {
    for (const char* text : {"a", "https://example.org/", "WORKSHOP 42"}) {
        CAPTURE(text);
        const ui::QrMatrix& m = ui::qrMatrix(text);
        CHECK(m.size > 0);
        CHECK((m.ecc == 'M' || m.ecc == 'Q' || m.ecc == 'H'));
    }
    CHECK(ui::qrMatrix("a").ecc == 'H');  // one byte fits version 1 at High
}

TEST_CASE("a text too long for any QR code gives no code") {
    const ui::QrMatrix& m = ui::qrMatrix(std::string(3000, 'x'));
    CHECK(m.size == 0);
    CHECK(m.modules.empty());
}

TEST_CASE("drawing: one white square, then a black rectangle per run of dark modules, inside the quiet zone") {
    const std::string link = inviteLink();
    auto theme = GENERATE(ui::ThemeKind::Light, ui::ThemeKind::Dark);
    Headless h;
    ui::applyTheme(theme);
    const ImVec2 topLeft(100, 50);
    const float size = 212.0f;  // 53 modules (45 + 2 x 4 quiet) of 4 px
    const ImDrawData& data = h.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 400));
        ImGui::Begin("qr");
        ui::drawQrCode(ImGui::GetWindowDrawList(), topLeft, size, link);
        ImGui::End();
    });
    ui::applyTheme(ui::ThemeKind::Light);
    const ui::QrMatrix& m = ui::qrMatrix(link);
    REQUIRE(data.CmdListsCount >= 1);
    // Find the white background: the first vertex at topLeft.
    const ImDrawList* drawn = data.CmdLists[0];
    int start = -1;
    for (int i = 0; i < drawn->VtxBuffer.Size; ++i) {
        const ImDrawVert& v = drawn->VtxBuffer[i];
        if (v.pos.x == topLeft.x && v.pos.y == topLeft.y && v.col == IM_COL32_WHITE) {
            start = i;
            break;
        }
    }
    REQUIRE(start >= 0);
    const int vertices = drawn->VtxBuffer.Size - start;
    CHECK(vertices == 4 * (1 + darkRuns(m)));
    float minX = 1e9f, minY = 1e9f, maxX = 0, maxY = 0;
    for (int i = start + 4; i < drawn->VtxBuffer.Size; ++i) {
        const ImDrawVert& v = drawn->VtxBuffer[i];
        CHECK(v.col == IM_COL32_BLACK);
        minX = std::min(minX, v.pos.x), minY = std::min(minY, v.pos.y);
        maxX = std::max(maxX, v.pos.x), maxY = std::max(maxY, v.pos.y);
    }
    // 4 px modules, 4 modules of quiet zone on every side.
    CHECK(minX == topLeft.x + 16);
    CHECK(minY == topLeft.y + 16);
    CHECK(maxX == topLeft.x + size - 16);
    CHECK(maxY == topLeft.y + size - 16);
}
