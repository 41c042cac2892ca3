// Every device and every person: a phone (390x844, DPR 3, touch), a tablet
// (820x1180, DPR 2, touch), a laptop (1440x900) and a projector (1280x720); typing through the hidden
// text field (emoji, composed CJK), touch scrolling, the address keeping the
// view, the screen-reader view checked with axe, printing, the OS theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  startEnvironment, findItem, appState, waitForState, waitForIdle, waitForFrames, framesRendered,
  artifactsDir, canvasStats,
} from './harness.mjs';

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
  tablet: { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
  laptop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  projector: { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },  // a workshop's beamer
};
const VIEWS = [
  ['Overview', 'overview'], ['Maturity map', 'map'], ['Radar', 'radar'],
  ['Questionnaire', 'questionnaire'], ['Roadmap', 'roadmap'], ['Risks', 'risks'], ['Workshop', 'workshop'],
];

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// Opens the app on a device, with an optional address (e.g. '?view=map' or '#a=...').
async function openOn(device, { address = '', colorScheme = 'light', initScript = null } = {}) {
  const context = await env.browser.newContext({ ...DEVICES[device], colorScheme });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.baseUrl + address);
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined || window.smmFailed, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.smmFailed), undefined);
  await page.evaluate(() => Module._smm_enable_test_hooks());
  await wake(page);
  return { page, context, errors, touch: !!DEVICES[device].hasTouch };
}

// Any input wakes the idle app; a wheel of zero moves nothing.
async function wake(page) {
  await page.evaluate(() => document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel', { deltaY: 0 })));
  await waitForFrames(page, (await framesRendered(page)) + 2);
}

async function waitForItem(page, label, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await findItem(page, label);
    if (r) return r;
    if (Date.now() > end) throw new Error(`no item labelled "${label}" on screen`);
    await wake(page);
  }
}

// A tap with a finger on a touch device, a click otherwise.
async function press(app, label) {
  const r = await waitForItem(app.page, label);
  const before = await framesRendered(app.page);
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  if (app.touch) await app.page.touchscreen.tap(x, y);
  else await app.page.mouse.click(x, y);
  await waitForFrames(app.page, before + 3);
  return r;
}

// Goes to a view the way a person would: tabs, or the views menu on a phone.
async function goTo(app, label) {
  if (await findItem(app.page, 'Views')) {
    await press(app, 'Views');
    await wake(app.page);
    await waitForFrames(app.page, (await framesRendered(app.page)) + 2);
  }
  const tab = await waitForItem(app.page, label);
  assert.ok(!app.touch || tab.h >= 44, `"${label}" is ${tab.h} px tall on a touch screen`);
  await press(app, label);
}

const scrollY = (page) => page.evaluate(() => Module._smm_content_scroll());

for (const device of Object.keys(DEVICES)) {
  test(`every view is reached and drawn on the ${device}`, async () => {
    const app = await openOn(device);
    for (const [label, slug] of VIEWS) {
      await goTo(app, label);
      await waitForState(app.page, (s) => s.view === VIEWS.findIndex((v) => v[0] === label), `the ${label} view`);
      assert.equal(new URL(app.page.url()).searchParams.get('view'), slug);
      await waitForIdle(app.page);
      if (device !== 'phone') {  // reading back 3.5 million pixels at DPR 3 is slow; the screenshot shows it
        const stats = await canvasStats(app.page);
        assert.ok(stats.variance > 50, `${label} on the ${device} is drawn (variance ${stats.variance})`);
      }
      await app.page.screenshot({ path: join(artifactsDir, `device-${device}-${slug}.png`) });
    }
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });
}

// Logs each animation frame's drawn elements with the view it showed.
const LOG_FRAMES = () => {
  const log = window.__frames = [];
  let elements = 0;
  const original = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...args) { elements += args[1]; return original.apply(this, args); };
  const raf = window.requestAnimationFrame.bind(window);
  const view = () => JSON.parse(Module.UTF8ToString(Module._smm_state())).view;
  window.requestAnimationFrame = (cb) => raf((t) => {
    // The view a frame shows is the one set before it: a click's intent is applied after drawing.
    const shown = view();
    elements = 0;
    cb(t);
    if (elements) log.push([elements, shown]);
  });
};

