// Idle by time, not by frame count: the page stops drawing a fixed time
// (about 300 ms, once its layout has settled) after its last input, however
// slowly frames come (a slow GPU, devicePixelRatio 2); a mouse move wakes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment, openApp, framesRendered, waitForOfflineReady } from './harness.mjs';

// What the canvas shows, as a short fingerprint of its pixels.
const picture = (page) => page.evaluate(() => {
  const src = document.getElementById('canvas');
  const c = document.createElement('canvas');
  c.width = src.width; c.height = src.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(src, 0, 0);
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  let h = 2166136261;
  for (let i = 0; i < data.length; i += 4) h = Math.imul(h ^ (data[i] + 3 * data[i + 1] + 7 * data[i + 2]), 16777619);
  return h >>> 0;
});

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 2]) {
  test(`devicePixelRatio ${dpr}: no frames in two idle seconds after start-up`, async () => {
    const { page, context } = await openApp(env, { deviceScaleFactor: dpr });
    // The service worker's install ends with one wake (the top bar then says
    // "Works offline"); start-up's settling frames, even slow ones, are over
    // well within 1.5 s after that.
    await waitForOfflineReady(page);
    await page.waitForTimeout(1500);
    const before = await framesRendered(page);
    await page.waitForTimeout(2000);
    const idle = (await framesRendered(page)) - before;
    console.log(`DPR ${dpr}: ${before} frames at start-up, ${idle} in two idle seconds`);
    assert.equal(idle, 0);

    // It fell asleep on the finished picture: more frames change nothing.
    const asleep = await picture(page);
    await page.mouse.move(3, 796);  // the empty page corner
    await page.waitForFunction((n) => Module._smm_frames_rendered() > n, before, { timeout: 5000 });
    await page.waitForTimeout(1500);
    assert.equal(await picture(page), asleep, 'the layout had settled before the loop paused');

    // Input wakes it; it stops again soon after the last event.
    const beforeMove = await framesRendered(page);
    await page.mouse.move(600, 400);
    await page.mouse.move(610, 405);
    const woke = Date.now();
    await page.waitForFunction((n) => Module._smm_frames_rendered() > n, beforeMove, { timeout: 5000 });
    await page.waitForTimeout(1500);
    const settled = await framesRendered(page);
    await page.waitForTimeout(1000);
    assert.equal(await framesRendered(page), settled, 'asleep again after the mouse stopped');
    assert.ok(settled > beforeMove, 'the mouse woke it');
    console.log(`DPR ${dpr}: a mouse move drew ${settled - beforeMove} frames (${Date.now() - woke} ms watched)`);
    await context.close();
  });
}

test('a wake draws a frame even when a slow GPU delivers it after the awake time', async () => {
  // Every animation frame comes 400 ms late, longer than the 300 ms the loop
  // stays awake: what woke it (here a zero wheel, which Dear ImGui ignores as
  // input) must still be drawn, or the page would never catch up.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf(() => setTimeout(() => raf(cb), 400));
  });
  const page = await context.newPage();
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(3000);  // asleep
  for (let i = 0; i < 3; i++) {
    const before = await framesRendered(page);
    await page.evaluate(() => document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel', { deltaY: 0 })));
    await page.waitForFunction((n) => Module._smm_frames_rendered() > n, before, { timeout: 5000 });
    await page.waitForTimeout(1500);
  }
  await context.close();
});

test('frames that only scroll, hover and type lay nothing out again', async () => {
  // A frame where a window is still measuring itself is laid out again,
  // undrawn (web/frame_loop.cpp); a view that never stopped measuring would
  // pay for those passes on every frame.
  const { page, context } = await openApp(env, { hash: '', viewport: { width: 1280, height: 800 } });
  const passes = () => page.evaluate(() => Module._smm_layout_passes());
  for (const view of ['map', 'roadmap', 'questionnaire', 'overview']) {
    await page.evaluate((v) => { history.pushState(null, '', '?view=' + v); window.dispatchEvent(new PopStateEvent('popstate')); }, view);
    await page.waitForTimeout(600);
    const [frames0, passes0] = [await framesRendered(page), await passes()];
    for (let i = 0; i < 12; i++) {
      await page.mouse.move(300 + 60 * i, 300 + 25 * i);
      await page.mouse.wheel(0, i < 6 ? 120 : -120);
      await page.waitForTimeout(40);
    }
    await page.keyboard.type('ab');
    await page.waitForTimeout(600);
    const frames = (await framesRendered(page)) - frames0, extra = (await passes()) - passes0;
    console.log(`${view}: ${frames} frames while scrolling and hovering, ${extra} undrawn layout passes`);
    assert.ok(frames >= 10, `${view}: the input drew frames`);
    // A tooltip or card appearing may be measured once in a while; never a pass per frame.
    assert.ok(extra <= frames / 2, `${view}: ${extra} layout passes in ${frames} frames`);
  }
  await context.close();
});
