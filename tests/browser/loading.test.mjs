// How the page starts: one WebGL context (no throwaway probe), the wasm
// requested with the page rather than after smm.js, the first frame drawn is
// the whole page, and a clear message when the wasm does not arrive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment } from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('one WebGL context, and the wasm is requested before smm.js has arrived', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__contexts = [];
    window.__contextObjects = new Set();
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      const made = original.call(this, kind, ...rest);
      window.__contexts.push(`${kind}#${this.id}`);
      if (made) window.__contextObjects.add(made);
      return made;
    };
  });
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined || window.smmFailed, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.smmFailed), undefined);
  const asked = await page.evaluate(() => window.__contexts);
  assert.ok(asked.length >= 1 && asked.every((c) => c === 'webgl2#canvas'), asked.join(', '));
  assert.equal(await page.evaluate(() => window.__contextObjects.size), 1, 'one context object, never a second one');
  // The program's names carry a content hash (smm.<hash>.js, smm.<hash>.wasm).
  const timing = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .map((r) => [new URL(r.name).pathname.replace(/\.[0-9a-f]{10}\./, '.'), { start: r.startTime, end: r.responseEnd }])));
  assert.ok(timing['/smm.wasm'] && timing['/smm.js'], JSON.stringify(timing));
  assert.ok(timing['/smm.wasm'].start < timing['/smm.js'].end,
            `wasm requested at ${timing['/smm.wasm'].start.toFixed(0)} ms, smm.js arrived at ${timing['/smm.js'].end.toFixed(0)} ms`);
  const wasmFetches = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => /\/smm\.[0-9a-f]{10}\.wasm$/.test(r.name)).length);
  assert.equal(wasmFetches, 1, 'the preload and the compile share one download');
  await context.close();
});

test('a wasm that does not arrive shows a clear message instead of a blank page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route(/\/smm\.[0-9a-f]{10}\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFailed, null, { timeout: 30000 });
  assert.match(await page.textContent('#error'), /could not be loaded/);
  assert.equal(await page.isVisible('#loading'), false);
  await context.close();
});

// Counts the elements each frame draws (the first frame is drawn by main(),
// outside an animation frame; later ones inside).
const COUNT_FRAMES = () => {
  const log = window.__frames = [];
  let elements = 0;
  const original = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...args) { elements += args[1]; return original.apply(this, args); };
  window.__noteFrame = () => { if (elements) log.push(elements); elements = 0; };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { window.__noteFrame(); cb(t); window.__noteFrame(); });
};

for (const device of [{ name: 'laptop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
                      { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true }]) {
  test(`${device.name}: the first frame drawn is the whole page, not the top bar alone`, async () => {
    // Windows that size themselves are hidden on the frame they appear; drawn
    // as they came, the first frames showed the top bar, then half the page.
    const { name, ...options } = device;
    const context = await env.browser.newContext(options);
    await context.addInitScript(COUNT_FRAMES);
    const page = await context.newPage();
    await page.goto(env.baseUrl);
    await page.waitForFunction(() => window.smmFirstFrameMs !== undefined, null, { timeout: 30000 });
    await page.waitForTimeout(2500);  // settled and asleep
    const frames = await page.evaluate(() => { window.__noteFrame(); return window.__frames; });
    const settled = frames[frames.length - 1];
    console.log(`${name}: elements per frame ${frames.join(', ')}`);
    assert.ok(frames[0] >= 0.95 * settled, `first frame drew ${frames[0]} elements, the settled page ${settled}`);
    await context.close();
  });
}