for (const device of ['laptop', 'phone']) {
  test(`on the ${device}, a view opened is drawn whole on its first frame`, async () => {
    // Cards and windows that size themselves are hidden on the frame they
    // appear; drawn as they came, a view built itself up over 2-3 frames.
    const app = await openOn(device, { initScript: LOG_FRAMES });
    for (const [label] of VIEWS.slice(1)) {
      const view = VIEWS.findIndex((v) => v[0] === label);
      await waitForIdle(app.page);
      await app.page.evaluate(() => { window.__frames.length = 0; });
      await goTo(app, label);
      await waitForState(app.page, (s) => s.view === view, `the ${label} view`);
      await waitForIdle(app.page);
      const shown = (await app.page.evaluate(() => window.__frames)).filter(([, v]) => v === view).map(([n]) => n);
      const settled = shown[shown.length - 1];
      assert.ok(shown[0] >= 0.95 * settled,
        `${label}: its first frame drew ${shown[0]} elements, the settled view ${settled} (frames: ${shown.join(', ')})`);
    }
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });
}

// Scrolls the view down with the wheel until a notes field is on screen (the
// first question's card sits below the track summary on a tablet).
async function scrollToFirstNote(app) {
  for (let step = 0; step < 20; step++) {
    for (let q = 0; q < 120; q++) if (await findItem(app.page, `##note${q}`)) return `##note${q}`;
    const size = app.page.viewportSize();
    await app.page.mouse.move(size.width / 2, size.height / 2);
    await app.page.mouse.wheel(0, 250);
    await wake(app.page);
  }
  return null;
}

// Types through the hidden textarea: plain text, an emoji, then Japanese
// composed with an input method (as a phone keyboard or IME delivers it).
async function typeInto(app, label, plain, { replace = false } = {}) {
  const focused = () => app.page.evaluate(() => document.activeElement?.id);
  await press(app, label);
  // A field at the edge of the screen may take a second tap once it has
  // scrolled fully into view, as it would for a person.
  for (let retry = 0; retry < 2 && (await focused()) !== 'text-input'; retry++) {
    await waitForIdle(app.page);
    await press(app, label);
  }
  if (replace) await app.page.keyboard.press('Control+A');
  await waitForFrames(app.page, (await framesRendered(app.page)) + 3);
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'text-input',
    'the hidden text field has the focus, so a phone keyboard opens');
  const cdp = await app.context.newCDPSession(app.page);
  await app.page.keyboard.insertText(plain);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '日本' });
  await cdp.detach();
}

test('a name and a note typed by touch keep emoji and composed CJK across a reload and a share link', async () => {
  const app = await openOn('phone');
  await press(app, 'File');
  await wake(app.page);
  await typeInto(app, '##organisation', 'Café Ünïon 😀 ', { replace: true });
  const name = 'Café Ünïon 😀 日本';
  await waitForState(app.page, (s) => s.assessment.organisation === name, `the organisation "${name}"`);
  await app.page.screenshot({ path: join(artifactsDir, 'device-phone-typed-name.png') });
  await app.page.touchscreen.tap(380, 830);  // outside the menu closes it
  await wake(app.page);

  // A note on the first question, on a tablet-sized layout of the same page.
  await app.page.setViewportSize({ width: 820, height: 1180 });
  await wake(app.page);
  await goTo(app, 'Questionnaire');
  await waitForIdle(app.page);
  const note = await scrollToFirstNote(app);
  assert.ok(note, 'a notes field is reached by scrolling');
  await typeInto(app, note, 'Seen in the 2024 review 👍 ');
  const question = Number(note.slice(6));
  const noteState = await waitForState(app.page, (s) => Object.values(s.assessment.answers).some((a) => a.note === 'Seen in the 2024 review 👍 日本'), 'the note');
  assert.ok(noteState);
  await app.page.waitForTimeout(1200);  // autosave

  await app.page.reload();
  await app.page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await app.page.evaluate(() => Module._smm_enable_test_hooks());
  const reloaded = await appState(app.page);
  assert.equal(reloaded.assessment.organisation, name);
  assert.ok(Object.values(reloaded.assessment.answers).some((a) => a.note === 'Seen in the 2024 review 👍 日本'),
    `note of question ${question} kept`);

  await press(app, 'Copy link');
  await app.page.waitForFunction(() => window.smmLastCopied, null, { timeout: 5000 }).catch(() => {});
  await app.page.screenshot({ path: join(artifactsDir, 'device-tablet-copied.png') });
  const link = await app.page.evaluate(() => window.smmLastCopied);
  assert.ok(link, 'the link was copied');
  assert.deepEqual(app.errors, []);
  await app.context.close();
  const shared = await openOn('laptop', { address: '#' + link.split('#')[1] });
  const opened = await appState(shared.page);
  assert.equal(opened.assessment.organisation, name);
  assert.deepEqual(shared.errors, []);
  await shared.context.close();
});

