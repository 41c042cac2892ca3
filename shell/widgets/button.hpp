// Buttons and text fields drawn in the app's style, at least a fingertip tall
// on touch screens. The id is the label tests and the screen reader find.
#pragma once

#include <string>

namespace smm::ui {

enum class ButtonKind { Primary, Secondary };

// A button `width` wide (0 = fits its label); true when pressed.
bool button(const char* id, const std::string& label, ButtonKind kind, float width = 0.0f, bool enabled = true);

// ImGui's text field on a std::string, growing it as the user types; true when changed.
bool inputString(const char* id, const char* hint, std::string& value);
// One line of text on a std::string, growing it as the user types; true when changed.
bool textField(const char* id, const char* hint, std::string& value, float width);
// Several lines (pasted links); true when changed.
bool textArea(const char* id, const char* hint, std::string& value, float width, float height);

}  // namespace smm::ui
