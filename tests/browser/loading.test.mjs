// How the page starts: one WebGL context (no throwaway probe), the wasm
// requested with the page rather than after smm.js, and a clear message when
// the wasm does not arrive.
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
  const timing = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .map((r) => [new URL(r.name).pathname, { start: r.startTime, end: r.responseEnd }])));
  assert.ok(timing['/smm.wasm'] && timing['/smm.js'], JSON.stringify(timing));
  assert.ok(timing['/smm.wasm'].start < timing['/smm.js'].end,
            `wasm requested at ${timing['/smm.wasm'].start.toFixed(0)} ms, smm.js arrived at ${timing['/smm.js'].end.toFixed(0)} ms`);
  const wasmFetches = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('/smm.wasm')).length);
  assert.equal(wasmFetches, 1, 'the preload and the compile share one download');
  await context.close();
});

test('a wasm that does not arrive shows a clear message instead of a blank page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/smm.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFailed, null, { timeout: 30000 });
  assert.match(await page.textContent('#error'), /could not be loaded/);
  assert.equal(await page.isVisible('#loading'), false);
  await context.close();
});
