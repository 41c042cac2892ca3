// A workshop in the room, each person in their own browser: the facilitator
// sets it up and copies the participant link; seven participants (one on a
// phone) open it, pick their group, answer and send their link; the
// facilitator pastes every link at once - one twice, one damaged - sees the
// count, reveals, sees disagreement and the group gap, and the workshop
// survives a reload. Screenshots of each step land in artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, findItem, artifactsDir,
  framesRendered, waitForFrames, waitForIdle,
} from './harness.mjs';
import { answer, clickBelow } from './answering.mjs';

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true };

// Nothing serious or critical for axe in the screen-reader view of the page.
async function assertAccessible(page, what) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help}`), [], what);
  return results.violations.length;
}

async function participate(link, { group, option, phone = false, shot = null }) {
  const app = await openApp(env, { ...(phone ? PHONE : {}), hash: link.split('#')[1] });
  const { page } = app;
  await enableHooks(page);
  await waitForState(page, (s) => s.invitation && s.view === 7, 'the participant page');
  if (shot) {
    await page.screenshot({ path: join(artifactsDir, `${shot}-start.png`) });
    console.log(`axe on the participant's page (${shot}): ${await assertAccessible(page, 'the participant page')} minor violations`);
  }
  if (phone) {
    const r = await findItem(page, group);
    assert.ok(r && r.h >= 44, `the group button is a fingertip tall (${r?.h} px)`);
    await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
    await waitForFrames(page, (await framesRendered(page)) + 3);
  } else {
    await click(page, group);
  }
  await waitForState(page, (s) => s.assessment.role, 'a group picked');
  await answer(page, 6, option);
  await waitForState(page, (s) => s.answered >= 6, 'six answers');
  // Back to the participant's page and send.
  await page.evaluate(() => document.querySelector('#sr-view [data-view="respond"]').click());
  await waitForState(page, (s) => s.view === 7, 'the participant page again');
  await page.waitForTimeout(1100);  // autosave
  // A reload keeps the answers on the device.
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(page);
  const kept = await waitForState(page, (s) => s.invitation, 'the participant page after a reload');
  assert.ok(kept.answered >= 6, `answers kept across a reload (${kept.answered})`);
  // The bar's send button is always on screen, on a phone too.
  const send = await findItem(page, phone ? 'Send' : 'Send my answers');
  assert.ok(send, 'a send button in the top bar');
  if (phone) await page.touchscreen.tap(send.x + send.w / 2, send.y + send.h / 2);
  else await page.mouse.click(send.x + send.w / 2, send.y + send.h / 2);
  await page.waitForFunction(() => window.smmLastCopied, null, { timeout: 5000 });
  const sent = await page.evaluate(() => window.smmLastCopied);
  assert.match(sent, /#r=/);
  if (shot) await page.screenshot({ path: join(artifactsDir, `${shot}-sent.png`) });
  assert.deepEqual(app.errors, []);
  await app.context.close();
  return sent;
}

test('a workshop: invite, seven participants answer and send, the facilitator collects, reveals and sees the gap', async () => {
  const host = await openApp(env);
  const { page } = host;
  await enableHooks(page);
  await click(page, 'Workshop');
  await waitForState(page, (s) => s.view === 6, 'the workshop view');
  await page.screenshot({ path: join(artifactsDir, 'workshop-setup.png') });
  await clickBelow(page, 'Set up the workshop');
  await waitForState(page, (s) => s.workshop && s.workshop.responses === 0, 'a new workshop');
  await clickBelow(page, 'Copy participant link');
  // The copy lands on the frame after the click; a busy machine may take a moment to draw it.
  await page.waitForFunction(() => window.smmLastCopied, null, { timeout: 10000 });
  const invitation = await page.evaluate(() => window.smmLastCopied);
  assert.match(invitation, /#w=/);
  await page.screenshot({ path: join(artifactsDir, 'workshop-invite.png') });

  const links = [];
  for (let i = 0; i < 3; i++) links.push(await participate(invitation, { group: 'IT', option: 4, shot: i === 0 ? 'workshop-participant-laptop' : null }));
  for (let i = 0; i < 3; i++) links.push(await participate(invitation, { group: 'Marketing & communications', option: 0, phone: i === 0, shot: i === 0 ? 'workshop-participant-phone' : null }));
  links.push(await participate(invitation, { group: 'Executive team', option: 2 }));
  const damaged = links[2].slice(0, -6) + (links[2].at(-6) === 'A' ? 'B' : 'A') + links[2].slice(-5);

  await click(page, '##pasted-responses');
  await page.keyboard.insertText([...links, links[0], damaged].join('\n'));
  await waitForFrames(page, (await framesRendered(page)) + 3);
  await clickBelow(page, 'Add responses');
  const collected = await waitForState(page, (s) => s.workshop.responses === 7, 'seven responses');
  assert.ok(collected.notices.some((n) => n.includes('Added 7 responses, 1 already in, 1 could not be read')),
    JSON.stringify(collected.notices));
  assert.equal(collected.workshop.revealed, false);
  // What could not be read stays in the box to fix; what went in (and the duplicate) left it.
  assert.equal(collected.pasted, damaged);
  await page.screenshot({ path: join(artifactsDir, 'workshop-collected.png') });

  await clickBelow(page, 'Reveal results');
  await waitForState(page, (s) => s.workshop.revealed, 'results revealed');
  const mirror = await page.evaluate(() => document.getElementById('sr-view').innerText);
  assert.match(mirror, /7 responses/);
  assert.match(mirror, /Where people disagree/);
  assert.match(mirror, /IT \d(\.\d)?, Marketing & communications \d/, 'the IT-business gap is named');
  const groupsPart = mirror.slice(mirror.indexOf('How the groups see it'));
  assert.doesNotMatch(groupsPart, /Executive team/, 'a group of one stays anonymous');
  console.log(`axe on the revealed workshop: ${await assertAccessible(page, 'the revealed workshop')} minor violations`);
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 700);
  await waitForIdle(page);
  await page.screenshot({ path: join(artifactsDir, 'workshop-revealed.png') });

  await page.waitForTimeout(1100);  // autosave
  await page.reload();
  await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
  await enableHooks(page);
  const reloaded = await appState(page);
  assert.equal(reloaded.workshop?.responses, 7);
  assert.equal(reloaded.workshop?.revealed, true);
  assert.deepEqual(host.errors, []);
  await host.context.close();
});

