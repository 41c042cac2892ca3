// The page people open: it loads, draws the map, stays quiet and local.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startEnvironment, openApp, canvasStats, artifactsDir } from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('the first frame draws a real map with no console errors', async () => {
  const { page, context, errors, requests } = await openApp(env);
  const ms = await page.evaluate(() => window.smmFirstFrameMs);
  console.log(`navigation to first frame: ${ms.toFixed(0)} ms`);
  const stats = await canvasStats(page);
  assert.equal(stats.width, 1280);
  assert.equal(stats.height, 800);
  assert.ok(stats.variance > 200, `canvas looks blank (luminance variance ${stats.variance.toFixed(1)})`);
  await page.screenshot({ path: join(artifactsDir, 'map-1280x800.png') });
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(env.baseUrl));
  assert.deepEqual(foreign, [], 'the page must not contact any other origin');
  await context.close();
});

test('the canvas is sized in device pixels at devicePixelRatio 2', async () => {
  const { page, context, errors } = await openApp(env, { deviceScaleFactor: 2 });
  const stats = await canvasStats(page);
  assert.equal(stats.width, 2560);
  assert.equal(stats.height, 1600);
  assert.ok(stats.variance > 200);
  await page.screenshot({ path: join(artifactsDir, 'map-dpr2.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas follows window resizes', async () => {
  const { page, context } = await openApp(env);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1000);
  const stats = await canvasStats(page);
  assert.equal(stats.height, 700);
  await context.close();
});

test('a missing module shows a clear message instead of a blank page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route(/\/smm\.[0-9a-f]{10}\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFailed);
  const text = await page.textContent('#error');
  assert.match(text, /could not be loaded/);
  await context.close();
});

test('a browser without WebGL 2 is told so plainly', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFailed);
  assert.match(await page.textContent('#error'), /WebGL 2/);
  await context.close();
});
