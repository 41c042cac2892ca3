// Nothing a user made is lost, and no input stops the app (issue 10): two
// tabs of one browser editing different entries and the same entry, a saved
// entry that cannot be opened at start-up, answering in a link's preview,
// a note on an unanswered question, the sample's first visit, crafted links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, renameOrganisation, nudge,
  framesRendered, waitForFrames, findItem, artifactsDir, openFileMenu, waitForIdle,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// Another tab of the same browser (same context: same localStorage).
async function openTab(context, hash = '') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(env.baseUrl + (hash ? `#${hash}` : ''));
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined, null, { timeout: 30000 });
  await enableHooks(page);
  page.errors = errors;
  return page;
}

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined, null, { timeout: 30000 });
  await enableHooks(page);
}

// The stored entries' titles, sorted.
const storedTitles = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('smm.entry.') && !k.includes('.unreadable'))
  .map((k) => JSON.parse(localStorage.getItem(k)).title).sort());

async function press(page, key) {
  const before = await framesRendered(page);
  await page.keyboard.press(key);
  await waitForFrames(page, before + 3);
}

async function newAssessment(page, name) {
  await page.bringToFront();
  await openFileMenu(page);
  await click(page, 'New assessment');
  await waitForState(page, (s) => s.answered === 0 && !s.previewing, 'a new assessment');
  await renameOrganisation(page, name);
}

test('two tabs editing different entries, then the same entry: nothing is lost', async () => {
  const { page: b, context } = await openApp(env);  // B is open from the start
  await enableHooks(b);
  await newAssessment(b, 'Beta');
  const a = await openTab(context);
  await newAssessment(a, 'Alpha');
  // B learns of A's new entry through the storage event, without a reload.
  await waitForState(b, (s) => s.saved === 2, 'tab B to see tab A\'s entry');
  await b.bringToFront();
  await renameOrganisation(b, 'Beta renamed');  // B writes only its own entry
  assert.deepEqual(await storedTitles(a), ['Alpha', 'Beta renamed']);
  await reload(a);
  assert.deepEqual(await storedTitles(a), ['Alpha', 'Beta renamed']);
  assert.equal((await appState(a)).saved, 2);

  // The same entry in both tabs: each change shows in the other.
  await a.bringToFront();
  await openFileMenu(a);
  await click(a, 'Beta renamed');
  await waitForState(a, (s) => s.assessment.organisation === 'Beta renamed', 'tab A to open Beta');
  await renameOrganisation(a, 'Shared by A');
  const seen = await waitForState(b, (s) => s.assessment.organisation === 'Shared by A', 'tab B to show A\'s change');
  assert.ok(seen.notices.some((n) => n.includes('changed in another tab')), JSON.stringify(seen.notices));
  await b.screenshot({ path: join(artifactsDir, 'safety-other-tab-changed.png') });
  await b.bringToFront();
  await renameOrganisation(b, 'Shared by B');
  await waitForState(a, (s) => s.assessment.organisation === 'Shared by B', 'tab A to show B\'s change');
  assert.deepEqual(await storedTitles(a), ['Alpha', 'Shared by B']);
  assert.deepEqual([...a.errors], []);
  await context.close();
});

