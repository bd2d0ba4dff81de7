// The CDN loader, end to end, against the built dist/cdn: a page downloads only the chunks of
// the widgets it uses and of the languages they speak, renders each widget in its language the
// first time, defines widgets added later, follows a change of language, and works from any
// base path and under the strict Content-Security-Policy with Trusted Types.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/browser.mjs';
import { CDN_DIR, cdnFiles, widgets } from '../../scripts/cdn-pages.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { root, strictCsp } from './harness.mjs';

const cdn = `/${CDN_DIR}/`;
/** The same files again under another path, as a clinic might host them. */
const elsewhere = '/assets/widgets/v1/';

const markup = {
  'red-flag-checker': '<backcare-red-flag-checker clinic-phone="555 010 0199"></backcare-red-flag-checker>',
  'phase-guide': '<backcare-phase-guide day="1"></backcare-phase-guide>',
  'treatment-checklist': '<backcare-treatment-checklist></backcare-treatment-checklist>',
  'stretch-card': '<backcare-stretch-card exercise="knee-to-chest"></backcare-stretch-card>',
};

const page = ({ lang = 'en', script, body }) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Loader test</title>
    ${script}
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`;
const loaderTag = (base = cdn) => `<script type="module" src="${base}backcare-widgets.js"></script>`;
const classicTag = '<script src="/dist/backcare-widgets.js" defer></script>';

/** Every page, by path: each widget alone in each language, through the loader and the classic script. */
const pages = {};
for (const widget of widgets) {
  for (const lang of ['en', 'es', 'en-GB']) {
    pages[`/loader/${widget}.${lang}.html`] = page({ lang, script: loaderTag(), body: markup[widget] });
    pages[`/classic/${widget}.${lang}.html`] = page({ lang, script: classicTag, body: markup[widget] });
  }
  pages[`/strict/loader/${widget}.es.html`] = page({ lang: 'es', script: loaderTag(), body: markup[widget] });
}
pages['/clinic/deep/path/page.html'] = page({ script: loaderTag(elsewhere), body: markup['phase-guide'] });
pages['/strict/loader/added-later.html'] = page({ lang: 'es', script: loaderTag(), body: '' });

/** Records the text of every backcare widget's shadow root after each change, from before any script runs. */
const recordTexts = () => {
  window.__texts = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    if (this.localName.startsWith('backcare-')) {
      // Before its first render the shadow root holds only a slot that shows the tag's own content.
      const record = () => shadow.textContent.trim() && window.__texts.push(`${this.localName}: ${shadow.textContent.replace(/\s+/g, ' ').trim()}`);
      new MutationObserver(record).observe(shadow, { childList: true, subtree: true, characterData: true });
    }
    return shadow;
  };
};

/** Every widget on the page has rendered its top (without asking it to, as `updateComplete` would). */
const rendered = () => {
  const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('backcare-'));
  return widgets.length > 0 && widgets.every((element) => element.hasUpdated);
};

/** Then the parts below it, now rather than in their turn, so the last text recorded is the whole widget. */
const whole = () =>
  Promise.all([...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('backcare-')).map((element) => element.updateComplete));

const gzipBytes = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, CDN_DIR, file)), { level: 9 }).length, 0);

describe('CDN loader (dist/cdn)', () => {
  let server;
  let browser;
  const requests = [];
  const cspReports = [];

  before(async () => {
    const respond = (html, headers = {}) => (request, response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
    const routes = {};
    for (const [path, html] of Object.entries(pages)) routes[path] = respond(html, path.startsWith('/strict/') ? { 'content-security-policy': strictCsp } : {});
    for (const file of readdirSync(join(root, CDN_DIR))) {
      routes[elsewhere + file] = (request, response) =>
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(root, CDN_DIR, file)));
    }
    routes['/csp-report'] = (request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => (cspReports.push(body), response.writeHead(204).end()));
    };
    routes['/favicon.ico'] = (request, response) => response.writeHead(204).end();
    server = await startServer({ root, routes, onRequest: (request, pathname) => requests.push(pathname) });
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` in a fresh context; resolves once every widget has rendered, with the scripts it requested. */
  async function open(path) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
    await tab.addInitScript(recordTexts);
    const from = requests.length;
    await tab.goto(server.url + path);
    await tab.waitForFunction(rendered);
    await tab.evaluate(whole);
    const scripts = () => requests.slice(from).filter((request) => request.endsWith('.js'));
    return { tab, context, errors, scripts };
  }

  /** The texts the widget showed with the classic script, which carries every language: its top, then all of it. */
  async function classicTexts(widget, lang) {
    const { tab, context } = await open(`/classic/${widget}.${lang}.html`);
    const texts = await tab.evaluate(() => window.__texts);
    await context.close();
    return [...new Set(texts)];
  }

  /** The whole widget's text, with the classic script. */
  const classicText = async (widget, lang) => (await classicTexts(widget, lang)).at(-1);

  for (const widget of widgets) {
    test(`<backcare-${widget}> alone in English: the entry, its element's chunk and what that imports, and nothing else`, async (t) => {
      const { tab, context, errors, scripts } = await open(`/loader/${widget}.en.html`);
      const loaded = scripts().map((path) => path.slice(cdn.length));
      assert.deepEqual(new Set(loaded), new Set(cdnFiles(widget, 'en')));
      assert.equal(loaded.length, new Set(loaded).size, 'no chunk is fetched twice');
      assert.deepEqual(loaded.filter((file) => /\.(es|en-GB)-/.test(file)), [], 'no language chunk on an English page');
      assert.equal(await tab.evaluate(() => document.querySelectorAll(':not(:defined)').length), 0);
      const other = widgets.filter((name) => name !== widget).map((name) => `backcare-${name}`);
      assert.deepEqual(await tab.evaluate((names) => names.filter((name) => customElements.get(name)), other), [], 'only its own element is defined');
      assert.equal((await tab.evaluate(() => window.__texts)).at(-1), await classicText(widget, 'en'));
      assert.deepEqual(errors, []);
      t.diagnostic(`${loaded.length} scripts, ${gzipBytes(loaded)} bytes gzip`);
      await context.close();
    });

    for (const lang of ['es', 'en-GB']) {
      test(`<backcare-${widget}> in ${lang}: fetches that language's chunks and renders in it the first time`, async (t) => {
        const expected = await classicTexts(widget, lang);
        const { tab, context, errors, scripts } = await open(`/loader/${widget}.${lang}.html`);
        const loaded = scripts().map((path) => path.slice(cdn.length));
        assert.deepEqual(new Set(loaded), new Set(cdnFiles(widget, lang)));
        // UK English rides with the element: no chunk of its own to fail, so a UK patient never gets US words.
        if (lang === 'en-GB') assert.deepEqual(new Set(loaded), new Set(cdnFiles(widget, 'en')));
        // Every text the widget ever showed is in its language, as the classic script shows it: never English first.
        const texts = await tab.evaluate(() => window.__texts);
        assert.ok(texts.length > 0);
        assert.deepEqual([...new Set(texts)], expected);
        assert.notEqual(expected.at(-1), await classicText(widget, 'en'));
        assert.deepEqual(errors, []);
        t.diagnostic(`${loaded.length} scripts, ${gzipBytes(loaded)} bytes gzip`);
        await context.close();
      });
    }
  }

  test('a widget added later is defined then, and its chunk is fetched only then', async () => {
    const { tab, context, errors, scripts } = await open('/loader/stretch-card.en.html');
    const before = scripts();
    assert.equal(before.some((path) => path.includes('/phase-guide-')), false);
    await tab.evaluate(() => {
      const guide = document.createElement('backcare-phase-guide');
      guide.setAttribute('day', '1');
      document.querySelector('main').append(guide);
    });
    await tab.waitForFunction(rendered);
    assert.equal(await tab.evaluate(() => !!customElements.get('backcare-phase-guide')), true);
    const added = scripts().slice(before.length).map((path) => path.slice(cdn.length));
    assert.ok(added.some((file) => file.startsWith('phase-guide-')), `fetched ${added.join(', ')}`);
    assert.deepEqual(added.filter((file) => cdnFiles('stretch-card').includes(file)), [], 'nothing already loaded is fetched again');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a change of the page language fetches that language, then re-renders in it once', async () => {
    const english = await classicTexts('stretch-card', 'en');
    const spanish = await classicText('stretch-card', 'es');
    const { tab, context, errors, scripts } = await open('/loader/stretch-card.en.html');
    const before = scripts().length;
    await tab.evaluate(() => (document.documentElement.lang = 'es'));
    await tab.waitForFunction((text) => window.__texts.at(-1) === text, spanish);
    const fetched = scripts().slice(before).map((path) => path.slice(cdn.length));
    assert.deepEqual(new Set(fetched), new Set(cdnFiles('stretch-card', 'es').filter((file) => !cdnFiles('stretch-card').includes(file))));
    // English until the Spanish words are in, then Spanish: never a mix, never blank.
    assert.deepEqual([...new Set(await tab.evaluate(() => window.__texts))], [...english, spanish]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('works from another base path: every chunk is found beside the entry', async () => {
    const { tab, context, errors, scripts } = await open('/clinic/deep/path/page.html');
    const loaded = scripts();
    assert.ok(loaded.length > 1);
    assert.deepEqual(loaded.filter((path) => !path.startsWith(elsewhere)), []);
    assert.deepEqual(new Set(loaded.map((path) => path.slice(elsewhere.length))), new Set(cdnFiles('phase-guide')));
    assert.equal((await tab.evaluate(() => window.__texts)).at(-1), await classicText('phase-guide', 'en'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('under the strict Content-Security-Policy with Trusted Types: every widget, in Spanish, no violation', async () => {
    const reportsBefore = cspReports.length;
    for (const widget of widgets) {
      const { tab, context, errors } = await open(`/strict/loader/${widget}.es.html`);
      assert.equal((await tab.evaluate(() => window.__texts)).at(-1), await classicText(widget, 'es'), widget);
      assert.deepEqual(await tab.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // Widgets added after load, in Spanish: element and language chunks imported under the policy.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript(recordTexts);
    await tab.goto(`${server.url}/strict/loader/added-later.html`);
    await tab.evaluate((tags) => {
      for (const tag of tags) document.querySelector('main').append(document.createElement(tag));
    }, widgets.map((widget) => `backcare-${widget}`));
    await tab.waitForFunction(rendered);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(cspReports.slice(reportsBefore), []);
  });
});

// The loader on a bad network: a test server that fails, cuts short, stalls or slows the chunks
// it is told to. Whatever fails, the patient sees the emergency signs and the number, in the tag.
describe('CDN loader on a bad network (dist/cdn)', () => {
  const faulty = '/faulty/';
  /** What the server does to the chunks whose name matches `chunks`: '404', 'cut', 'stall' or 'slow' (3 s). */
  const fault = { chunks: /^$/, mode: 'none' };
  const stalled = [];
  let server;
  let browser;

  const serve = (file) => (request, response) => {
    const code = readFileSync(join(root, CDN_DIR, file));
    const ok = (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    if (!fault.chunks.test(file)) return ok(code);
    if (fault.mode === '404') return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    if (fault.mode === 'cut') return ok(code.subarray(0, Math.floor(code.length / 2)));
    if (fault.mode === 'stall') return void stalled.push(response);
    setTimeout(() => ok(code), 3000);
  };

  before(async () => {
    const routes = {};
    for (const file of readdirSync(join(root, CDN_DIR))) routes[faulty + file] = serve(file);
    const html = (body, lang = 'en') => (request, response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({ lang, script: loaderTag(faulty), body }));
    routes['/faulty/checker.html'] = html(markup['red-flag-checker']);
    routes['/faulty/checker-uk.html'] = html('<backcare-red-flag-checker></backcare-red-flag-checker>', 'en-GB');
    routes['/faulty/guide.html'] = html(`${markup['phase-guide']}<p id="below">Below the widget</p>`);
    routes['/faulty/own-fallback.html'] = html(
      '<backcare-stretch-card exercise="knee-to-chest"><p id="own">Call 911 for loss of bladder control. Clinic: 555 010 0199.</p></backcare-stretch-card>',
    );
    // A policy that refuses Lit its Trusted Types policy: no widget can start.
    const noLitPolicy = { 'content-security-policy': strictCsp.replace('trusted-types lit-html', "trusted-types 'none'") };
    const refused = (script) => (request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...noLitPolicy })
        .end(page({ script, body: '<backcare-red-flag-checker clinic-phone="555 010 0199"><p id="own">Call 911 if you get any of these: numbness or tingling around your genitals.</p></backcare-red-flag-checker><backcare-phase-guide></backcare-phase-guide>' }));
    routes['/faulty/no-lit-policy/loader.html'] = refused(loaderTag(faulty));
    routes['/faulty/no-lit-policy/classic.html'] = refused(classicTag);
    routes['/favicon.ico'] = (request, response) => response.writeHead(204).end();
    server = await startServer({ root, routes });
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  });
  after(async () => {
    for (const response of stalled.splice(0)) response.destroy();
    await browser?.close();
    await server?.close();
  });

  /** Records how long after the loader's entry ran (it adopts its room style sheet first) the first message showed. */
  const timeMessage = () => {
    let loaderRan;
    new MutationObserver(() => {
      if (loaderRan === undefined && document.adoptedStyleSheets.length > 0) loaderRan = performance.now();
      if (window.__messageAfterLoader === undefined && document.querySelector('[data-backcare-fallback]')) {
        window.__messageAfterLoader = Math.round(performance.now() - loaderRan);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
    const adopt = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
    Object.defineProperty(document, 'adoptedStyleSheets', {
      get: () => adopt.get.call(document),
      set(sheets) {
        loaderRan ??= performance.now();
        adopt.set.call(document, sheets);
      },
    });
  };

  async function open(path, { chunks, mode }) {
    Object.assign(fault, { chunks, mode });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.addInitScript(timeMessage);
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const started = Date.now();
    await tab.goto(server.url + path, { waitUntil: 'commit' });
    return { tab, context, warnings, started };
  }

  /** The loader's message in the first `tag` on the page, as the patient reads it ('' when none is in view). */
  const message = (tab, tag = 'backcare-red-flag-checker') =>
    tab.evaluate((name) => {
      const shown = document.querySelector(`${name} > [data-backcare-fallback]`);
      return shown && shown.getClientRects().length > 0 ? shown.innerText.replace(/\n+/g, '\n') : '';
    }, tag);

  const emergencyWords = /Get help now: call 911\nCall 911 if you get any of these:\nnumbness or tingling around your genitals, bottom or inner thighs\n/;

  test('an element chunk that 404s: the emergency signs and the number within about a second, "could not load" after the tries, and a widget added once the network is back loads', async (t) => {
    const { tab, context, warnings, started } = await open('/faulty/checker.html', { chunks: /^red-flag-checker-/, mode: '404' });
    await tab.waitForFunction(() => document.querySelector('backcare-red-flag-checker > [data-backcare-fallback]'));
    const waited = Date.now() - started;
    t.diagnostic(`message after ${waited} ms`);
    // One second after the loader runs (`fallbackAfter`); the rest is the page and the loader arriving on a busy test machine.
    assert.ok(waited < 4000, `${waited} ms`);
    const text = await message(tab);
    assert.match(text, emergencyWords);
    assert.match(text, /Call your clinic: 555 010 0199/);
    assert.match(text, /still loading/);
    await tab.waitForFunction(() => /could not load/.test(document.querySelector('[data-backcare-fallback]').innerText), null, { timeout: 15000 });
    assert.match(await message(tab), emergencyWords);
    assert.equal(warnings.filter((warning) => warning.includes('could not load <backcare-red-flag-checker>')).length, 1);
    // The network is back: a widget added now loads, and the first one becomes the widget too.
    fault.mode = 'none';
    await tab.evaluate(() => document.querySelector('main').append(document.createElement('backcare-red-flag-checker')));
    await tab.waitForFunction(() => [...document.querySelectorAll('backcare-red-flag-checker')].every((element) => element.hasUpdated));
    assert.equal(await message(tab), '', 'the widget hides the message once it has rendered');
    await context.close();
  });

  for (const [what, chunks, path, tag] of [
    ['the shared chunk (Lit)', /^shared-/, '/faulty/checker.html', 'backcare-red-flag-checker'],
    ['the languages chunk', /^languages-/, '/faulty/guide.html', 'backcare-phase-guide'],
    ['the safety net chunk', /^safety-net-/, '/faulty/guide.html', 'backcare-phase-guide'],
  ]) {
    test(`${what} cut short: the widget says so with the emergency signs`, async () => {
      const { tab, context } = await open(path, { chunks, mode: 'cut' });
      await tab.waitForFunction(() => /could not load/.test(document.querySelector('[data-backcare-fallback]')?.innerText), null, { timeout: 15000 });
      assert.match(await message(tab, tag), emergencyWords);
      await context.close();
    });
  }

  test('a chunk that never answers: the message shows while the widget waits; worst case measured', async (t) => {
    const { tab, context, started } = await open('/faulty/checker.html', { chunks: /^shared-/, mode: 'stall' });
    await tab.waitForFunction(() => document.querySelector('backcare-red-flag-checker > [data-backcare-fallback]'));
    const waited = Date.now() - started;
    const afterLoader = await tab.evaluate(() => window.__messageAfterLoader);
    t.diagnostic(`worst case: the message ${waited} ms after the page was requested, ${afterLoader} ms after the loader ran (chunk stalled)`);
    assert.ok(afterLoader < 1500, `${afterLoader} ms after the loader ran`);
    assert.ok(waited < 4000, `${waited} ms`);
    assert.match(await message(tab), emergencyWords);
    assert.match(await message(tab), /still loading/);
    await context.close();
  });

  test('UK English: the message names 999', async () => {
    const { tab, context } = await open('/faulty/checker-uk.html', { chunks: /^red-flag-checker-/, mode: 'stall' });
    await tab.waitForFunction(() => document.querySelector('[data-backcare-fallback]'));
    assert.match(await message(tab), /Get help now: call 999\nCall 999 if you get any of these:/);
    await context.close();
  });

  test('a slow chunk (3 s): the message meanwhile, then the widget; the room is kept, so the page below does not jump', async () => {
    const { tab, context } = await open('/faulty/guide.html', { chunks: /^phase-guide-/, mode: 'slow' });
    await tab.waitForFunction(() => document.querySelector('[data-backcare-fallback]'));
    assert.match(await message(tab, 'backcare-phase-guide'), emergencyWords);
    const below = () => tab.evaluate(() => document.querySelector('#below').getBoundingClientRect().top);
    const waiting = await below();
    assert.ok(waiting >= 844 - 20, `the room of a screen is kept (${waiting}px)`);
    await tab.waitForFunction(() => document.querySelector('backcare-phase-guide').hasUpdated, null, { timeout: 15000 });
    assert.equal(await message(tab, 'backcare-phase-guide'), '');
    await context.close();
  });

  test("the page's own fallback content is kept as it is: no second message", async () => {
    const { tab, context } = await open('/faulty/own-fallback.html', { chunks: /^stretch-card-/, mode: '404' });
    await tab.waitForFunction(() => /could not load/.test(document.body.innerText) || document.readyState === 'complete');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await tab.evaluate(() => document.querySelectorAll('[data-backcare-fallback]').length), 0);
    assert.ok(await tab.evaluate(() => document.querySelector('#own').getClientRects().length > 0));
    await context.close();
  });

  test("trusted-types without lit-html: the fallback content in the tag stays in view, and the loader's message fills an empty tag", async () => {
    for (const build of ['classic', 'loader']) {
      const { tab, context } = await open(`/faulty/no-lit-policy/${build}.html`, { chunks: /^$/, mode: 'none' });
      await tab.waitForLoadState('load');
      await tab.waitForTimeout(build === 'loader' ? 1500 : 500);
      assert.ok(await tab.evaluate(() => document.querySelector('#own').getClientRects().length > 0), `${build}: own fallback in view`);
      assert.equal(await tab.evaluate(() => document.querySelector('backcare-red-flag-checker').hasUpdated), undefined, `${build}: no widget started`);
      if (build === 'loader') assert.match(await message(tab, 'backcare-phase-guide'), emergencyWords);
      await context.close();
    }
  });

  test("Spanish words that stall: the phase guide's clock keeps running after a switch to Spanish", async () => {
    const { tab, context } = await open('/faulty/guide.html', { chunks: /^phase-guide\.es-/, mode: 'stall' });
    await tab.waitForFunction(() => document.querySelector('backcare-phase-guide')?.hasUpdated, null, { timeout: 15000 });
    const host = tab.locator('backcare-phase-guide');
    await host.locator('[part="timer"] button').first().click();
    const clock = host.locator('[part="clock"]');
    await clock.waitFor();
    await tab.evaluate(() => (document.documentElement.lang = 'es'));
    const before = await clock.innerText();
    await tab.waitForFunction(
      (shown) => document.querySelector('backcare-phase-guide').shadowRoot.querySelector('[part="clock"]').textContent.trim() !== shown,
      before.trim(),
      { timeout: 3000 },
    );
    await context.close();
  });

  test('Spanish words that stall: a switch to Spanish, then an emergency tick, shows the emergency outcome within 1 s', async (t) => {
    const { tab, context } = await open('/faulty/checker.html', { chunks: /^red-flag-checker\.es-/, mode: 'stall' });
    await tab.waitForFunction(() => document.querySelector('backcare-red-flag-checker')?.hasUpdated);
    await tab.evaluate(() => (document.documentElement.lang = 'es'));
    await tab.waitForTimeout(300);
    const host = tab.locator('backcare-red-flag-checker');
    const ticked = Date.now();
    await host.locator('.choice__label').first().click();
    await host.locator('[part~="outcome-emergency"]').waitFor({ timeout: 1000 });
    t.diagnostic(`emergency outcome ${Date.now() - ticked} ms after the tick`);
    assert.match(await host.locator('[part~="outcome-emergency"]').innerText(), /911/);
    await context.close();
  });
});
