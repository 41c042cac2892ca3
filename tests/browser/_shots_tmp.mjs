// Ad-hoc screenshots (not a test): every view at a phone and a projector size, page by page.
import { startEnvironment, waitForIdle, framesRendered, waitForFrames } from './harness.mjs';
const env = await startEnvironment();
const sizes = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
  projector: { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
};
const which = process.argv[2] ? process.argv[2].split(',') : ['overview', 'map', 'radar', 'questionnaire', 'roadmap', 'risks'];
const devs = process.argv[3] ? process.argv[3].split(',') : Object.keys(sizes);
const pages = Number(process.argv[4] || 1);
for (const dev of devs) {
  const context = await env.browser.newContext(sizes[dev]);
  const page = await context.newPage();
  for (const slug of which) {
    await page.goto(env.baseUrl + '?view=' + slug);
    await page.waitForFunction(() => window.smmFirstFrameMs !== undefined);
    await waitForIdle(page);
    for (let i = 0; i < pages; i++) {
      await page.screenshot({ path: `/tmp/keys/shots/${dev}-${slug}-${i}.png` });
      const before = await framesRendered(page);
      await page.keyboard.press('PageDown');
      await waitForFrames(page, before + 3);
      await waitForIdle(page);
    }
  }
  await context.close();
}
await env.close();
