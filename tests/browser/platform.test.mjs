// The platform done properly: drop a file, paste text, tap with a finger,
// crisp canvases at fractional pixel ratios, a custom model's errors shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, findItem, appState, waitForState, openFileMenu, canvasStats,
  waitForIdle, artifactsDir, repoRoot,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('a file dropped on the page is imported', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  const before = await appState(page);
  const sample = JSON.parse(await readFile(join(repoRoot, 'assets', 'samples', 'northwind.json'), 'utf8'));
  sample.organisation = 'Dropped Inc';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, JSON.stringify(sample));
  const s = await waitForState(page, (x) => x.assessment.organisation === 'Dropped Inc', 'the dropped file');
  assert.equal(s.saved, before.saved + 1);
  await context.close();
});

test('a workshop file is merged, and the radar shows the group average', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  await openFileMenu(page);
  const text = await readFile(join(repoRoot, 'assets', 'samples', 'workshop.json'), 'utf8');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import a file…')]);
  await chooser.setFiles({ name: 'workshop.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const s = await waitForState(page, (x) => x.workshop?.responses === 9, 'the merge');
  assert.equal(s.assessment.organisation, 'Northwind Traders');
  assert.ok(s.notices.some((n) => n.includes('with 9 responses')), JSON.stringify(s.notices));
  assert.ok(s.answered > 50);
  await click(page, 'Radar');
  await waitForIdle(page);
  await page.screenshot({ path: join(artifactsDir, 'radar-workshop.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a custom model with mistakes is refused and its problems are listed with their place', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  const before = await appState(page);
  const model = JSON.parse(await readFile(join(repoRoot, 'tests', 'data', 'tiny-model.json'), 'utf8'));
  model.id = 'my-model';
  model.questions[0].dimension = 'no-such-dimension';
  await openFileMenu(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Load a custom model…')]);
  await chooser.setFiles({ name: 'my-model.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(model)) });
  const s = await waitForState(page, (x) => x.notices.some((n) => n.includes('my-model.json')), 'the model error');
  assert.deepEqual(s.assessment, before.assessment);
  await page.screenshot({ path: join(artifactsDir, 'bad-model.png') });

  const fixed = JSON.parse(await readFile(join(repoRoot, 'tests', 'data', 'tiny-model.json'), 'utf8'));
  fixed.id = 'my-model';
  await openFileMenu(page);
  const [again] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Load a custom model…')]);
  await again.setFiles({ name: 'my-model.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fixed)) });
  const loaded = await waitForState(page, (x) => x.assessment.model === 'my-model', 'the custom model');
  assert.equal(loaded.answered, 0);
  await context.close();
});

test('pasting into a text field inserts the clipboard text', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await openFileMenu(page);
  await click(page, '##organisation');
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text', ' (pasted)');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, cancelable: true }));
  });
  const s = await waitForState(page, (x) => x.assessment.organisation.endsWith('(pasted)'), 'the pasted text');
  assert.equal(s.assessment.organisation, 'Northwind Traders (pasted)');
  await context.close();
});

test('a tap with a finger works like a click', async () => {
  const { page, context: ctx } = await openApp(env, { viewport: { width: 1024, height: 768 }, hasTouch: true });
  await enableHooks(page);
  const r = await findItem(page, 'Risks');
  assert.ok(r, 'the Risks tab is on screen');
  await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
  const s = await waitForState(page, (x) => x.view === 5, 'the Risks view');
  assert.equal(s.view, 5);
  await ctx.close();
});

test('the canvas is crisp at devicePixelRatio 1.5', async () => {
  const { page, context, errors } = await openApp(env, { deviceScaleFactor: 1.5 });
  const stats = await canvasStats(page);
  assert.equal(stats.width, 1920);
  assert.equal(stats.height, 1200);
  assert.ok(stats.variance > 100);
  await page.screenshot({ path: join(artifactsDir, 'overview-dpr1.5.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
