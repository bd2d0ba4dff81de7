// The configurator (demo/index.html): a clinic's web person picks a widget, sets
// attributes, sees the preview change, and copies a snippet that matches it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { root, screenshotDir, startE2E, tags } from './harness.mjs';

const { scriptTag } = JSON.parse(readFileSync(`${root}dist/sri.json`, 'utf8'));

const snippetText = (page) => page.locator('#snippet').innerText();
const previewTag = (page) => page.locator('#preview > *').evaluate((node) => node.localName);

describe('demo configurator', () => {
  let e2e;
  before(async () => (e2e = await startE2E()));
  after(() => e2e.close());

  test('offers every widget, and for each: the attribute set shows in the preview and in the snippet', async () => {
    const { page, context, errors } = await e2e.open('/demo/');
    const offered = await page.locator('#widget option').evaluateAll((options) => options.map((o) => o.value));
    assert.deepEqual([...offered].sort(), [...tags].sort());
    for (const tag of tags) {
      await page.selectOption('#widget', tag);
      assert.equal(await previewTag(page), tag);
      // heading-level is on every element: a number input with the accepted range.
      const level = page.locator('#attr-heading-level');
      assert.equal(await level.getAttribute('min'), '2');
      assert.equal(await level.getAttribute('max'), '6');
      await level.fill('4');
      await page.locator(`#preview ${tag} h4`).first().waitFor();
      assert.equal(await page.locator(`#preview ${tag}`).getAttribute('heading-level'), '4');
      assert.match(await snippetText(page), new RegExp(`\n<${tag} heading-level="4">\n  <p>[^]+\n</${tag}>$`));
      assert.ok((await snippetText(page)).startsWith(`${scriptTag}\n`), 'the versioned CDN tag with its integrity hash');
    }
    assert.match(scriptTag, /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/backcare-widgets@[\d.]+\/dist\/backcare-widgets\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" defer><\/script>$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('enumerations are selects, booleans checkboxes, onset a date; the language and theme reach the snippet', async () => {
    const { page, context } = await e2e.open('/demo/');
    await page.selectOption('#widget', 'backcare-treatment-checklist');
    assert.equal(await page.locator('#attr-phase').evaluate((n) => n.localName), 'select');
    await page.selectOption('#attr-phase', 'acute');
    await page.check('#attr-persist');
    await page.check('input[name="lang"][value="es"]');
    await page.locator('#accent').evaluate((input) => {
      input.value = '#00695c';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const snippet = await snippetText(page);
    // Longer than 80 characters on one line: one attribute per line.
    assert.ok(snippet.includes('<backcare-treatment-checklist\n  lang="es"\n  phase="acute"\n  persist\n>\n  <p>'));
    assert.ok(
      snippet.includes('\n  backcare-treatment-checklist {\n    --backcare-accent: #00695c;\n  }\n</style>'),
      'the theme is in the small style block',
    );
    const preview = page.locator('#preview backcare-treatment-checklist');
    assert.equal(await preview.getAttribute('lang'), 'es');
    assert.match(await page.locator('#preview backcare-treatment-checklist h2').first().innerText(), /plan|cuidado/i);
    await page.selectOption('#widget', 'backcare-phase-guide');
    assert.equal(await page.locator('#attr-onset').getAttribute('type'), 'date');
    await page.selectOption('#widget', 'backcare-stretch-card');
    assert.equal(await page.locator('#attr-sound').evaluate((n) => n.localName), 'select');
    await context.close();
  });

  test('with no script at all, the snippet still gives the emergency signs, the number and the clinic, in the room of the widget', async () => {
    const { page, context } = await e2e.open('/demo/');
    await page.selectOption('#widget', 'backcare-red-flag-checker');
    await page.locator('#attr-clinic-phone').fill('555 010 0199');
    const checker = await snippetText(page);
    await page.selectOption('#widget', 'backcare-treatment-checklist');
    await page.locator('#attr-clinic-phone').fill('555 010 0199');
    const checklist = await snippetText(page);
    // The snippets as a page whose script never runs (an old browser, a blocked or failed script).
    const withoutScript = (snippet) => snippet.replace(scriptTag, '');
    const bare = await context.newPage();
    await bare.setContent(`<!doctype html><html lang="en"><body>${withoutScript(checker)}${withoutScript(checklist)}</body></html>`);
    const text = (tag) => bare.locator(tag).innerText();
    const checkerText = await text('backcare-red-flag-checker');
    assert.match(checkerText, /Get help now: call 911/);
    assert.match(checkerText, /Call 911 if you get any of these:/);
    assert.match(checkerText, /numbness or tingling around your genitals, bottom or inner thighs/);
    assert.match(checkerText, /Call your clinic: 555 010 0199/);
    const checklistText = await text('backcare-treatment-checklist');
    assert.match(checklistText, /Call 911 if you get any of these: numbness or tingling around your genitals/);
    assert.match(checklistText, /Call your clinic: 555 010 0199/);
    // The room is kept, so nothing below jumps when the widget arrives.
    const height = await bare.locator('backcare-treatment-checklist').evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(height >= Math.min(900, 60 * 16) - 1, `${height}px`);
    await context.close();
  });

  test("the example clinic page carries, in every widget's tag, the fallback content the configurator writes, with the clinic's phone", async () => {
    const { fallbackContent } = await import('../../demo/configurator.js');
    const clinicPage = readFileSync(`${root}demo/clinic.html`, 'utf8');
    for (const tag of tags) {
      const inside = new RegExp(`<${tag}[^>]*clinic-phone="\\(555\\) 010-0199"[^>]*>\\s*([^]*?)\\s*</${tag}>`).exec(clinicPage)?.[1];
      assert.ok(inside, `${tag} has clinic-phone and content`);
      const expected = fallbackContent(tag, [['clinic-phone', '(555) 010-0199']]);
      assert.deepEqual(inside.split('\n').map((line) => line.trim()), expected.map((line) => line.trim()), tag);
    }
  });

  test('a value with quotes is escaped in the snippet, and shown as text in the widget', async () => {
    const { page, context } = await e2e.open('/demo/');
    await page.selectOption('#widget', 'backcare-red-flag-checker');
    await page.fill('#attr-heading', 'Back "pain" & <b>you</b>');
    assert.match(await snippetText(page), /heading="Back &quot;pain&quot; &amp; &lt;b>you&lt;\/b>"/);
    assert.equal((await page.locator('#preview backcare-red-flag-checker h2').first().innerText()).trim(), 'Back "pain" & <b>you</b>');
    await context.close();
  });

  test('Copy puts the snippet on the clipboard and says so', async () => {
    const { page, context } = await e2e.open('/demo/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
    await page.selectOption('#widget', 'backcare-stretch-card');
    await page.selectOption('#attr-exercise', 'bridge');
    await page.click('#copy');
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await snippetText(page));
    assert.match(copied, /exercise="bridge"/);
    await context.close();
  });

  test('without clipboard access, Copy selects the snippet for the person to copy', async () => {
    const { page, context } = await e2e.open('/demo/', {
      beforeLoad: () => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
        document.execCommand = () => false;
      },
    });
    await page.click('#copy');
    await page.locator('#copy-status', { hasText: 'Selected' }).waitFor();
    assert.equal(await page.evaluate(() => getSelection().toString()), await snippetText(page));
    await context.close();
  });

  test('a phone among words and a site without https: the field says how the widget reads them, the snippet carries that', async () => {
    const { page, context, warnings } = await e2e.open('/demo/');
    await page.selectOption('#widget', 'backcare-red-flag-checker');
    await page.fill('#attr-clinic-phone', 'Call us on 555 0199');
    await page.fill('#attr-clinic-url', 'www.riverside-physio.com');
    assert.match(await page.locator('#attr-clinic-phone-message').innerText(), /reads this as 555 0199/);
    assert.match(await page.locator('#attr-clinic-url-message').innerText(), /reads this as https:\/\/www\.riverside-physio\.com\//);
    assert.equal(await page.locator('#attr-clinic-phone').getAttribute('aria-invalid'), null);
    const snippet = await snippetText(page);
    assert.match(snippet, /clinic-phone="555 0199"/);
    assert.match(snippet, /clinic-url="https:\/\/www\.riverside-physio\.com\/"/);
    // The preview widget read them too, each with one warning however often the preview updated.
    const phoneWarnings = warnings.filter((text) => text.includes('clinic-phone="Call us on 555 0199"'));
    assert.equal(phoneWarnings.length, 1);
    await context.close();
  });

  test('a value the widget would ignore is marked in its field, and Copy refuses the snippet until it is fixed', async () => {
    const { page, context } = await e2e.open('/demo/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.selectOption('#widget', 'backcare-red-flag-checker');
    await page.fill('#attr-emergency-number', '+1 911');
    assert.equal(await page.locator('#attr-emergency-number').getAttribute('aria-invalid'), '');
    assert.match(await page.locator('#attr-emergency-number-message').innerText(), /Not accepted: use digits only/);
    await page.click('#copy');
    await page.locator('#copy-status', { hasText: 'Not copied' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'attr-emergency-number');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'before');
    await page.fill('#attr-emergency-number', '999');
    assert.equal(await page.locator('#attr-emergency-number').getAttribute('aria-invalid'), null);
    assert.ok(await page.locator('#attr-emergency-number-message').isHidden());
    await page.click('#copy');
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /emergency-number="999"/);
    await context.close();
  });

  test('every bad value warns once: a number typed, changed and typed again in the same preview', async () => {
    const { page, context, warnings } = await e2e.open('/demo/');
    await page.selectOption('#widget', 'backcare-phase-guide');
    for (const value of ['30', '40', '30']) await page.fill('#attr-session-minutes', value);
    await page.locator('#attr-session-minutes').dispatchEvent('change');
    await page.check('input[name="lang"][value="es"]');
    await page.locator('#preview backcare-phase-guide').evaluate((el) => el.updateComplete);
    const sessionWarnings = warnings.filter((text) => text.includes('session-minutes='));
    assert.deepEqual(sessionWarnings.map((text) => /session-minutes="(\d+)"/.exec(text)[1]), ['30', '40']);
    assert.match(await page.locator('#attr-session-minutes-message').innerText(), /reads this as 20/);
    assert.match(await snippetText(page), /session-minutes="20"/);
    await context.close();
  });

  for (const width of [375, 1280]) {
    test(`is usable at ${width} px: no horizontal scrolling, the preview and snippet in view`, async () => {
      const { page, context } = await e2e.open('/demo/', { width });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      const preview = await page.locator('#preview').boundingBox();
      assert.ok(preview.width > 250, 'the preview has room');
      await page.screenshot({ path: `${screenshotDir}/configurator-${width}.png`, fullPage: true });
      await context.close();
    });
  }
});
