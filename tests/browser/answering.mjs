// Answering and reaching things the way a person does, shared by the
// workshop and offline tests.
import { findItem, click, waitForIdle } from './harness.mjs';

// Answers the first `count` questions through the screen-reader view's radios
// (the same path a screen-reader user takes), each with option `option`.
export async function answer(page, count, option) {
  await page.evaluate(async ({ count, option }) => {
    const view = document.getElementById('sr-view');
    const tick = () => new Promise((r) => setTimeout(r, 60));
    // The view is redrawn on the app's next frame, which a busy machine may
    // take a while to draw: like a screen-reader user, wait until it shows a
    // question other than `previous` before answering.
    const radiosOf = async (previous) => {
      for (let waited = 0; waited < 5000; waited += 60) {
        const radios = [...view.querySelectorAll('input[data-question]')];
        if (radios.length && radios[0].dataset.question !== previous) return radios;
        await tick();
      }
      throw new Error(`the screen-reader view did not move on from question ${previous}`);
    };
    view.querySelector('[data-view="questionnaire"]').click();
    await tick();
    let previous = null;
    for (let i = 0; i < count; i++) {
      const radios = await radiosOf(previous);
      previous = radios[0].dataset.question;
      // The options (and "not applicable"), not "don't know" (-3) or "not my area" (-4).
      const choices = radios.filter((r) => Number(r.value) > -3);
      const pick = choices[Math.min(option, choices.length - 1)];
      pick.checked = true;
      pick.dispatchEvent(new Event('change', { bubbles: true }));
      await tick();
      view.querySelector('[data-step="1"]').click();
      await tick();
    }
  }, { count, option });
}

// Clicks an item, scrolling the view down until it is on screen.
export async function clickBelow(page, label) {
  const height = page.viewportSize().height;
  const onScreen = (r) => r && r.y >= 0 && r.y + r.h <= height;
  // A notice appearing moves what is below it: read rectangles once the page has settled.
  await waitForIdle(page);
  for (let i = 0; i < 12 && !onScreen(await findItem(page, label)); i++) {
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    // The wheel's momentum scrolls on for a while: a rectangle read mid-glide is stale.
    await waitForIdle(page);
  }
  await click(page, label);
}
