// Printing, end to end, against the built bundle: the checklist's Print button prints a
// one-page handout and nothing else of the host page (Letter and A4, English and Spanish),
// under the strict Content-Security-Policy too; the page's own print (Ctrl+P) is unchanged.
// The print dialog is replaced by a counter; Chromium's PDF output is the printed document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { locales } from '../../dist/esm/content.js';
import { screenshotDir, startE2E } from './harness.mjs';

const checklist = 'backcare-treatment-checklist';

/** The print dialog never opens in a test: `window.print()` counts its calls and begins printing, as the browser does. */
const stubPrint = () => {
  window.printed = 0;
  window.print = () => {
    window.printed += 1;
    window.dispatchEvent(new Event('beforeprint'));
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
      locales.en.common.handout.getHelpNow,
      'Call 911 now or go to the emergency room.',
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
    // The patient closes the print dialog.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

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
    await pressPrint(page);
    await page.emulateMedia({ media: 'print' });
    assert.ok((await onPaper(page)).text.includes(locales.es.common.handout.getHelpNow));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on the example clinic page, the routine’s handout carries the clinic, its phone, the date, large drawings and the emergency signs, on one page, in English and in Spanish, on Letter and A4', async () => {
    const { page, context, errors } = await e2e.open('/demo/clinic.html', { beforeLoad: stubPrint });
    const card = page.locator('backcare-stretch-card');
    for (const lang of ['en', 'es']) {
      await card.evaluate((el, value) => {
        el.setAttribute('lang', value);
        return el.updateComplete;
      }, lang);
      const common = locales[lang].common;
      await page.emulateMedia({ media: 'screen' });
      await card.locator('button.print').click();
      await page.emulateMedia({ media: 'print' });
      const paper = await onPaper(page);
      assert.deepEqual(paper.shown, ['div[print-root]'], 'only the handout is on paper');
      assert.ok(paper.smallestPx >= 16, `no text under 12 pt (smallest: ${paper.smallestPx}px)`);
      for (const words of [
        locales[lang]['stretch-card'].handoutHeading.other,
        `${common.preparedBy.replace('{clinic}', 'Riverside Family Physio')} · ${common.clinicPhone.replace('{phone}', '(555) 010-0199')}`,
        common.handout.printedOn.replace(' {date}', ''),
        new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date()),
        common.handout.getHelpNow,
        common.emergencySummaries['saddle-numbness'],
        common.handout.callNow.replace('{number}', '911').split('.')[0],
        common.notDiagnosis,
      ]) {
        assert.ok(paper.text.includes(words), `the ${lang} handout says "${words}"`);
      }
      // Each stretch drawn at least 2.5 inches (240 CSS px) wide, and the box of signs on the page.
      const widths = await page.evaluate(() =>
        [...document.querySelector('[data-backcare-print-root]').shadowRoot.querySelectorAll('.figure')].map(
          (figure) => figure.getBoundingClientRect().width,
        ),
      );
      assert.equal(widths.length, 3, 'one drawing for each of the three stretches');
      assert.ok(widths.every((width) => width >= 240), `drawings ${widths.join(', ')} px wide`);
      if (lang === 'en') {
        await page.setViewportSize({ width: 720, height: 960 });
        await page.screenshot({ path: `${screenshotDir}/print-stretch-handout-en.png`, fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      for (const format of ['Letter', 'A4']) {
        await page.emulateMedia({ media: 'screen' });
        await card.locator('button.print').click();
        await page.emulateMedia({ media: 'print' });
        assert.equal(pageCount(await page.pdf({ format, preferCSSPageSize: true })), 1, `${lang} routine handout on ${format}: one page`);
      }
    }
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
        window.dispatchEvent(new Event('beforeprint'));
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
    assert.ok(paper.text.includes(locales.en.common.handout.getHelpNow));
    assert.deepEqual(paper.ticked, [locales.en['treatment-checklist'].items['stay-active'].title]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  /**
   * What a site's own stylesheet can do to printing: running headers and page numbers in the
   * page's margin boxes, wide margins, a banner and a footer on html::before/::after, a zoomed
   * page, and an !important rule in its own cascade layer that forces everything on.
   */
  const hostilePrint = `
    @layer site {
      html > *, body, body * { display: block !important; }
    }
    @page {
      margin: 2.5in 2in;
      @top-center { content: "RIVERSIDE PHYSIO · CONFIDENTIAL"; font-size: 28pt; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 28pt; }
    }
    html { zoom: 2; }
    html::before { content: "Riverside Physio: book online today"; display: block; height: 4in; font-size: 40pt; }
    html::after { content: "© Riverside Physio"; display: block; height: 4in; font-size: 40pt; }
  `;
  const card = 'backcare-stretch-card';
  /** Prints a widget's handout through its Print button (the first button with class print, or the first button). */
  async function pagesOf(page, selector, format) {
    await page.emulateMedia({ media: 'screen' });
    await page.locator(selector).click();
    await page.emulateMedia({ media: 'print' });
    return pageCount(await page.pdf({ format, preferCSSPageSize: true }));
  }

  for (const site of ['a plain page', 'a hostile page']) {
    test(`on ${site}, the checklist and a routine of up to 3 stretches (the tallest in English and in Spanish too) each print on one page, Letter and A4`, async () => {
      const { page, context, errors } = await e2e.open('/test/e2e/pages/widgets.html', { beforeLoad: stubPrint });
      if (site === 'a hostile page') await page.addStyleTag({ content: hostilePrint });
      const boxes = page.locator(`${checklist} input[type=checkbox]`);
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      for (const format of ['Letter', 'A4']) {
        assert.equal(await pagesOf(page, `${checklist} button >> nth=0`, format), 1, `checklist on ${format}`);
      }
      // The last two are the tallest three-stretch routines in English and in Spanish.
      for (const [lang, exercises] of [
        ['en', 'bridge'],
        ['en', 'knee-to-chest,bridge'],
        ['en', 'knee-to-chest,pelvic-tilt,bridge'],
        ['en', 'cat-stretch,knee-rolls,back-extension'],
        ['en', 'knee-rolls,bottom-to-heels,cat-stretch'],
        ['es', 'knee-rolls,bottom-to-heels,bridge'],
      ]) {
        await page.locator(card).evaluate((el, [language, value]) => {
          el.setAttribute('lang', language);
          el.setAttribute('exercises', value);
          return el.updateComplete;
        }, [lang, exercises]);
        for (const format of ['Letter', 'A4']) {
          assert.equal(await pagesOf(page, `${card} button.print`, format), 1, `${lang} ${exercises} on ${format}`);
        }
      }
      // On paper: the handout alone, no banner, no zoom.
      await page.emulateMedia({ media: 'screen' });
      await page.locator(`${card} button.print`).click();
      await page.emulateMedia({ media: 'print' });
      const paper = await page.evaluate(() => ({
        shown: [...document.documentElement.children].filter((child) => getComputedStyle(child).display !== 'none').length,
        before: getComputedStyle(document.documentElement, '::before').content,
        after: getComputedStyle(document.documentElement, '::after').content,
        zoom: getComputedStyle(document.documentElement).zoom,
      }));
      assert.deepEqual(paper, { shown: 1, before: 'none', after: 'none', zoom: '1' });
      await page.pdf({ format: 'Letter' }); // afterprint: the page is as it was
      const restored = await page.evaluate(() => ({
        body: document.body.getAttribute('style'),
        html: document.documentElement.getAttribute('style'),
        roots: document.querySelectorAll('[data-backcare-print-root]').length,
      }));
      assert.deepEqual(restored, { body: null, html: null, roots: 0 });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('in a sandboxed iframe, where print() is ignored, Print says so instead of doing nothing', async () => {
    const { page, context } = await e2e.open('/test/e2e/pages/widgets.html');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      frame.src = '/test/e2e/pages/widgets.html';
      frame.style.cssText = 'width: 900px; height: 1200px';
      document.body.prepend(frame);
    });
    const frame = page.frameLocator('iframe');
    await frame.locator(checklist).waitFor();
    // From the press to the words on screen, timed in the frame.
    const waited = await frame.locator(checklist).evaluate(async (el) => {
      await el.updateComplete;
      const start = performance.now();
      el.shadowRoot.querySelector('button').click();
      while (!el.shadowRoot.querySelector('[part="print-blocked"]')) await new Promise((resolve) => setTimeout(resolve, 20));
      return performance.now() - start;
    });
    const notice = frame.locator(`${checklist} [part="print-blocked"]`);
    assert.equal((await notice.textContent()).trim(), locales.en.common.printBlocked);
    assert.ok(waited >= 900 && waited < 2500, `the patient is told after ${Math.round(waited)} ms`);
    await frame.locator(`${card} button.print`).click();
    await frame.locator(`${card} [part="print-blocked"]`).waitFor({ timeout: 5000 });
    await context.close();
  });
});
