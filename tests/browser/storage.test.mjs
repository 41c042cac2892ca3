// Nothing lost when storage misbehaves (issue 21): storage filled to its
// quota, then edited, freed and reloaded; setItem throwing; a link opened
// while typing; two tabs typing into one entry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, renameOrganisation, openFileMenu,
  waitForFrames, framesRendered,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const NOT_SAVED = 'Not saved yet';

// The stored entries' titles.
const storedTitles = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('smm.entry.') && !k.includes('.unreadable'))
  .map((k) => { try { return JSON.parse(localStorage.getItem(k)).title; } catch (e) { return null; } }));

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(page);
}

// Types into the File menu's organisation field, leaving it open (no Ctrl+A: appends).
async function startTyping(page) {
  await openFileMenu(page);
  await click(page, '##organisation');
  await page.keyboard.press('End');
}

test('storage full: an edit says it is not saved; freed, a reload finds it', async () => {
  const { page, context, errors } = await openApp(env);
  page.on('dialog', (d) => d.accept());
  await enableHooks(page);
  await page.evaluate(() => {  // fill localStorage to its quota
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 16; i++) {
      try { localStorage.setItem('filler.' + i, chunk); } catch (e) { chunk = chunk.slice(chunk.length / 2); }
    }
  });
  await renameOrganisation(page, 'Full Co');
  const s = await waitForState(page, (st) => st.notices.some((n) => n.startsWith(NOT_SAVED)), 'the not-saved notice');
  assert.equal(s.assessment.organisation, 'Full Co');
  assert.ok(!(await storedTitles(page)).includes('Full Co'));
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
  await reload(page);  // nothing typed since: pagehide / beforeunload save it
  assert.equal((await appState(page)).assessment.organisation, 'Full Co');
  assert.deepEqual(errors.filter((e) => !/localStorage/.test(e)), []);
  await context.close();
});

test('setItem throwing: the work stays, the notice says so, and it is saved once setItem works', async () => {
  const { page, context } = await openApp(env);
  page.on('dialog', (d) => d.accept());
  await enableHooks(page);
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('refused', 'QuotaExceededError'); };
  });
  await renameOrganisation(page, 'Thrown Co');
  await waitForState(page, (st) => st.notices.some((n) => n.startsWith(NOT_SAVED)), 'the not-saved notice');
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  // Retried every few seconds while something waits.
  await waitForState(page, (st) => !st.notices.some((n) => n.startsWith(NOT_SAVED)), 'the retry', 15000);
  assert.ok((await storedTitles(page)).includes('Thrown Co'));
  await reload(page);
  assert.equal((await appState(page)).assessment.organisation, 'Thrown Co');
  await context.close();
});

test('a link opened while typing: the typing stays in the own entry, the link shows unchanged', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await renameOrganisation(page, 'Own Co');
  await click(page, 'Copy link');
  const link = await page.evaluate(() => window.smmLastCopied);
  await startTyping(page);
  await page.keyboard.type(' typed', { delay: 20 });
  await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf('#')));
  await page.keyboard.type(' more', { delay: 20 });
  const s = await waitForState(page, (st) => st.previewing, 'the link to open', 15000);
  await waitForFrames(page, (await framesRendered(page)) + 10);
  assert.equal((await appState(page)).assessment.organisation, 'Own Co', 'the link shows what it carries');
  assert.equal(s.saved, 1, 'no copy of the link was kept');
  const titles = await storedTitles(page);
  assert.equal(titles.length, 1);
  assert.ok(titles[0].startsWith('Own Co typed'), titles[0]);
  await context.close();
});

test('two tabs typing into one entry at the same moment keep both versions', async () => {
  const a = await openApp(env);
  await enableHooks(a.page);
  await renameOrganisation(a.page, 'Both');
  const b = await a.context.newPage();
  await b.goto(env.baseUrl);
  await b.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(b);
  assert.equal((await appState(b)).assessment.organisation, 'Both');
  await startTyping(a.page);
  await startTyping(b);
  await a.page.keyboard.type(' A1', { delay: 30 });
  await b.keyboard.type(' B2', { delay: 30 });
  await a.page.keyboard.type('A3', { delay: 30 });
  const done = async (page, end) => waitForState(page, (st) => st.assessment.organisation.endsWith(end), end, 15000);
  await done(a.page, 'A1A3');
  await done(b, 'B2');
  await waitForFrames(b, (await framesRendered(b)) + 5);
  const titles = await storedTitles(a.page);
  assert.ok(titles.includes('Both A1A3'), JSON.stringify(titles));
  assert.ok(titles.includes('Both B2'), JSON.stringify(titles));
  const said = [...(await appState(a.page)).notices, ...(await appState(b)).notices];
  assert.ok(said.some((n) => n.includes('both versions are kept')), JSON.stringify(said));
  await a.context.close();
});

test('a damaged entry with U+0000 in it is set aside whole, never cut at the NUL', async () => {
  const { page, context, errors } = await openApp(env);
  const damaged = '{"version": 2, "id": "nul1", "title": "before\u0000after", "broken": ' + 'y'.repeat(200);
  await page.evaluate((text) => localStorage.setItem('smm.entry.nul1', text), damaged);
  await reload(page);
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('smm.entry.nul1')).map((k) => [k, localStorage.getItem(k)]));
  assert.equal(kept.length, 1, 'one copy, under the set-aside key');
  assert.ok(kept[0][0].endsWith('.unreadable'), kept[0][0]);
  assert.equal(kept[0][1], damaged, 'every character kept, the NUL and what follows it included');
  assert.equal(kept[0][1].length, damaged.length);
  const s = await appState(page);
  assert.ok(s.notices.some((n) => /could not be read/.test(n)), JSON.stringify(s.notices));
  assert.deepEqual(errors, []);
  await context.close();
});