// A one-finger swipe up through CDP, with the timestamps a real finger would
// give its events (a loaded test machine must not slow the gesture down).
async function swipe(cdp, { fromY, distance, steps, stepMs, holdMs }) {
  const x = 200, t0 = Date.now() / 1000;
  const at = (ms) => t0 + ms / 1000;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }], timestamp: at(0) });
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: [{ x, y: fromY - (distance * i) / steps }], timestamp: at(i * stepMs),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps * stepMs + holdMs) });
}

test('a swipe moves the content with the finger, a flick carries on, neither taps', async () => {
  const app = await openOn('phone');
  const cdp = await app.context.newCDPSession(app.page);
  await waitForIdle(app.page);
  const start = await scrollY(app.page);
  await swipe(cdp, { fromY: 700, distance: 300, steps: 12, stepMs: 30, holdMs: 250 });
  await waitForIdle(app.page);
  const afterSwipe = await scrollY(app.page);
  assert.ok(Math.abs(afterSwipe - start - 300) <= 8, `a 300 px swipe scrolled ${afterSwipe - start} px`);

  await swipe(cdp, { fromY: 700, distance: 150, steps: 5, stepMs: 16, holdMs: 16 });
  await waitForIdle(app.page);
  const afterFlick = await scrollY(app.page);
  assert.ok(afterFlick - afterSwipe > 225, `a 150 px flick scrolled ${afterFlick - afterSwipe} px (momentum)`);

  const s = await appState(app.page);
  assert.equal(s.view, 0, 'still on the overview: the swipes did not tap anything');
  await app.page.screenshot({ path: join(artifactsDir, 'device-phone-scrolled.png') });
  await app.context.close();
});

test('back and forward move between views; a reload keeps the view and the question', async () => {
  const app = await openOn('laptop');
  await goTo(app, 'Maturity map');
  await goTo(app, 'Risks');
  await waitForState(app.page, (s) => s.view === 5, 'risks');
  await app.page.goBack();
  await waitForState(app.page, (s) => s.view === 1, 'back to the map');
  await app.page.goBack();
  await waitForState(app.page, (s) => s.view === 0, 'back to the overview');
  await app.page.goForward();
  await waitForState(app.page, (s) => s.view === 1, 'forward to the map');

  await goTo(app, 'Questionnaire');
  await waitForIdle(app.page);
  for (let i = 0; i < 3; i++) {
    await app.page.keyboard.press('ArrowDown');
    await waitForFrames(app.page, (await framesRendered(app.page)) + 3);
  }
  await waitForIdle(app.page);
  const before = new URL(app.page.url()).searchParams.get('q');
  assert.ok(before, 'the question is in the address');
  const legend = await app.page.locator('#sr-view legend').textContent();
  await app.page.reload();
  await app.page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await app.page.evaluate(() => Module._smm_enable_test_hooks());
  await wake(app.page);
  assert.equal((await appState(app.page)).view, 3);
  assert.equal(new URL(app.page.url()).searchParams.get('q'), before);
  assert.equal(await app.page.locator('#sr-view legend').textContent(), legend, 'the same question after the reload');
  await app.context.close();
});

