// Printing, end to end, against the built bundle: the checklist's Print button prints a
// one-page handout and nothing else of the host page (Letter and A4, English and Spanish),
// under the strict Content-Security-Policy too; the page's own print (Ctrl+P) is unchanged.
// The print dialog is replaced by a counter; Chromium's PDF output is the printed document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { locales } from '../../dist/esm/content.js';
import { screenshotDir, startE2E } from './harness.mjs';

const checklist = 'backcare-treatment-checklist';

/** The print dialog never opens in a test: `window.print()` only counts its calls. */
const stubPrint = () => {
  window.printed = 0;
  window.print = () => {
    window.printed += 1;
  };
};

/** Pages in a PDF from Chromium (each page is one `/Type /Page` object). */
const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

/** Presses the checklist's Print button and returns how many times the print dialog was asked for. */
async function pressPrint(page) {
  await page.emulateMedia({ media: 'screen' });
  await page.locator(`${checklist} button`).first().click();
  return page.evaluate(() => window.printed);
}

/** What is on paper now: the children of <html> that print, and the handout's text and smallest font. */
function onPaper(page) {
  return page.evaluate(() => {
    const shown = [...document.documentElement.children].filter((child) => getComputedStyle(child).display !== 'none');
    const handout = document.querySelector('[data-backcare-print-root]')?.shadowRoot;
    const texts = handout
      ? [...handout.querySelectorAll('article *')].filter((node) =>
          [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim()),
        )
      : [];
    return {
      shown: shown.map((child) => child.localName + (child.hasAttribute('data-backcare-print-root') ? '[print-root]' : '')),
      text: handout?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      ticked: handout ? [...handout.querySelectorAll('.todos .checked')].map((li) => li.textContent.trim()) : [],
      smallestPx: Math.min(...texts.map((node) => parseFloat(getComputedStyle(node).fontSize))),
    };
  });
}

/** Prints to PDF in one paper size, as the browser prints after the Print button. */
async function printedPages(page, format) {
  assert.ok((await pressPrint(page)) > 0);
  await page.emulateMedia({ media: 'print' });
  // Chromium sends `afterprint` when the PDF is done, which removes the handout: press Print again for the next.
  return pageCount(await page.pdf({ format, preferCSSPageSize: true }));
}

describe('printing the checklist', () => {
  let e2e;
  before(async () => (e2e = await startE2E()));
  after(() => e2e.close());

  test('on the example clinic page, Print prints only the one-page handout, in English and in Spanish, on Letter and A4', async () => {
    const { page, context, errors } = await e2e.open('/demo/clinic.html', { beforeLoad: stubPrint });
    await page.locator(checklist).evaluate((el) => {
      el.setAttribute('clinic-phone', '(555) 010-0199');
      return el.updateComplete;
    });
    const en = locales.en['treatment-checklist'];
    const boxes = page.locator(`${checklist} input[type=checkbox]`);
    await boxes.nth(0).check();
    await boxes.nth(3).check();

    // The page's own print: many pages (the site, the questions, the guide, the stretches).
    await page.emulateMedia({ media: 'print' });
    const wholePage = pageCount(await page.pdf({ format: 'Letter', preferCSSPageSize: true }));
    assert.ok(wholePage >= 4, `the whole page prints on ${wholePage} pages`);

    assert.equal(await pressPrint(page), 1, 'one press, one print dialog');
    await page.emulateMedia({ media: 'print' });
    const paper = await onPaper(page);
    assert.deepEqual(paper.shown, ['div[print-root]'], 'only the handout is on paper');
    assert.ok(paper.smallestPx >= 16, `no text under 12 pt (smallest: ${paper.smallestPx}px)`);
    for (const words of [
      en.heading,
      'From Riverside Family Physio · Phone: (555) 010-0199',
      'Printed on ',
      en.cautions.medicines,
      en.handout.getHelpNow,
      'Call 911 now or go to the emergency department.',
      locales.en.common.notDiagnosis,
    ]) {
      assert.ok(paper.text.includes(words), `the handout says "${words}"`);
    }
    assert.deepEqual(paper.ticked, [en.items['stay-active'].title, en.items.posture.title]);
    for (const words of ['Do you need help now?', 'Opening hours', en.clearAll, en.moreAbout, en.savedOnDevice]) {
      assert.ok(!paper.text.includes(words), `"${words}" is not printed`);
    }
    await page.setViewportSize({ width: 816, height: 1056 });
    await page.screenshot({ path: `${screenshotDir}/print-handout-en.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    for (const lang of ['en', 'es']) {
      await page.locator(checklist).evaluate((el, value) => {
        el.setAttribute('lang', value);
        return el.updateComplete;
      }, lang);
      for (const format of ['Letter', 'A4']) {
        assert.equal(await printedPages(page, format), 1, `${lang} handout on ${format}: one page`);
        assert.deepEqual((await onPaper(page)).shown, ['body'], 'once printed, the handout is gone and the page prints as before');
      }
    }
    const spanish = locales.es['treatment-checklist'];
    await pressPrint(page);
    await page.emulateMedia({ media: 'print' });
    assert.ok((await onPaper(page)).text.includes(spanish.handout.getHelpNow));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the page’s own print (Ctrl+P) keeps the widgets’ print styles and adds nothing', async () => {
    const { page, context } = await e2e.open('/demo/clinic.html', { beforeLoad: stubPrint });
    await page.emulateMedia({ media: 'print' });
    const styles = await page.locator(checklist).evaluate((el) => {
      const root = el.shadowRoot;
      return {
        host: getComputedStyle(el).display,
        buttons: [...root.querySelectorAll('button')].map((button) => getComputedStyle(button).display),
        color: getComputedStyle(root.querySelector('[part~="base"]')).color,
        printRoots: document.querySelectorAll('[data-backcare-print-root]').length,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    assert.equal(styles.host, 'block');
    assert.ok(styles.buttons.length > 0 && styles.buttons.every((display) => display === 'none'));
    assert.equal(styles.color, 'rgb(0, 0, 0)');
    assert.equal(styles.printRoots, 0);
    assert.equal(styles.sheets, 0);
    assert.equal(await page.evaluate(() => window.printed), 0);
    await context.close();
  });

  test('under the strict Content-Security-Policy with Trusted Types: the handout prints, with no violation', async () => {
    // Runs in the page before any script: records violations, and counts print dialogs instead of opening them.
    const prepare = () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    };
    const { page, context, errors } = await e2e.open('/test/e2e/pages/strict/widgets.html', { beforeLoad: prepare });
    const response = await page.request.get(`${e2e.url}/test/e2e/pages/strict/widgets.html`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    await page.locator(`${checklist} input[type=checkbox]`).first().check();
    assert.equal(await printedPages(page, 'Letter'), 1);
    await pressPrint(page);
    await page.emulateMedia({ media: 'print' });
    const paper = await onPaper(page);
    assert.deepEqual(paper.shown, ['div[print-root]']);
    assert.ok(paper.text.includes(locales.en['treatment-checklist'].handout.getHelpNow));
    assert.deepEqual(paper.ticked, [locales.en['treatment-checklist'].items['stay-active'].title]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
