// Keeping and sharing work: autosave, share links, import, export. A broken
// link or file never touches what the user had.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, renameOrganisation, nudge,
  framesRendered, artifactsDir, repoRoot, openFileMenu, waitForIdle,
} from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// Every saved assessment, as stored (one key per entry).
const savedWork = (page) => page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort()
  .filter((k) => k.startsWith('smm.entry.')).map((k) => [k, localStorage.getItem(k)])));

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(page);
}

test('autosave: a change survives a reload', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  await renameOrganisation(page, 'Contoso Retail');
  await reload(page);
  const s = await appState(page);
  assert.equal(s.assessment.organisation, 'Contoso Retail');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link opens the same assessment in a fresh browser, which can keep a copy', async () => {
  const a = await openApp(env);
  await enableHooks(a.page);
  await renameOrganisation(a.page, 'Fabrikam');
  const original = (await appState(a.page)).assessment;
  await click(a.page, 'Copy link');
  const link = await a.page.evaluate(() => window.smmLastCopied);
  assert.match(link, /#a=[A-Za-z0-9_-]+$/);
  const code = link.split('#a=')[1];
  assert.ok(code.length <= 120, `share code is ${code.length} characters`);
  await a.context.close();

  const b = await openApp(env, { hash: `a=${code}` });
  await enableHooks(b.page);
  const shown = await appState(b.page);
  assert.equal(shown.previewing, true);
  assert.equal(shown.assessment.organisation, 'Fabrikam');
  assert.deepEqual(Object.keys(shown.assessment.answers).sort(), Object.keys(original.answers).sort());
  for (const [q, v] of Object.entries(original.answers)) assert.equal(shown.assessment.answers[q].answer, v.answer, q);
  assert.deepEqual(shown.assessment.targets, original.targets);
  assert.equal(await b.page.evaluate(() => location.hash), `#a=${code}`, 'the link stays while its preview is open');
  await b.page.screenshot({ path: join(artifactsDir, 'shared-link-preview.png') });

  const savedBefore = shown.saved;
  await click(b.page, 'Keep a copy');
  const kept = await waitForState(b.page, (s) => !s.previewing, 'the copy to be kept');
  assert.equal(kept.saved, savedBefore + 1);
  assert.equal(await b.page.evaluate(() => location.hash), '', 'a kept copy no longer needs the link');
  await reload(b.page);
  assert.equal((await appState(b.page)).assessment.organisation, 'Fabrikam');
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test('a damaged link says so and leaves saved work untouched', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await renameOrganisation(page, 'Tailspin Toys');
  const storedBefore = await savedWork(page);
  const s0 = await appState(page);
  const code = (await page.evaluate(() => location.href)) + '#a=AQmGarbageThatIsNotACode';
  await page.goto(code);
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(page);
  const s = await appState(page);
  assert.equal(s.previewing, false);
  assert.equal(s.assessment.organisation, 'Tailspin Toys');
  assert.ok(s.notices.some((n) => n.includes('could not be opened')), JSON.stringify(s.notices));
  assert.equal(await savedWork(page), storedBefore);
  assert.equal(s.saved, s0.saved);
  await page.screenshot({ path: join(artifactsDir, 'bad-link.png') });
  await context.close();
});

async function importFile(page, name, content) {
  await openFileMenu(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import a file…')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.waitForTimeout(200);
  await nudge(page);
}

test('a broken file is refused with its problems listed, and nothing changes', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await renameOrganisation(page, 'Litware');
  const before = await appState(page);
  const storedBefore = await savedWork(page);

  await importFile(page, 'broken.json', '{"schemaVersion": 1, "model": "social-media", "answers": {"nope": {"answer": "all"}');
  let s = await appState(page);
  assert.ok(s.notices.some((n) => n.includes('broken.json')), JSON.stringify(s.notices));
  assert.deepEqual(s.assessment, before.assessment);

  await importFile(page, 'wrong.json', JSON.stringify({ schemaVersion: 1, model: 'social-media', answers: { 'no-such-question': { answer: 'all' } } }));
  s = await appState(page);
  assert.ok(s.notices.some((n) => n.includes('wrong.json')), JSON.stringify(s.notices));
  assert.deepEqual(s.assessment, before.assessment);
  assert.equal(await savedWork(page), storedBefore);
  await page.screenshot({ path: join(artifactsDir, 'bad-file.png') });
  await context.close();
});

test('a good file is imported as a new saved assessment', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  const before = await appState(page);
  const sample = await readFile(join(repoRoot, 'assets', 'samples', 'northwind.json'), 'utf8');
  const renamed = JSON.stringify({ ...JSON.parse(sample), organisation: 'Imported Ltd' });
  await importFile(page, 'imported.json', renamed);
  const s = await waitForState(page, (x) => x.assessment.organisation === 'Imported Ltd', 'the import');
  assert.equal(s.saved, before.saved + 1);
  await context.close();
});

