"""Rewrites an OpenType/CFF font with TrueType (quadratic) outlines.

Dear ImGui rasterises fonts with stb_truetype, which draws TrueType outlines
about twice as fast as it interprets CFF charstrings: the font atlas built
before the app's first frame takes half the time. Curves are converted with
fontTools' cu2qu to within 2 font units (of 2048 to the em: a thirtieth of a
pixel at 30 px), invisible at UI sizes; 1 unit cost 1.7 KB more brotli.

CFF has no composite glyphs, so every accented letter carries its base
letter's outline again. Here a glyph whose contours are another glyph's
(moved) plus the rest becomes a TrueType composite: a reference to that base
glyph and one to a glyph holding the rest (an existing glyph with that very
outline, or an unencoded one made for it and shared by every letter with
that accent). The outline drawn is the same; stb_truetype reads composites.

    python3 otf2ttf.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

MAX_ERR = 2.0  # font units


def contours(glyphset, name):
    """The glyph's contours, each (start point, shape): shape is its pen
    operations relative to its first point, so equal outlines moved compare equal."""
    rec = RecordingPen()
    glyphset[name].draw(rec)
    out, current = [], []
    for op, args in rec.value:
        current.append((op, args))
        if op in ("closePath", "endPath"):
            out.append(current)
            current = []
    if current:
        out.append(current)
    result = []
    for c in out:
        if c[0][0] != "moveTo":
            return None  # not a plain outline: left as it is
        x0, y0 = c[0][1][0]
        shape = tuple((op, tuple((round(x - x0, 3), round(y - y0, 3)) for x, y in args)) for op, args in c)
        result.append(((x0, y0), shape))
    return result


def quadratic(glyphset, name):
    pen = TTGlyphPen(glyphset)
    glyphset[name].draw(Cu2QuPen(pen, max_err=MAX_ERR, reverse_direction=True))
    return pen.glyph()


class Shape:
    """A list of contours as a glyph set can draw them (for making the
    accent glyphs): the recorded operations, moved by (dx, dy)."""

    def __init__(self, parts, dx, dy):
        self.parts, self.dx, self.dy = parts, dx, dy

    def draw(self, pen):
        for (x0, y0), shape in self.parts:
            for op, pts in shape:
                getattr(pen, op)(*[(x0 + x - self.dx, y0 + y - self.dy) for x, y in pts])


def find_composites(glyphset, order):
    """{glyph: [(component, dx, dy), ...]} and {new accent glyph: Shape}."""
    outline = {n: contours(glyphset, n) for n in order}
    # Where each contour shape occurs: shape -> [(glyph, start point)].
    where = {}
    for n in order:
        for start, shape in outline[n] or ():
            where.setdefault(shape, []).append((n, start))
    size = lambda parts: sum(len(s) for _, s in parts)
    composites, accents, accent_of = {}, {}, {}
    for name in order:
        mine = outline[name]
        if not mine or len(mine) < 2:
            continue
        # The base: the glyph, other than this one, with the most of this
        # one's outline, all of its contours found here under one move.
        found = {}
        for start, shape in mine:
            for other, ostart in where[shape]:
                if other == name or not outline[other]:
                    continue
                key = (other, start[0] - ostart[0], start[1] - ostart[1])
                found.setdefault(key, set()).add((start, shape))
        best = None
        for (other, dx, dy), hits in found.items():
            if len(hits) == len(outline[other]) < len(mine) and len(set(s for _, s in outline[other])) == len(hits):
                if dx != int(dx) or dy != int(dy):
                    continue
                if best is None or size(outline[other]) > size(outline[best[0]]):
                    best = (other, int(dx), int(dy), hits)
        if best is None:
            continue
        other, dx, dy, hits = best
        if other in composites:
            continue  # one level: the base itself must be a simple glyph
        rest = [c for c in mine if c not in hits]
        # The rest as a glyph moved to where its first point is (0, 0)...
        rx, ry = rest[0][0]
        if rx != int(rx) or ry != int(ry):
            continue
        key = tuple(((x - rx, y - ry), s) for (x, y), s in rest)
        # ... an existing glyph drawing exactly that, else a new shared one.
        accent = accent_of.get(key)
        if accent is None:
            for n in order:
                o = outline[n]
                if n != name and n not in composites and o and len(o) == len(rest):
                    ox, oy = o[0][0]
                    if tuple(((x - ox, y - oy), s) for (x, y), s in o) == key and ox == int(ox) and oy == int(oy):
                        accent = (n, int(ox), int(oy))
                        break
            if accent is None:
                n = f"_accent{len(accents)}"
                accents[n] = Shape(list(key), 0, 0)
                accent = (n, 0, 0)
            accent_of[key] = accent
        an, ax, ay = accent
        composites[name] = [(other, dx, dy), (an, int(rx) - ax, int(ry) - ay)]
    return composites, accents


def convert(src, dst):
    font = TTFont(src)
    if "CFF " not in font:
        raise SystemExit(f"{src}: no CFF outlines to convert")
    glyphs = font.getGlyphSet()
    order = font.getGlyphOrder()
    composites, accents = find_composites(glyphs, order)
    glyf = newTable("glyf")
    glyf.glyphs = {}
    glyf.glyphOrder = order + list(accents)
    for name in order:
        if name in composites:
            g = Glyph()
            g.numberOfContours = -1
            g.components = []
            for base, dx, dy in composites[name]:
                c = GlyphComponent()
                c.glyphName, c.x, c.y, c.flags = base, dx, dy, 0x4  # ROUND_XY_TO_GRID, as fontTools writes them
                g.components.append(c)
            glyf[name] = g
        else:
            glyf[name] = quadratic(glyphs, name)
    for name, shape in accents.items():
        pen = TTGlyphPen(None)
        shape.draw(Cu2QuPen(pen, max_err=MAX_ERR, reverse_direction=True))
        glyf[name] = pen.glyph()
    order = glyf.glyphOrder
    font.setGlyphOrder(order)
    for name in accents:  # no advance; the left side bearing is its xMin, as for every glyph
        glyf[name].recalcBounds(glyf)
        font["hmtx"][name] = (0, glyf[name].xMin)
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
    return len(composites), len(accents)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
