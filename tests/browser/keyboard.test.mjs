// Keyboard reach in the browser: Tab from a fresh page walks the top bar and
// then the view (next moves, risk links, map cells), Enter presses what has
// the focus, PageDown/End/Home scroll, Esc closes the File menu, and the
// focus ring is drawn where the focus is, in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, findItem, appState, waitForState, waitForFrames, framesRendered,
  waitForIdle, artifactsDir,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const visible = (label) => label.split('##')[0];

// The focused item: { label, x, y, w, h }, or null when no ring shows.
async function focused(page) {
  const text = await page.evaluate(() => Module.UTF8ToString(Module._smm_focused_item()));
  if (!text) return null;
  const [label, box] = text.split('\n');
  const [x, y, w, h] = box.split(',').map(Number);
  return { label, x, y, w, h };
}

// A key pressed and released; waits for the frames that apply it.
async function key(page, name) {
  const before = await framesRendered(page);
  await page.keyboard.press(name);
  await waitForFrames(page, before + 3);
}

// Presses Tab until `match(label)` holds for the focused item; returns it.
async function tabUntil(page, match, what, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await key(page, 'Tab');
    const f = await focused(page);
    if (f && match(f.label)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const scrollY = (page) => page.evaluate(() => Module._smm_content_scroll());

test('Tab walks the top bar, then the next moves and the risks; Shift+Tab goes back', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await enableHooks(page);
  const walk = [];
  for (let i = 0; i < 60; i++) {
    await key(page, 'Tab');
    const f = await focused(page);
    assert.ok(f, `press ${i + 1} focused something`);
    if (walk.length && f.label === walk[0]) break;
    walk.push(f.label);
  }
  const at = (pred) => walk.findIndex(pred);
  // The top bar first, in its order.
  assert.deepEqual(walk.slice(0, 6).map(visible), ['Overview', 'Maturity map', 'Radar', 'Questionnaire', 'Roadmap', 'Risks']);
  const firstMove = at((l) => l.endsWith('###move'));
  const risksLink = at((l) => /^All \d+ risks/.test(l));
  const firstRisk = at((l) => l.endsWith('###risk'));
  assert.ok(firstMove > at((l) => l === 'File'), `a next move is reached after the top bar: ${walk.join(' | ')}`);
  assert.equal(walk.filter((l) => l.endsWith('###move')).length, 3, 'three next moves');
  assert.ok(risksLink > firstMove && firstRisk > risksLink, 'the link to every risk, then the top risks');
  await page.screenshot({ path: join(artifactsDir, 'keyboard-walked.png') });

  // Shift+Tab from the first stop goes round to the last one.
  await key(page, 'Shift+Tab');
  assert.equal((await focused(page)).label, walk[walk.length - 1]);
  await key(page, 'Shift+Tab');
  assert.equal((await focused(page)).label, walk[walk.length - 2]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Enter on a next move opens its cell on the map; Tab reaches the map cells', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await enableHooks(page);
  const move = await tabUntil(page, (l) => l.endsWith('###move'), 'a next move');
  await page.screenshot({ path: join(artifactsDir, 'keyboard-focus-ring-light.png') });
  await key(page, 'Enter');
  await waitForState(page, (s) => s.view === 1, 'the map');
  await waitForIdle(page);
  assert.ok(await findItem(page, 'Close'), `the detail of "${visible(move.label)}" is pinned open`);
  await page.screenshot({ path: join(artifactsDir, 'keyboard-move-opened.png') });
  await key(page, 'Escape');
  await waitForIdle(page);
  assert.equal(await findItem(page, 'Close'), null, 'Esc closes the cell detail');

  const cell = await tabUntil(page, (l) => l.endsWith('###cell'), 'a map cell');
  assert.match(visible(cell.label), /, stage \d$/);
  await key(page, 'Enter');
  await waitForIdle(page);
  assert.ok(await findItem(page, 'Close'), 'Enter on a cell opens its detail');
  await page.screenshot({ path: join(artifactsDir, 'keyboard-cell-opened.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('PageDown, arrows, End and Home scroll the view', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 600 } });
  await enableHooks(page);
  await waitForIdle(page);
  assert.equal(await scrollY(page), 0);
  await key(page, 'PageDown');
  const paged = await scrollY(page);
  assert.ok(paged > 300, `PageDown scrolled ${paged} px`);
  await key(page, 'ArrowDown');
  assert.ok(await scrollY(page) > paged, 'the down arrow scrolls a little further');
  await key(page, 'End');
  const bottom = await scrollY(page);
  assert.ok(bottom >= paged, `End goes to the bottom (${bottom})`);
  await page.screenshot({ path: join(artifactsDir, 'keyboard-end.png') });
  await key(page, 'Home');
  assert.equal(await scrollY(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Enter opens the File menu, Tab stays in it, Esc closes it', async () => {
  const { page, context, errors } = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await enableHooks(page);
  await tabUntil(page, (l) => l === 'File', 'the File button');
  await key(page, 'Enter');
  await waitForIdle(page);
  assert.ok(await findItem(page, 'New assessment'), 'the menu is open');
  await key(page, 'Tab');
  await key(page, 'Tab');
  const inMenu = await focused(page);
  const menu = await findItem(page, 'New assessment');
  assert.ok(inMenu && Math.abs(inMenu.x - menu.x) < 40, `Tab moves inside the menu (${inMenu?.label})`);
  await page.screenshot({ path: join(artifactsDir, 'keyboard-file-menu.png') });
  await key(page, 'Escape');
  await waitForIdle(page);
  assert.equal(await findItem(page, 'New assessment'), null, 'Esc closed the menu');
  assert.equal((await appState(page)).view, 0, 'nothing else happened');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the focus ring shows in the dark theme too', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined || window.smmFailed, null, { timeout: 30000 });
  await enableHooks(page);
  const f = await tabUntil(page, (l) => l.endsWith('###move'), 'a next move');
  await waitForIdle(page);
  // The ring's pixels: read a strip just left of the focused row.
  const ring = await page.evaluate(({ x, y, h }) => {
    const src = document.getElementById('canvas');
    const c = document.createElement('canvas');
    c.width = src.width; c.height = src.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(src, 0, 0);
    const scale = src.width / src.clientWidth;
    const px = [];
    for (let dx = 1; dx <= 6; dx++) px.push([...ctx.getImageData(Math.round((x - dx) * scale), Math.round((y + h / 2) * scale), 1, 1).data]);
    return px;
  }, f);
  // The dark theme's accent is a light blue: some pixel there is clearly blue and bright.
  assert.ok(ring.some(([r, g, b]) => b > 150 && b > r + 60), `ring pixels ${JSON.stringify(ring)}`);
  await page.screenshot({ path: join(artifactsDir, 'keyboard-focus-ring-dark.png') });
  await context.close();
});
