// Shared set-up for browser tests: serve build/web on a free loopback port,
// launch Debian's chromium through playwright-core (never a downloaded
// browser), and collect console errors per page.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static_server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const artifactsDir = join(here, 'artifacts');
mkdirSync(artifactsDir, { recursive: true });

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-features=Translate,OptimizationHints',
];

export async function startEnvironment() {
  // SMM_WEB_DIR tries the tests on another build (e.g. a branch's worktree).
  const server = await startServer(process.env.SMM_WEB_DIR || join(repoRoot, 'build', 'web'), { port: 0 });
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,  // playwright gives every launch a fresh temporary profile
    headless: true,
  });
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

// Opens the app in a fresh context and waits for its first frame.
// Returns { page, context, errors, requests } where errors collects console
// errors and page errors, and requests every URL the page asked for.
export async function openApp(env, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, hash = '', hasTouch = false } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor, hasTouch });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(env.baseUrl + (hash ? `#${hash}` : ''));
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined || window.smmFailed, null, { timeout: 30000 });
  const failed = await page.evaluate(() => window.smmFailed);
  if (failed) throw new Error(`app failed to start: ${failed}`);
  return { page, context, errors, requests };
}

// Mean and variance of the canvas' luminance, read back through a 2D canvas.
export async function canvasStats(page) {
  return page.evaluate(() => {
    const src = document.getElementById('canvas');
    const c = document.createElement('canvas');
    c.width = src.width; c.height = src.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(src, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let sum = 0, sum2 = 0, n = 0;
    for (let i = 0; i < data.length; i += 16) {  // every 4th pixel is plenty
      const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += y; sum2 += y * y; n++;
    }
    const mean = sum / n;
    return { width: c.width, height: c.height, mean, variance: sum2 / n - mean * mean };
  });
}

export const framesRendered = (page) => page.evaluate(() => Module._smm_frames_rendered());

// --- Driving the app by what it shows -------------------------------------
// web/test_hooks.cpp reports where each labelled item was drawn and a summary
// of the open assessment; the tests click and type like a person would.

export async function enableHooks(page) {
  await page.evaluate(() => Module._smm_enable_test_hooks());
  const before = await framesRendered(page);
  // Wake the idle app (a resize event works on touch pages too) so a frame registers the items.
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await nudge(page);
  await waitForFrames(page, before + 1);
}

// Input wakes the idle app; a mouse move in a corner changes nothing else.
export async function nudge(page) {
  await page.mouse.move(2, 795);
  await page.mouse.move(3, 796);
  await page.waitForTimeout(120);
}

// Waits until the app has drawn `count` frames in all (input it already got is then applied).
export async function waitForFrames(page, count, timeout = 5000) {
  const end = Date.now() + timeout;
  while ((await framesRendered(page)) < count && Date.now() < end) await page.waitForTimeout(30);
}

// Waits until the app stops drawing (its idle state after the last input).
export async function waitForIdle(page, timeout = 10000) {
  const end = Date.now() + timeout;
  let last = await framesRendered(page);
  while (Date.now() < end) {
    await page.waitForTimeout(250);
    const now = await framesRendered(page);
    if (now === last) return;
    last = now;
  }
}

export async function findItem(page, label) {
  const text = await page.evaluate((l) => {
    const ptr = Module._malloc(l.length * 4 + 1);
    Module.stringToUTF8(l, ptr, l.length * 4 + 1);
    const out = Module.UTF8ToString(Module._smm_find_item(ptr));
    Module._free(ptr);
    return out;
  }, label);
  if (!text) return null;
  const [x, y, w, h] = text.split(',').map(Number);
  return { x, y, w, h };
}

// Waits until an item labelled `label` is drawn (state the page hands the app,
// such as connectivity, reaches the screen on a later frame).
export async function waitForItem(page, label, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await findItem(page, label);
    if (r) return r;
    if (Date.now() > end) return null;
    await nudge(page);
  }
}

export async function click(page, label, { timeout = 5000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await findItem(page, label);
    if (r) {
      const before = await framesRendered(page);
      await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
      // Press and release land on separate frames; the frame after the release shows the result.
      await waitForFrames(page, before + 3);
      return;
    }
    if (Date.now() > end) throw new Error(`no item labelled "${label}" on screen`);
    await nudge(page);
  }
}

export async function appState(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._smm_state())));
}

export async function waitForState(page, predicate, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await appState(page);
    if (predicate(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s).slice(0, 400)}`);
    await nudge(page);
  }
}

// Opens the File menu and waits until it is on screen (a click that lands
// while a previous menu is still closing would only close it).
export async function openFileMenu(page) {
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await findItem(page, 'New assessment')) {
      // A popup's first frame only measures it; it is placed on the next.
      await nudge(page);
      await waitForFrames(page, (await framesRendered(page)) + 2);
      if (await findItem(page, 'New assessment')) return;
    }
    await click(page, 'File');
    await page.waitForTimeout(150);
    await nudge(page);
  }
  throw new Error('the File menu did not open');
}

export async function renameOrganisation(page, name) {
  await openFileMenu(page);
  await click(page, '##organisation');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name, { delay: 20 });
  // Dear ImGui applies about one key per frame, and on a loaded machine with
  // software WebGL a frame can take 200 ms: the last letters may take seconds.
  await waitForState(page, (s) => s.assessment.organisation === name, `organisation "${name}"`, 15000);
  await page.mouse.click(5, 790);  // outside the menu closes it (Escape would undo the edit)
  await waitForFrames(page, (await framesRendered(page)) + 2);
}

// Waits until the page's service worker keeps all of it (the top bar then
// says "Works offline"; web/offline.cpp sets window.smmConnectivity).
export async function waitForOfflineReady(page, timeout = 30000) {
  await page.waitForFunction(() => window.smmConnectivity && window.smmConnectivity.ready, null, { timeout });
}
