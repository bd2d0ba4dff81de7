// The clinic page: the built classic-script bundle pasted into a real-looking site
// with its own opinionated CSS, as a clinic sees it after pasting.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotDir, startE2E, tags } from './harness.mjs';

describe('demo/clinic.html', () => {
  let e2e;
  before(async () => (e2e = await startE2E()));
  after(() => e2e.close());

  for (const width of [375, 1280]) {
    test(`all four widgets render, visible and readable, at ${width} px`, async () => {
      const { page, errors, context } = await e2e.open('/demo/clinic.html', { width });
      for (const tag of tags) {
        const host = page.locator(tag);
        const box = await host.boundingBox();
        assert.ok(box && box.width > 250 && box.height > 150, `${tag} has a real size: ${JSON.stringify(box)}`);
        assert.ok(box.x >= 0 && box.x + box.width <= width + 1, `${tag} fits the viewport width`);
        const heading = page.locator(`${tag} h3`).first();
        assert.ok((await heading.innerText()).trim().length > 3, `${tag} shows its heading`);
        const colour = await heading.evaluate((node) => getComputedStyle(node).color);
        assert.notEqual(colour, 'rgba(0, 0, 0, 0)', `${tag} heading is not transparent`);
      }
      await page.screenshot({ path: `${screenshotDir}/clinic-${width}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('keyboard alone: Tab into the red-flag checker, tick the first sign, reach the emergency advice', async () => {
    const { page, context, errors } = await e2e.open('/demo/clinic.html', { width: 375 });
    const focusedBox = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return host?.localName === 'backcare-red-flag-checker' && inner?.type === 'checkbox' ? inner.value : null;
      });
    let presses = 0;
    while ((await focusedBox()) === null && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert.equal(await focusedBox(), 'saddle-numbness', `the first sign is reached by Tab (after ${presses} presses)`);
    await page.keyboard.press('Space');
    const card = page.locator('backcare-red-flag-checker [part~="outcome-emergency"]').first();
    await card.getByText('Immediate action required', { exact: false }).waitFor();
    const call = card.locator('a[href^="tel:"]');
    assert.equal(await call.getAttribute('href'), 'tel:911');
    // The call link is the next stop for the keyboard, too.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('href') === 'tel:911');
    }
    assert.ok(reached, 'the emergency call link can be reached by Tab');
    await page.screenshot({ path: `${screenshotDir}/clinic-emergency-375.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a ticked checklist item survives a reload when the clinic set persist', async () => {
    const { page, context, errors } = await e2e.open('/demo/clinic.html');
    const first = page.locator('backcare-treatment-checklist input[type=checkbox]').first();
    await first.check();
    await page.reload();
    await page.waitForFunction(() => customElements.get('backcare-treatment-checklist'));
    assert.equal(await page.locator('backcare-treatment-checklist input[type=checkbox]').first().isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the widgets make no network request after the bundle has loaded', async () => {
    const { page, context } = await e2e.open('/demo/clinic.html');
    const before = e2e.requests.length;
    await page.locator('backcare-treatment-checklist input[type=checkbox]').nth(1).check();
    await page.locator('backcare-red-flag-checker input[type=checkbox][value=none]').check();
    await page.waitForTimeout(300);
    assert.deepEqual(e2e.requests.slice(before), []);
    await context.close();
  });
});