test('a saved entry that fails to open at start-up is kept and reported, never overwritten', async () => {
  const { page, context, errors } = await openApp(env);
  const broken = JSON.stringify({
    version: 2, id: 'x1', title: 'From an old link', model: 'social-media', revision: 4,
    assessment: { schemaVersion: 1, model: 'social-media', organisation: 'From an old link',
      answers: { 'no-such-question': { answer: 'all' } } },
  });
  await page.evaluate((text) => {
    localStorage.setItem('smm.entry.x1', text);
    localStorage.setItem('smm.current', 'x1');
  }, broken);
  await reload(page);
  let s = await appState(page);
  assert.ok(s.notices.some((n) => n.includes('could not be opened')), JSON.stringify(s.notices));
  assert.notEqual(s.assessment.organisation, 'From an old link');
  await page.screenshot({ path: join(artifactsDir, 'safety-broken-entry.png') });
  await renameOrganisation(page, 'Work after start-up');  // autosaves: must not land on x1
  assert.equal(await page.evaluate(() => localStorage.getItem('smm.entry.x1')), broken);
  await reload(page);
  s = await appState(page);
  assert.equal(s.assessment.organisation, 'Work after start-up');
  assert.equal(await page.evaluate(() => localStorage.getItem('smm.entry.x1')), broken);
  // Its data can be downloaded from the File menu.
  await openFileMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    click(page, 'From an old link (could not be opened: download its data)'),
  ]);
  assert.match(download.suggestedFilename(), /from-an-old-link-saved-data\.json/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('answering in a link\'s preview keeps a copy, and a reload loses nothing', async () => {
  const a = await openApp(env);
  await enableHooks(a.page);
  await renameOrganisation(a.page, 'Woodgrove');
  await click(a.page, 'Copy link');
  const link = await a.page.evaluate(() => window.smmLastCopied);
  const code = link.split('#a=')[1];
  await a.context.close();

  const { page, context, errors } = await openApp(env, { hash: `a=${code}` });
  await enableHooks(page);
  assert.equal((await appState(page)).previewing, true);
  assert.equal(await page.evaluate(() => location.hash), `#a=${code}`, 'the link stays in the address bar');
  await click(page, 'Questionnaire');
  await waitForIdle(page);
  await press(page, '1');
  const kept = await waitForState(page, (s) => !s.previewing, 'the answer to keep a copy');
  assert.ok(kept.notices.some((n) => n.includes('are kept')), JSON.stringify(kept.notices));
  await page.screenshot({ path: join(artifactsDir, 'safety-preview-kept.png') });
  await reload(page);
  const after = await appState(page);
  assert.equal(after.previewing, false);
  assert.deepEqual(after.assessment.answers, kept.assessment.answers);
  assert.equal(after.assessment.organisation, 'Woodgrove');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a note on an unanswered question survives a reload', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  await newAssessment(page, 'Notes only');
  await page.setViewportSize({ width: 1280, height: 1100 });  // the first card's notes field in view
  await click(page, 'Questionnaire');
  await waitForIdle(page);
  // The first notes field on screen (question order follows the model's dimensions).
  let note = null;
  for (let q = 0; q < 120 && !note; q++) note = (await findItem(page, `##note${q}`)) && `##note${q}`;
  assert.ok(note, 'a notes field is on screen');
  await click(page, note);
  await page.keyboard.type('Ask the social team', { delay: 15 });
  const s = await waitForState(page, (x) => Object.values(x.assessment.answers).some((a) => a.note === 'Ask the social team'),
    'the note');
  assert.equal(s.answered, 0);
  await page.mouse.click(5, 790);
  await reload(page);
  const after = await appState(page);
  assert.ok(Object.values(after.assessment.answers).some((a) => a.note === 'Ask the social team' && !a.answer),
    JSON.stringify(after.assessment.answers));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first visit shows the sample as a sample and offers to start your own', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  assert.ok(await findItem(page, 'Start your own assessment'));
  assert.ok(await findItem(page, 'Explore the sample'));
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('smm.entry.')).length), 0,
    'nothing is stored before the user makes something');
  await page.screenshot({ path: join(artifactsDir, 'safety-first-visit.png') });
  await click(page, 'Explore the sample');
  await nudge(page);
  assert.equal(await findItem(page, 'Explore the sample'), null);
  await click(page, 'Start your own assessment');
  const s = await waitForState(page, (x) => !x.previewing && x.saved === 1, 'an own assessment');
  assert.equal(s.answered, 0);
  await context.close();
});

// Both links were made for model 1.0.0. Invalid UTF-8 is refused; a "not
// applicable" that the question forbids is carried over as unanswered and
// named in the earlier-model notice (or the link is refused).
for (const [what, code, refused] of [
  ['an organisation that is not UTF-8', 'AQ_UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSCxtrKQf5AmOjIhoGHUg', true],
  ['"not applicable" where the question forbids it', 'AQ_UIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSG5MLM6MrIQJyClBF8xQ', false],
]) {
  test(`a crafted link with ${what} shows a notice and the app keeps drawing`, async () => {
    const { page, context, errors } = await openApp(env, { hash: `a=${code}` });
    await enableHooks(page);
    const s = await appState(page);
    if (refused) {
      assert.equal(s.previewing && s.assessment.organisation !== 'Northwind Traders', false);
      assert.ok(s.notices.some((n) => n.includes('could not be opened')), JSON.stringify(s.notices));
    } else {
      assert.ok(s.notices.some((n) => n.includes('could not be opened') || n.includes('earlier model')),
        JSON.stringify(s.notices));
    }
    const frames = await framesRendered(page);
    await nudge(page);
    await waitForFrames(page, frames + 3);
    assert.ok((await framesRendered(page)) > frames, 'the app still draws');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
