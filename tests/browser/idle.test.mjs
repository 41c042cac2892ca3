// Idle by time, not by frame count: the page stops drawing a fixed time
// (about 300 ms, and at least a few settling frames) after its last input,
// however slowly frames come (a slow GPU, devicePixelRatio 2), and a mouse
// move wakes it for about as long again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnvironment, openApp, framesRendered } from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 2]) {
  test(`devicePixelRatio ${dpr}: no frames in two idle seconds after start-up`, async () => {
    const { page, context } = await openApp(env, { deviceScaleFactor: dpr });
    // Start-up's settling frames, even slow ones, are over well within 1.5 s.
    await page.waitForTimeout(1500);
    const before = await framesRendered(page);
    await page.waitForTimeout(2000);
    const idle = (await framesRendered(page)) - before;
    console.log(`DPR ${dpr}: ${before} frames at start-up, ${idle} in two idle seconds`);
    assert.equal(idle, 0);

    // Input wakes it; it stops again soon after the last event.
    await page.mouse.move(600, 400);
    await page.mouse.move(610, 405);
    const woke = Date.now();
    await page.waitForFunction((n) => Module._smm_frames_rendered() > n, before, { timeout: 5000 });
    await page.waitForTimeout(1500);
    const settled = await framesRendered(page);
    await page.waitForTimeout(1000);
    assert.equal(await framesRendered(page), settled, 'asleep again after the mouse stopped');
    assert.ok(settled - before >= 3, `woke for at least the settling frames (drew ${settled - before})`);
    console.log(`DPR ${dpr}: a mouse move drew ${settled - before} frames (${Date.now() - woke} ms watched)`);
    await context.close();
  });
}
