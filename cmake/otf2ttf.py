"""Rewrites an OpenType/CFF font with TrueType (quadratic) outlines.

Dear ImGui rasterises fonts with stb_truetype, which draws TrueType outlines
about twice as fast as it interprets CFF charstrings: the font atlas built
before the app's first frame takes half the time. Curves are converted with
fontTools' cu2qu to within 1 font unit, invisible at UI sizes.

    python3 otf2ttf.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def convert(src, dst):
    font = TTFont(src)
    if "CFF " not in font:
        raise SystemExit(f"{src}: no CFF outlines to convert")
    glyphs = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    # No glyph names (post format 3): stb_truetype looks glyphs up by code point.
    font["post"].formatType = 3.0
    # Nor the empty layout tables the subset keeps: Dear ImGui neither kerns nor shapes.
    for tag in ("GDEF", "GPOS", "GSUB"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
