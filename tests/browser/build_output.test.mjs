// What the web build leaves for a host to serve (scripts/stamp_web.mjs,
// scripts/make_icons.mjs): the page names the program by content-hashed
// names that exist, the service worker keeps exactly the app shell, and the
// manifest's icons are real images of the sizes it says. Reads build/web.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness.mjs';

const dir = process.env.SMM_WEB_DIR || join(repoRoot, 'build', 'web');
const read = (name) => readFileSync(join(dir, name));

test('the page loads the program by names that carry its content hash', () => {
  const page = read('index.html').toString();
  const names = [...page.matchAll(/['"](smm\.([0-9a-f]{10})\.(js|wasm))['"]/g)];
  assert.deepEqual([...new Set(names.map((m) => m[3]))].sort(), ['js', 'wasm']);
  for (const [, name, hash] of names) {
    const body = read(name);
    assert.equal(createHash('sha256').update(body).digest('hex').slice(0, 10), hash, name);
    for (const twin of ['.br', '.gz']) assert.ok(existsSync(join(dir, name + twin)), name + twin);
  }
  assert.doesNotMatch(page, /['"]smm\.(js|wasm)['"]/, 'no unhashed name is loaded');
});

test('the service worker keeps the app shell of this build, under this build\'s id', () => {
  const worker = read('sw.js').toString();
  const build = JSON.parse(/^const BUILD = (.*);$/m.exec(worker)[1]);
  const page = read('index.html').toString();
  assert.equal(/<meta name="smm-build" content="([^"]+)">/.exec(page)[1], build.version);
  const program = [...page.matchAll(/['"](smm\.[0-9a-f]{10}\.(?:js|wasm))['"]/g)].map((m) => m[1]);
  for (const name of ['./', 'manifest.webmanifest', ...new Set(program)]) assert.ok(build.files.includes(name), name);
  for (const name of build.files) assert.ok(name === './' || existsSync(join(dir, name)), name);
});

test('installable: the manifest names the app, opens standalone, and its icons are PNGs of their sizes', () => {
  const manifest = JSON.parse(read('manifest.webmanifest'));
  assert.equal(manifest.name, 'Social Maturity Map');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, manifest.short_name);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.match(manifest.theme_color, /^#[0-9A-F]{6}$/i);
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  assert.ok(pngs.some((i) => i.sizes === '192x192') && pngs.some((i) => i.sizes === '512x512'));
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  for (const icon of pngs) {
    const png = read(icon.src);
    assert.equal(png.subarray(1, 4).toString(), 'PNG', icon.src);
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  const page = read('index.html').toString();
  assert.match(page, /<link rel="manifest" href="manifest.webmanifest">/);
  // Both themes' top bar (shell/theme.cpp: surface, light and dark).
  assert.match(page, /<meta name="theme-color" content="#FFFFFF" media="\(prefers-color-scheme: light\)">/);
  assert.match(page, /<meta name="theme-color" content="#1A2029" media="\(prefers-color-scheme: dark\)">/);
});
