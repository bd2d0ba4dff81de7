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

/** Every widget on the page has rendered (without asking it to, as `updateComplete` would). */
const rendered = () => {
  const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('backcare-'));
  return widgets.length > 0 && widgets.every((element) => element.hasUpdated);
};

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
    const scripts = () => requests.slice(from).filter((request) => request.endsWith('.js'));
    return { tab, context, errors, scripts };
  }

  /** The widget's text rendered by the classic script, which carries every language. */
  async function classicText(widget, lang) {
    const { tab, context } = await open(`/classic/${widget}.${lang}.html`);
    const texts = await tab.evaluate(() => window.__texts);
    await context.close();
    return texts.at(-1);
  }

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
        const expected = await classicText(widget, lang);
        const { tab, context, errors, scripts } = await open(`/loader/${widget}.${lang}.html`);
        const loaded = scripts().map((path) => path.slice(cdn.length));
        assert.deepEqual(new Set(loaded), new Set(cdnFiles(widget, lang)));
        // Every text the widget ever showed is the finished one, in its language: never English first.
        const texts = await tab.evaluate(() => window.__texts);
        assert.ok(texts.length > 0);
        assert.deepEqual([...new Set(texts)], [expected]);
        assert.notEqual(expected, await classicText(widget, 'en'));
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
    const english = await classicText('stretch-card', 'en');
    const spanish = await classicText('stretch-card', 'es');
    const { tab, context, errors, scripts } = await open('/loader/stretch-card.en.html');
    const before = scripts().length;
    await tab.evaluate(() => (document.documentElement.lang = 'es'));
    await tab.waitForFunction((text) => window.__texts.at(-1) === text, spanish);
    const fetched = scripts().slice(before).map((path) => path.slice(cdn.length));
    assert.deepEqual(new Set(fetched), new Set(cdnFiles('stretch-card', 'es').filter((file) => !cdnFiles('stretch-card').includes(file))));
    // English until the Spanish words are in, then Spanish: never a mix, never blank.
    assert.deepEqual([...new Set(await tab.evaluate(() => window.__texts))], [english, spanish]);
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