test('the screen-reader view follows the app, can answer, and axe finds nothing serious on any view', async () => {
  const app = await openOn('phone');
  const counts = {};
  for (const [label, slug] of VIEWS) {
    await goTo(app, label);
    await waitForIdle(app.page);
    const sr = app.page.locator('#sr-view');
    assert.equal(await sr.locator('[aria-current="page"]').textContent(), label);
    assert.ok(await sr.locator('h1').count() === 1);
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const byImpact = {};
    for (const v of results.violations) byImpact[v.impact] = (byImpact[v.impact] || 0) + v.nodes.length;
    counts[slug] = byImpact;
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.help}`), [], `${label}`);
  }
  console.log('axe violations by view and impact:', JSON.stringify(counts));

  // The overview says where the organisation stands, what holds it back, the moves and the risks.
  await goTo(app, 'Overview');
  await waitForIdle(app.page);
  const text = await app.page.locator('#sr-view').textContent();
  const s = await appState(app.page);
  assert.match(text, s.overallStage > 0 ? new RegExp(`stage ${s.overallStage} of`, 'i') : /not started|not yet/i);
  for (const h of ['Where you stand', 'Your next three moves', 'Top risks']) assert.ok(text.includes(h), h);
  assert.ok(await app.page.locator('#sr-view table th[scope="row"]').count() >= 10, 'a row per dimension');

  // Answering the current question from the radio group changes the assessment.
  await goTo(app, 'Questionnaire');
  await waitForIdle(app.page);
  const radios = app.page.locator('#sr-view input[type="radio"]');
  assert.ok(await radios.count() >= 2);  // some questions are yes/no facts
  const q = await radios.first().getAttribute('data-question');
  await radios.first().evaluate((el) => el.click());  // what a screen reader's "activate" does
  await waitForState(app.page, (st) => {
    const id = Object.keys(st.assessment.answers)[0];
    return id !== undefined && Object.values(st.assessment.answers).some((a) => a.answer === 'no');
  }, `question ${q} answered "No" from the screen-reader view`);
  assert.equal(await app.page.locator('#sr-view input[type="radio"]').first().isChecked(), true);

  // Notices are announced.
  await press(app, 'Link');
  await app.page.waitForFunction(() => document.getElementById('sr-live').textContent.length > 0);
  await app.context.close();
});

test('printing the app prints the report, not the canvas', async () => {
  const app = await openOn('laptop');
  await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.page.emulateMedia({ media: 'print' });
  const printed = await app.page.evaluate(() => ({
    canvas: getComputedStyle(document.getElementById('canvas')).display,
    report: getComputedStyle(document.getElementById('print-report')).display,
    heading: document.querySelector('#print-report h1')?.textContent,
    rows: document.querySelectorAll('#print-report tbody tr').length,
  }));
  const s = await appState(app.page);
  assert.equal(printed.canvas, 'none');
  assert.equal(printed.report, 'block');
  assert.equal(printed.heading, s.assessment.organisation || 'Untitled assessment');
  assert.ok(printed.rows >= 10);
  await app.page.pdf({ path: join(artifactsDir, 'device-print.pdf') });
  await app.page.emulateMedia({ media: 'screen' });
  assert.equal(await app.page.evaluate(() => getComputedStyle(document.getElementById('print-report')).display), 'none');
  await app.context.close();
});

test('the operating system\'s dark preference picks the first theme', async () => {
  const dark = await openOn('laptop', { colorScheme: 'dark' });
  const light = await openOn('laptop', { colorScheme: 'light' });
  await waitForIdle(dark.page);
  await waitForIdle(light.page);
  const d = await canvasStats(dark.page), l = await canvasStats(light.page);
  assert.ok(d.mean < 90 && l.mean > 160, `dark ${d.mean}, light ${l.mean}`);
  await dark.page.screenshot({ path: join(artifactsDir, 'device-laptop-dark.png') });
  await dark.context.close();
  await light.context.close();
});