// The same work for someone who cannot see the canvas: only the accessible
// view (roles and names, the keyboard) sets the workshop up - organisation,
// date, purpose, renamed, removed and added groups, anonymity, people
// invited - copies the link, pastes responses and reveals the results.
test('a screen-reader user runs a workshop through the accessible view only', async () => {
  const host = await openApp(env);
  const { page } = host;
  await enableHooks(page);
  const sr = page.locator('#sr-view');
  await sr.getByRole('link', { name: 'Workshop' }).press('Enter');
  await waitForState(page, (s) => s.view === 6, 'the workshop view');
  const form = sr.getByRole('form', { name: 'Set up the workshop' });
  await form.getByRole('textbox', { name: 'Organisation' }).fill('Northwind Traders');
  await form.getByRole('textbox', { name: 'Purpose (shown to participants)' }).fill('Where do we stand?');
  await form.getByRole('textbox', { name: 'Date (YYYY-MM-DD)' }).fill('2026-12-01');
  await form.getByRole('textbox', { name: 'People invited (optional)' }).fill('twelve');
  await form.getByRole('textbox', { name: 'Group 1 name' }).fill('Tech');
  // A wrong head count is named, and setting up waits for it.
  await form.getByRole('button', { name: 'Set up the workshop' }).press('Enter');
  await page.waitForFunction(() => document.querySelector('#sr-view').innerText.includes('People invited: a whole number'));
  assert.equal((await appState(page)).workshop, null);
  await form.getByRole('textbox', { name: 'People invited (optional)' }).fill('12');
  // Remove the last group, add one back under a name of our own.
  const groups = await form.getByRole('textbox', { name: /^Group \d name$/ }).count();
  assert.ok(groups >= 2, `${groups} groups offered`);
  await form.getByRole('button', { name: new RegExp(`^Remove group ${groups} `) }).press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#sr-view [data-field="group-name"]').length === n - 1, groups);
  await form.getByRole('button', { name: 'Add a group' }).press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#sr-view [data-field="group-name"]').length === n, groups);
  await form.getByRole('textbox', { name: `Group ${groups} name` }).fill('Customer service');
  const anonymous = form.getByRole('checkbox', { name: /Anonymous/ });
  assert.equal(await anonymous.isChecked(), true);
  await anonymous.press('Space');
  await form.getByRole('button', { name: 'Set up the workshop' }).press('Enter');
  const set = await waitForState(page, (s) => s.workshop, 'a workshop set up');
  assert.equal(set.workshop.organisation, 'Northwind Traders');
  assert.equal(set.workshop.purpose, 'Where do we stand?');
  assert.equal(set.workshop.date, '2026-12-01');
  assert.equal(set.workshop.expected, 12);
  assert.equal(set.workshop.anonymous, false);
  assert.equal(set.workshop.groups[0], 'Tech');
  assert.equal(set.workshop.groups.at(-1), 'Customer service');
  assert.equal(set.workshop.groups.length, groups);

  await sr.getByRole('button', { name: 'Copy participant link' }).press('Enter');
  await page.waitForFunction(() => window.smmLastCopied && window.smmLastCopied.includes('#w='));
  // The copy lands on the frame after the click; a busy machine may take a moment to draw it.
  await page.waitForFunction(() => window.smmLastCopied, null, { timeout: 10000 });
  const invitation = await page.evaluate(() => window.smmLastCopied);
  const sent = await participate(invitation, { group: 'Tech', option: 3 });

  const box = sr.getByRole('textbox', { name: 'Response links, one or many' });
  await box.fill(`${sent}\nthanks everyone`);
  await sr.getByRole('button', { name: 'Add responses' }).press('Enter');
  const collected = await waitForState(page, (s) => s.workshop.responses === 1, 'one response');
  assert.equal(collected.pasted, 'thanks everyone');
  await page.waitForFunction(() => document.querySelector('#sr-view textarea').value === 'thanks everyone');
  const live = await page.evaluate(() => document.getElementById('sr-live').textContent);
  assert.match(live, /line 2: "thanks" is not a response link or code/);
  assert.match(live, /left in the box/);

  await sr.getByRole('button', { name: 'Reveal results' }).press('Enter');
  await waitForState(page, (s) => s.workshop.revealed, 'results revealed');
  assert.match(await sr.innerText(), /1 of 12: Tech 1/);
  console.log(`axe on the accessible workshop: ${await assertAccessible(page, 'the accessible workshop')} minor violations`);
  assert.deepEqual(host.errors, []);
  await host.context.close();
});
