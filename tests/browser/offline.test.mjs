// Offline and updates (sw.js, web/offline.cpp): once opened, the page opens
// again with no network, and so do a share link and a workshop invitation;
// what is answered offline is there when the network is back. A new version
// is announced and never swapped in under an open edit, and a tab on the old
// version and a tab on the new one share the saved work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, findItem, openFileMenu,
  waitForOfflineReady, waitForItem, repoRoot,
} from './harness.mjs';
import { startServer } from '../../scripts/static_server.mjs';
import { answer, clickBelow } from './answering.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

// Opens `url` in a new tab of `context` and waits for its first frame, with the test hooks on.
async function openTab(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined || window.smmFailed, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.smmFailed), undefined, `${url} started`);
  await enableHooks(page);
  return { page, errors };
}

// A share link and a workshop invitation, made in someone else's browser.
async function makeLinks() {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await click(page, 'Copy link');
  const share = await page.evaluate(() => window.smmLastCopied);
  assert.match(share, /#a=/);
  await click(page, 'Workshop');
  await waitForState(page, (s) => s.view === 6, 'the workshop view');
  await clickBelow(page, 'Set up the workshop');
  await waitForState(page, (s) => s.workshop, 'a new workshop');
  await clickBelow(page, 'Copy participant link');
  // The copy lands on the frame after the click; a busy machine may take a moment to draw it.
  await page.waitForFunction(() => window.smmLastCopied, null, { timeout: 10000 });
  const invitation = await page.evaluate(() => window.smmLastCopied);
  assert.match(invitation, /#w=/);
  await context.close();
  return { share, invitation };
}

test('opened once, the page, a share link and an invitation open with no network; answers made offline are kept', async () => {
  const { share, invitation } = await makeLinks();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openTab(context, env.baseUrl);
  await waitForOfflineReady(first.page);
  await waitForState(first.page, () => true, 'a frame');
  assert.ok(await waitForItem(first.page, 'Works offline'), 'the top bar says the page works offline');

  await context.setOffline(true);
  const reloaded = await first.page.reload();
  assert.ok(reloaded.fromServiceWorker(), 'the page came from the service worker');
  await first.page.waitForFunction(() => window.smmFirstFrameMs !== undefined, null, { timeout: 30000 });
  await enableHooks(first.page);
  await first.page.waitForFunction(() => window.smmConnectivity && !window.smmConnectivity.online);
  await waitForState(first.page, () => true, 'a frame');
  assert.ok(await waitForItem(first.page, 'Offline'), 'the top bar says there is no network');
  const savedBefore = (await appState(first.page)).saved;

  // The share link, offline: it shows, and the first answer keeps a copy.
  const shared = await openTab(context, share);
  const preview = await waitForState(shared.page, (s) => s.previewing, 'the shared assessment');
  await answer(shared.page, 1, 3);
  await waitForState(shared.page, (s) => !s.previewing && s.saved > savedBefore, 'a copy kept');
  const kept = (await appState(shared.page)).assessment;
  assert.equal(kept.organisation, preview.assessment.organisation);

  // The invitation, offline: pick a group, answer, autosaved on this device.
  const invited = await openTab(context, invitation);
  await waitForState(invited.page, (s) => s.invitation && s.view === 7, 'the participant page');
  await click(invited.page, 'IT');
  await waitForState(invited.page, (s) => s.assessment.role, 'a group picked');
  await answer(invited.page, 3, 2);
  await waitForState(invited.page, (s) => s.answered >= 3, 'three answers');
  await invited.page.waitForTimeout(1100);  // autosave

  // Online again: everything is where it was left.
  await context.setOffline(false);
  const again = await openTab(context, invitation);
  const participant = await waitForState(again.page, (s) => s.invitation, 'the participant page, online');
  assert.ok(participant.answered >= 3, `the offline answers are kept (${participant.answered})`);
  assert.ok(participant.assessment.role, 'and the group');
  const home = await openTab(context, env.baseUrl);
  const state = await appState(home.page);
  assert.ok(state.saved > savedBefore, 'the copy of the shared assessment is among the saved ones');
  for (const tab of [first, shared, invited, again, home]) assert.deepEqual(tab.errors, []);
  await context.close();
});

// A copy of the build to deploy a new version into while the browser has the old one.
function scratchBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'smm-update-'));
  cpSync(process.env.SMM_WEB_DIR || join(repoRoot, 'build', 'web'), dir, { recursive: true });
  return dir;
}

// A new version: another build id in the page and the worker (the program
// files stay, as when only the page changed). The compressed twins go.
function deployNewVersion(dir) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const old = /<meta name="smm-build" content="([^"]+)">/.exec(page)[1];
  const next = old.split('').reverse().join('');
  for (const name of ['index.html', 'sw.js']) {
    writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replaceAll(old, next));
    for (const twin of ['.br', '.gz']) rmSync(join(dir, name + twin), { force: true });
  }
  return next;
}

test('an update while an edit is open keeps the edit; a tab on each version keeps working', async () => {
  const dir = scratchBuild();
  const server = await startServer(dir, { port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const old = await openTab(context, base);
    await waitForOfflineReady(old.page);
    await old.page.evaluate(() => { window.__sameDocument = true; });
    const oldBuild = await old.page.evaluate(() => document.querySelector('meta[name="smm-build"]').content);

    // An edit in progress: the organisation field has the keyboard.
    await openFileMenu(old.page);
    await click(old.page, '##organisation');
    await old.page.keyboard.press('Control+A');
    await old.page.keyboard.type('Tailspin', { delay: 20 });
    await waitForState(old.page, (s) => s.assessment.organisation === 'Tailspin', 'the first half typed', 15000);

    const next = deployNewVersion(dir);
    await old.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await waitForState(old.page, (s) => s.notices.includes('A new version is ready - reload when you are done'),
                       'the new version announced', 20000);
    assert.equal(await old.page.evaluate(() => window.__sameDocument), true, 'never reloaded');
    await old.page.keyboard.type(' Toys', { delay: 20 });
    await waitForState(old.page, (s) => s.assessment.organisation === 'Tailspin Toys', 'the edit carried on', 15000);
    await old.page.mouse.click(5, 790);  // closes the menu; the edit is kept

    // A second tab opens the new version beside the old one, on the same storage.
    const fresh = await openTab(context, base);
    assert.equal(await fresh.page.evaluate(() => document.querySelector('meta[name="smm-build"]').content), next);
    assert.notEqual(next, oldBuild);
    await waitForOfflineReady(fresh.page);
    const seen = await waitForState(fresh.page, (s) => s.assessment.organisation === 'Tailspin Toys',
                                    'the old tab\'s work in the new tab');
    assert.ok(!seen.notices.includes('A new version is ready - reload when you are done'), 'the new tab is the new version');

    // Each tab's change reaches the other.
    await answer(fresh.page, 1, 0);
    const answered = (await appState(fresh.page)).assessment.answers;
    const [question, value] = Object.entries(answered)[0];
    await waitForState(old.page, (s) => s.assessment.answers[question]?.answer === value.answer,
                       'the new tab\'s answer in the old tab', 10000);
    await answer(old.page, 1, 3);
    const fromOld = (await appState(old.page)).assessment.answers[question];
    await waitForState(fresh.page, (s) => s.assessment.answers[question]?.answer === fromOld.answer,
                       'the old tab\'s answer in the new tab', 10000);
    assert.deepEqual(old.errors, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
});