async function download(page, label) {
  await openFileMenu(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, label).catch(async (e) => {
    await page.screenshot({ path: join(artifactsDir, 'failed-download.png') });
    throw e;
  })]);
  const path = join(artifactsDir, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), path, text: await readFile(path, 'utf8'), bytes: await readFile(path) };
}

test('every export downloads and parses, and the JSON loads back unchanged', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  const state = await appState(page);

  const json = await download(page, 'Data (JSON, loads back)');
  assert.match(json.name, /\.json$/);
  const parsed = JSON.parse(json.text);
  assert.equal(parsed.organisation, state.assessment.organisation);
  assert.deepEqual(parsed.answers && Object.keys(parsed.answers).length, Object.keys(state.assessment.answers).length);

  const csv = await download(page, 'Spreadsheet (CSV)');
  const rows = csv.text.trim().split('\n');
  assert.ok(rows.length > 60, `CSV has ${rows.length} rows`);
  assert.match(rows[0], /question/);

  const md = await download(page, 'Markdown report');
  assert.match(md.text, /^# /m);

  const html = await download(page, 'Report for executives (HTML, print-ready)');
  assert.match(html.text, /^<!doctype html>/);
  assert.ok(html.text.includes(state.assessment.organisation));
  assert.ok(!/<script/i.test(html.text), 'the report is static');

  const png = await download(page, 'Picture of the map (PNG)');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.bytes.length > 20000, 'the PNG has content');

  // The exported JSON loads back: import it and compare.
  await importFile(page, json.name, json.text);
  const back = await waitForState(page, (s) => s.saved === state.saved + 1, 'the re-import');
  assert.deepEqual(back.assessment, state.assessment);
  assert.deepEqual(errors, []);
  await context.close();
});

test('idle costs nothing: no frames are drawn while nobody touches the page', async () => {
  const { page, context } = await openApp(env);
  await waitForIdle(page);  // the frames after start-up (software WebGL is slow)
  const before = await framesRendered(page);
  await page.waitForTimeout(1000);
  const idle = (await framesRendered(page)) - before;
  console.log(`frames rendered in an idle second: ${idle}`);
  assert.equal(idle, 0);
  await page.mouse.move(400, 300);
  await page.waitForTimeout(300);
  assert.ok((await framesRendered(page)) > before, 'input wakes it up');
  await context.close();
});

test('the chosen theme is remembered', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await click(page, 'Switch theme');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => localStorage.getItem('smm.theme')), 'dark');
  await reload(page);
  await page.screenshot({ path: join(artifactsDir, 'dark-after-reload.png') });
  const dark = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 1; c.height = 1;
    const ctx = c.getContext('2d');
    ctx.drawImage(document.getElementById('canvas'), 5, 790, 1, 1, 0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return (r + g + b) / 3 < 60;
  });
  assert.ok(dark, 'the page background is dark after a reload');
  await context.close();
});
