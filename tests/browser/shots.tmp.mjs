import { startEnvironment, openApp, waitForIdle, click } from './harness.mjs';
const env = await startEnvironment();
const sizes = [['laptop', { width: 1280, height: 800 }, 1, false], ['phone', { width: 390, height: 844 }, 3, true], ['projector', { width: 1280, height: 720 }, 1, false]];
for (const [name, viewport, dpr, touch] of sizes) {
  const { page, errors } = await openApp(env, { viewport, deviceScaleFactor: dpr, hasTouch: touch });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/${name}-overview.png` });
  for (const v of ['risks', 'roadmap']) {
    await page.goto(env.baseUrl + `?view=${v}`); await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}-${v}.png` });
  }
  const sr = await page.evaluate(() => document.body.innerText.slice(0, 1500));
  if (name === 'laptop') console.log(sr);
  console.log(name, 'errors', errors);
}
await env.close();
