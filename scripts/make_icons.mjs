// The app's icons, made at build time from its own mark (the top bar's: three
// rising bars, the ladder in miniature, white on the accent colour; see
// drawMark in shell/views/top_bar.cpp). Writes PNGs (encoded here with zlib)
// and the same shapes as an SVG, for the web app manifest:
//   icon-192.png, icon-512.png    the rounded mark on transparent ("any")
//   icon-maskable-512.png         full bleed, the bars inside the safe zone
//   apple-touch-icon.png (180)    full bleed (iOS rounds it itself)
//   icon.svg
//   node scripts/make_icons.mjs OUT_DIR
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';

const ACCENT = [0x0e, 0x6e, 0x8e];  // the light theme's accent (shell/theme.cpp)
const WHITE = [0xff, 0xff, 0xff];

// The mark in a unit square: [x, y, w, h, radius, colour], as drawMark draws it
// (bars 0.16 wide, 0.08 apart, from x 0.2, on a base at 0.78, 0.22 + 0.18 i tall).
// `inset` shrinks the bars toward the centre (a maskable icon's safe zone).
function shapes({ fullBleed, inset = 1 }) {
  const out = [[0, 0, 1, 1, fullBleed ? 0 : 7 / 32, ACCENT]];
  const w = 0.16, gap = 0.08, base = 0.78, s = (v) => 0.5 + (v - 0.5) * inset;
  for (let i = 0, x = 0.2; i < 3; i++, x += w + gap) {
    const h = 0.22 + 0.18 * i;
    out.push([s(x), s(base - h), w * inset, h * inset, (1.5 / 32) * inset, WHITE]);
  }
  return out;
}

// Coverage of pixel (px, py) by a rounded rectangle, 4x4 samples per pixel.
function coverage([x, y, w, h, r], px, py, size) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (px + (sx + 0.5) / 4) / size, v = (py + (sy + 0.5) / 4) / size;
      const dx = Math.max(x + r - u, 0, u - (x + w - r)), dy = Math.max(y + r - v, 0, v - (y + h - r));
      if (u >= x && u <= x + w && v >= y && v <= y + h && dx * dx + dy * dy <= r * r) hits++;
    }
  }
  return hits / 16;
}

// RGBA pixels, each shape painted over the ones before it.
function rasterise(list, size) {
  const px = new Float64Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      const i = (py * size + pxl) * 4;
      for (const shape of list) {
        const a = coverage(shape, pxl, py, size);
        if (!a) continue;
        const c = shape[5];
        for (let k = 0; k < 3; k++) px[i + k] = (c[k] * a + px[i + k] * px[i + 3] * (1 - a)) / (a + px[i + 3] * (1 - a));
        px[i + 3] = a + px[i + 3] * (1 - a);
      }
    }
  }
  return px;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

// An 8-bit RGBA PNG, one filter byte (none) per row.
function png(pixels, size) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4, o = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 3; k++) rows[o + k] = Math.round(pixels[i + 3] ? pixels[i + k] : 0);
      rows[o + 3] = Math.round(pixels[i + 3] * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);  // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function svg(list) {
  const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
  const n = (v) => +(v * 512).toFixed(2);
  const rects = list.map(([x, y, w, h, r, c]) =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" fill="${hex(c)}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${rects.join('')}</svg>\n`;
}

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/make_icons.mjs OUT_DIR');
mkdirSync(out, { recursive: true });
const any = shapes({ fullBleed: false });
const full = shapes({ fullBleed: true, inset: 0.8 });
writeFileSync(join(out, 'icon-192.png'), png(rasterise(any, 192), 192));
writeFileSync(join(out, 'icon-512.png'), png(rasterise(any, 512), 512));
writeFileSync(join(out, 'icon-maskable-512.png'), png(rasterise(full, 512), 512));
writeFileSync(join(out, 'apple-touch-icon.png'), png(rasterise(shapes({ fullBleed: true }), 180), 180));
writeFileSync(join(out, 'icon.svg'), svg(any));
