#include "renderer.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>

EM_JS(void, js_console_error, (const char* log), { console.error("The map's shader did not build: " + UTF8ToString(log)); });

namespace smm::web {
namespace {

// Premultiplication is not needed: ImGui's colours are straight alpha. The
// atlas is coverage only, so its red channel is the glyph's alpha.
constexpr const char* kVertexShader = R"(#version 300 es
uniform vec4 uTransform;  // scale.xy, offset.zw: ImGui's pixels to clip space
in vec2 aPosition;
in vec2 aUV;
in vec4 aColor;
out vec2 vUV;
out vec4 vColor;
void main() {
    vUV = aUV;
    vColor = aColor;
    gl_Position = vec4(aPosition * uTransform.xy + uTransform.zw, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D uAtlas;
in vec2 vUV;
in vec4 vColor;
out vec4 outColor;
void main() {
    outColor = vec4(vColor.rgb, vColor.a * texture(uAtlas, vUV).r);
})";

struct Gl {
    GLuint program = 0, vao = 0, vertices = 0, indices = 0, atlas = 0;
    GLint transform = -1;
} gGl;

GLuint compile(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Everything a frame needs, set once: nothing else draws on this context.
void setState() {
    glUseProgram(gGl.program);
    glBindVertexArray(gGl.vao);
    glBindBuffer(GL_ARRAY_BUFFER, gGl.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gGl.indices);
    glActiveTexture(GL_TEXTURE0);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
}

}  // namespace

void beginRenderer() {
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    gGl.program = glCreateProgram();
    glAttachShader(gGl.program, vs);
    glAttachShader(gGl.program, fs);
    glBindAttribLocation(gGl.program, 0, "aPosition");
    glBindAttribLocation(gGl.program, 1, "aUV");
    glBindAttribLocation(gGl.program, 2, "aColor");
    glLinkProgram(gGl.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
}

bool finishRenderer() {
    // The one status query: a shader that did not build would draw nothing, silently.
    GLint linked = 0;
    glGetProgramiv(gGl.program, GL_LINK_STATUS, &linked);
    if (!linked) {
        char log[512] = {};
        glGetProgramInfoLog(gGl.program, sizeof log, nullptr, log);
        js_console_error(log);
        return false;
    }
    gGl.transform = glGetUniformLocation(gGl.program, "uTransform");
    glUseProgram(gGl.program);
    glUniform1i(glGetUniformLocation(gGl.program, "uAtlas"), 0);

    glGenVertexArrays(1, &gGl.vao);
    glGenBuffers(1, &gGl.vertices);
    glGenBuffers(1, &gGl.indices);
    glBindVertexArray(gGl.vao);
    glBindBuffer(GL_ARRAY_BUFFER, gGl.vertices);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gGl.indices);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "smm_webgl2";
    return true;
}

void uploadFontAtlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    // The pixels as shell/fonts.cpp's build left them: GetTexDataAsAlpha8
    // would link ImFontAtlas::Build() and the default font it falls back on.
    const unsigned char* pixels = atlas.TexPixelsAlpha8;
    const int width = atlas.TexWidth, height = atlas.TexHeight;
    if (!gGl.atlas) glGenTextures(1, &gGl.atlas);
    glBindTexture(GL_TEXTURE_2D, gGl.atlas);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(gGl.atlas)));
    atlas.ClearTexData();
}

void renderFrame(const ImDrawData& data, int framebufferWidth, int framebufferHeight, ImU32 background) {
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (framebufferWidth <= 0 || framebufferHeight <= 0 || data.CmdListsCount == 0) return;

    setState();
    glEnable(GL_SCISSOR_TEST);
    const ImVec2 pos = data.DisplayPos, size = data.DisplaySize, scale = data.FramebufferScale;
    glUniform4f(gGl.transform, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * pos.x / size.x,
                1.0f + 2.0f * pos.y / size.y);
    for (const ImDrawList* list : data.CmdLists) {
        glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.size_in_bytes(), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.size_in_bytes(), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) setState();
                else cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - pos.x) * scale.x, y0 = (cmd.ClipRect.y - pos.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - pos.x) * scale.x, y1 = (cmd.ClipRect.w - pos.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(framebufferHeight - y1), static_cast<GLsizei>(x1 - x0),
                      static_cast<GLsizei>(y1 - y0));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace smm::web
