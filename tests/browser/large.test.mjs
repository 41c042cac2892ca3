// Big input, as a facilitator's room produces it or a hostile paste does: a
// 5 MB workshop file dropped, more responses dropped on the open workshop, a
// paste over the limit and a paste just under it. The page says what it is
// doing on the next frame, keeps drawing while it works, and loses nothing.
// Timings are printed (budgets live in scripts/bench.sh), not asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEnvironment, openApp, enableHooks, click, appState, waitForState, waitForIdle, repoRoot } from './harness.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// The sample workshop's participants, copied with new ids (and a changed
// answer each, so no two are the same) until the file is `bytes` long.
async function bigWorkshopFile(bytes, prefix) {
  const sample = JSON.parse(await readFile(join(repoRoot, 'assets', 'samples', 'workshop.json'), 'utf8'));
  const people = sample.assessments;
  const out = [];
  let size = 20;
  for (let i = 0; size < bytes; i++) {
    const copy = structuredClone(people[i % people.length]);
    copy.responseId = `${prefix}-${i}`;
    copy.participant = `Participant ${i}`;
    const text = JSON.stringify(copy);
    size += text.length + 1;
    out.push(copy);
  }
  return JSON.stringify({ assessments: out });
}

// Every animation frame's time from now on: the longest gap is the longest
// the page went without drawing.
async function recordFrames(page) {
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__t0 = performance.now();
  });
}
async function frameReport(page) {
  return page.evaluate(() => {
    const f = window.__frames.filter((t) => t >= window.__t0);
    let longest = 0;
    for (let i = 1; i < f.length; i++) longest = Math.max(longest, f[i] - f[i - 1]);
    return { first: f.length ? f[0] - window.__t0 : null, frames: f.length, longest, total: performance.now() - window.__t0 };
  });
}

async function drop(page, name, text) {
  await page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, { name, text });
}

// Polls until the work has ended, keeping each distinct thing the page said meanwhile.
async function watchBusy(page, timeout = 60000) {
  const said = [];
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const s = await appState(page);
    if (s.busy) {
      const line = `${s.busy.title} | ${s.busy.progress}`;
      if (said.at(-1) !== line) said.push(line);
    } else if (said.length) {
      return { said, state: s };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`still busy after ${timeout} ms: ${said.at(-1)}`);
}

test('a workshop file near the 5 MB limit, then 1 MB more dropped on it: said at once, drawn throughout, every response in', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  const file = await bigWorkshopFile(5 * 1000 * 1000, 'room');  // files up to 5 MiB open
  await recordFrames(page);
  await drop(page, 'room.json', file);
  const opened = await watchBusy(page);
  const openFrames = await frameReport(page);
  console.log(`workshop file (${file.length} bytes) opened: first frame ${openFrames.first.toFixed(0)} ms after the drop, ` +
    `${openFrames.frames} frames in ${openFrames.total.toFixed(0)} ms, longest gap ${openFrames.longest.toFixed(0)} ms`);
  assert.ok(opened.said.some((l) => l.startsWith('Reading "room.json" (4.')), opened.said.join('\n'));
  assert.ok(opened.said.some((l) => /Reading [\d,]+ of [\d,]+ responses/.test(l)), opened.said.join('\n'));
  const count = JSON.parse(file).assessments.length;
  const s = await waitForState(page, (x) => x.workshop?.responses === count, `${count} responses`, 20000);
  assert.ok(s.notices.some((n) => n.includes(`with ${count} responses`)), JSON.stringify(s.notices));

  const more = await bigWorkshopFile(1024 * 1024, 'late');
  const moreCount = JSON.parse(more).assessments.length;
  await recordFrames(page);
  await drop(page, 'late.json', more);
  const collected = await watchBusy(page);
  const collectFrames = await frameReport(page);
  console.log(`1 MB more (${moreCount} responses) collected into ${count}: first frame ${collectFrames.first.toFixed(0)} ms, ` +
    `${collectFrames.frames} frames in ${collectFrames.total.toFixed(0)} ms, longest gap ${collectFrames.longest.toFixed(0)} ms`);
  assert.ok(collected.said.some((l) => /Collecting [\d,]+ of [\d,]+ responses/.test(l)), collected.said.join('\n'));
  assert.ok(collected.said.some((l) => /Saving the workshop's [\d,]+ responses/.test(l)), collected.said.join('\n'));
  const after = await waitForState(page, (x) => x.workshop?.responses === count + moreCount, 'all responses', 20000);
  assert.ok(after.notices.some((n) => n.includes(`Added ${moreCount} responses from "late.json"`)), JSON.stringify(after.notices));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a paste over the limit is refused whole; one just under it (250 KB) is collected in slices and what is no code stays in the box', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  const sr = page.locator('#sr-view');
  await sr.getByRole('link', { name: 'Workshop' }).press('Enter');
  await waitForState(page, (s) => s.view === 6, 'the workshop view');
  await sr.getByRole('form', { name: 'Set up the workshop' }).getByRole('button', { name: 'Set up the workshop' }).press('Enter');
  await waitForState(page, (s) => s.workshop && s.workshop.responses === 0, 'a new workshop');

  await waitForIdle(page);
  await click(page, '##pasted-responses');
  const paste = (text) => page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text', t);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, cancelable: true }));
  }, text);
  await paste('x'.repeat(5 * 1024 * 1024));
  const refused = await waitForState(page, (s) => s.notices.some((n) => n.includes('nothing was pasted')), 'the refusal');
  assert.ok(refused.notices.some((n) => n.startsWith('The pasted text is 5 MB; the paste box takes up to 256 KB')),
    JSON.stringify(refused.notices));
  assert.equal(refused.pasted, '');

  // 250 KB of words that are no response code: every one is looked at, and every one kept.
  const words = [];
  for (let size = 0, i = 0; size < 250 * 1000; i++) { const w = `thanks${i}`; words.push(w); size += w.length + 1; }
  const text = words.join('\n');
  await click(page, '##pasted-responses');
  await paste(text);
  await waitForState(page, (s) => s.pasted.length === text.length, 'the pasted text in the box', 20000);
  await recordFrames(page);
  await sr.getByRole('button', { name: 'Add responses' }).press('Enter');
  const done = await watchBusy(page);
  const frames = await frameReport(page);
  console.log(`250 KB paste of ${words.length} words collected: first frame ${frames.first.toFixed(0)} ms, ` +
    `${frames.frames} frames in ${frames.total.toFixed(0)} ms, longest gap ${frames.longest.toFixed(0)} ms`);
  assert.ok(done.said.some((l) => l.startsWith('Collecting the pasted responses (')), done.said.join('\n'));
  const s = await waitForState(page, (x) => x.pasted === text, 'the words kept in the box', 10000);
  assert.equal(s.workshop.responses, 0);
  assert.ok(s.notices.some((n) => n.includes(`${words.length} could not be read`)), JSON.stringify(s.notices.slice(0, 3)));
  // The notice names a few and counts the rest: it stays readable, and so does what a screen reader announces.
  const live = await page.evaluate(() => document.getElementById('sr-live').textContent);
  assert.ok(live.includes(`and ${(words.length - 5).toLocaleString('en-US')} more that could not be read`), live.slice(0, 400));
  assert.ok(live.length < 2000, `announced ${live.length} characters`);
  assert.deepEqual(errors, []);
  await context.close();
});
