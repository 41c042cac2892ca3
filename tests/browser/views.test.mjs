// Every view, as people see it: answering by keys and clicks changes the map,
// and each view renders at laptop, projector and high-DPI sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startEnvironment, openApp, enableHooks, click, appState, waitForState, openFileMenu, canvasStats,
  waitForFrames, framesRendered, artifactsDir, waitForIdle,
} from './harness.mjs';

const VIEWS = ['Overview', 'Maturity map', 'Radar', 'Questionnaire', 'Roadmap', 'Risks'];

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

async function press(page, key) {
  const before = await framesRendered(page);
  await page.keyboard.press(key);
  await waitForFrames(page, before + 3);
}

test('answering with the keyboard alone fills the questionnaire and moves the map', async () => {
  const { page, context, errors } = await openApp(env);
  await enableHooks(page);
  await openFileMenu(page);
  await click(page, 'New assessment');
  const blank = await waitForState(page, (s) => s.answered === 0, 'a blank assessment');
  assert.equal(blank.overallStage, 0);
  // The best answer to each of the first six questions; focus advances. Yes/no
  // facts ("official accounts", "on the networks customers use") take 2, the scale 4.
  for (const key of ['2', '4', '2', '4', '4', '4']) await press(page, key);
  const answered = await waitForState(page, (s) => s.answered === 6, 'six answers');
  assert.ok(Object.values(answered.assessment.answers).every((a) => a.answer === 'all' || a.answer === 'yes'));
  await page.screenshot({ path: join(artifactsDir, 'questionnaire-keyboard.png') });
  await press(page, 'ArrowUp');
  await press(page, '1');  // re-answer the previous question with "No"
  const changed = await waitForState(page, (s) => Object.values(s.assessment.answers).some((a) => a.answer === 'no'), 'a changed answer');
  assert.equal(changed.answered, 6);
  await click(page, 'Maturity map');
  await page.screenshot({ path: join(artifactsDir, 'map-after-answers.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('answering with the mouse changes the assessment', async () => {
  const { page, context } = await openApp(env);
  await enableHooks(page);
  await openFileMenu(page);
  await click(page, 'New assessment');
  await waitForState(page, (s) => s.answered === 0, 'a blank assessment');
  await waitForIdle(page);  // the questionnaire has settled, as it has by the time a person clicks
  await press(page, 'ArrowUp');  // the first question comes into view (the dimension's header is tall)
  await waitForIdle(page);
  await click(page, 'Yes');  // the first question is a yes/no fact: its "Yes" button
  const s = await waitForState(page, (x) => x.answered === 1, 'one answer');
  assert.equal(Object.keys(s.assessment.answers).length, 1);
  await context.close();
});

for (const [name, options] of [
  ['1280x800', { viewport: { width: 1280, height: 800 } }],
  ['1920x1080', { viewport: { width: 1920, height: 1080 } }],
  ['1280x800@2x', { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 }],
]) {
  test(`every view draws at ${name}`, async () => {
    const { page, context, errors } = await openApp(env, options);
    await enableHooks(page);
    for (const view of VIEWS) {
      await click(page, view);
      await waitForIdle(page);
      await page.screenshot({ path: join(artifactsDir, `view-${view.toLowerCase().replace(/ /g, '-')}-${name}.png`) });
      const stats = await canvasStats(page);
      console.log(`${view} at ${name}: luminance variance ${stats.variance.toFixed(0)}`);
      assert.ok(stats.variance > 100, `${view} looks blank at ${name}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
