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
  const server = await startServer(join(repoRoot, 'build', 'web'), { port: 0 });
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
export async function openApp(env, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, hash = '' } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor });
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
