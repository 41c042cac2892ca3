// Presentation mode in the browser: a workshop's answers dropped on the page,
// then presented from the File menu, every slide reached with PageDown (what
// clickers send) and photographed at 1920x1080 and 1280x720, and Esc leaves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, openFileMenu, waitForIdle, canvasStats,
  framesRendered, artifactsDir, repoRoot,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// The sample workshop's nine responses as a facilitator's workshop file:
// anonymous, twelve invited, results not yet revealed.
async function dropWorkshop(page) {
  const sample = JSON.parse(await readFile(join(repoRoot, 'assets', 'samples', 'workshop.json'), 'utf8'));
  const file = {
    workshop: { organisation: 'Northwind Traders', date: '2026-11-30', anonymous: true, expected: 12, revealed: false },
    assessments: sample.assessments,
  };
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'workshop.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, JSON.stringify(file));
  await waitForState(page, (s) => s.notices.some((n) => n.startsWith('Opened the workshop')), 'the workshop opened');
}

async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(60);
}

// Presents, photographs every slide, leaves; returns the slide count.
async function presentAll(page, label) {
  await openFileMenu(page);
  await click(page, 'Present on a projector');
  const s = await waitForState(page, (x) => x.presenting && x.slides > 0, 'presentation mode');
  assert.equal(s.slide, 0);
  if (!s.revealed) {
    // Hidden results: the count and the invitation's QR code; R reveals.
    await waitForIdle(page);
    await page.screenshot({ path: join(artifactsDir, `present-${label}-hidden.png`) });
    await press(page, 'r');
    await waitForState(page, (x) => x.revealed, 'the results revealed');
  }
  for (let i = 0; i < s.slides; i++) {
    await waitForState(page, (x) => x.slide === i, `slide ${i + 1}`);
    await waitForIdle(page);
    const stats = await canvasStats(page);
    assert.ok(stats.mean > 180, `slide ${i + 1} at ${label} is on white (mean luminance ${stats.mean.toFixed(0)})`);
    assert.ok(stats.variance > 20, `slide ${i + 1} at ${label} shows something`);
    await page.screenshot({ path: join(artifactsDir, `present-${label}-slide-${i + 1}.png`) });
    if (i + 1 < s.slides) await press(page, 'PageDown');
  }
  // Past the last slide, PageDown stays there; PageUp and Home go back.
  await press(page, 'PageDown');
  await waitForState(page, (x) => x.slide === s.slides - 1, 'still the last slide');
  await press(page, 'PageUp');
  await waitForState(page, (x) => x.slide === s.slides - 2, 'back one slide');
  await press(page, 'Home');
  await waitForState(page, (x) => x.slide === 0, 'the first slide');
  await press(page, 'Space');
  await waitForState(page, (x) => x.slide === 1, 'space moves on');
  // Esc may first end the browser's full screen; the app leaves on the next one at the latest.
  await press(page, 'Escape');
  const left = await appState(page);
  if (left.presenting) await press(page, 'Escape');
  await waitForState(page, (x) => !x.presenting, 'leaving the presentation');
  return s.slides;
}

test('a workshop is presented slide by slide at 1920x1080 and 1280x720, and Esc leaves', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1920, height: 1080 } });
  await enableHooks(page);
  await dropWorkshop(page);
  assert.equal(await presentAll(page, '1920x1080'), 6);
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForIdle(page);
  assert.equal(await presentAll(page, '1280x720'), 6);
  // Back in the app: its views draw again.
  await page.screenshot({ path: join(artifactsDir, 'present-after-leaving.png') });
  const s = await appState(page);
  assert.equal(s.presenting, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a single assessment has no group slides', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 720 } });
  await enableHooks(page);
  await openFileMenu(page);
  await click(page, 'Present on a projector');
  const s = await waitForState(page, (x) => x.presenting && x.slides > 0, 'presentation mode');
  assert.equal(s.slides, 4);
  // The sample has targets: the roadmap and the proposed next steps have content.
  for (let i = 0; i < s.slides; i++) {
    await waitForState(page, (x) => x.slide === i, `slide ${i + 1}`);
    await waitForIdle(page);
    await page.screenshot({ path: join(artifactsDir, `present-single-1280x720-slide-${i + 1}.png`) });
    if (i + 1 < s.slides) await press(page, 'ArrowRight');
  }
  await press(page, 'Home');
  await waitForState(page, (x) => x.slide === 0, 'Home goes to the first slide');
  await press(page, 'End');
  await waitForState(page, (x) => x.slide === 3, 'End goes to the last slide');
  // The countdown (T) goes on while nobody touches anything: the idle loop wakes each second.
  await press(page, 't');
  await waitForIdle(page);
  const before = await framesRendered(page);
  await page.waitForTimeout(2500);
  assert.ok((await framesRendered(page)) > before, 'the countdown drew while idle');
  await press(page, 't');
  await waitForIdle(page);
  const stopped = await framesRendered(page);
  await page.waitForTimeout(1500);
  assert.equal(await framesRendered(page), stopped, 'a stopped countdown costs no frames');
  await press(page, 'Escape');
  if ((await appState(page)).presenting) await press(page, 'Escape');
  await waitForState(page, (x) => !x.presenting, 'leaving');
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving the browser full screen (its own Esc) ends the presentation', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 720 } });
  await enableHooks(page);
  await openFileMenu(page);
  await click(page, 'Present on a projector');
  await waitForState(page, (x) => x.presenting, 'presentation mode');
  // What the browser sends when Esc ends full screen: the page never sees the key.
  await page.evaluate(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    else document.dispatchEvent(new Event('fullscreenchange'));
  });
  await waitForState(page, (x) => !x.presenting, 'the presentation ended with full screen');
  assert.deepEqual(errors, []);
  await context.close();
});
