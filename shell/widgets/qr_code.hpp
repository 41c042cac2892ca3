// QR codes (Nayuki's QR Code generator, fetched by scripts/setup.sh) drawn as
// rectangles: a workshop's invitation link on a card or a projected slide.
// Always dark modules on white with the four-module quiet zone the standard
// asks for, in either theme, so any phone camera reads it.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace smm::ui {

// The modules of one QR code, row by row; true = dark.
struct QrMatrix {
    int size = 0;     // modules per side (21 .. 177); 0 when the text does not fit
    int version = 0;  // 1 .. 40
    char ecc = '?';   // error correction level: 'L', 'M', 'Q' or 'H'
    std::vector<bool> modules;
    bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y) * size + x]; }
};

// Encodes `text` (UTF-8, byte mode or denser) with error correction of at
// least Medium, raised when that costs no extra size. The last result is
// kept, so drawing the same code every frame encodes it once.
const QrMatrix& qrMatrix(std::string_view text);

// Modules around the code that must stay light (the standard's quiet zone).
constexpr int kQrQuietZone = 4;

// Draws the code, quiet zone included, in a `size` x `size` square at
// `topLeft`. Modules are whole pixels when the square allows, centred in it.
void drawQrCode(ImDrawList* dl, ImVec2 topLeft, float size, std::string_view text);
// The same, laid out as an item of `size` at the cursor.
void qrCode(std::string_view text, float size);

}  // namespace smm::ui
