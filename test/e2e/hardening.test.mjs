// Hardening, end to end, against the built bundle: a strict Content-Security-Policy with
// Trusted Types, a hostile stylesheet, the script loaded twice (and the module build too),
// local storage that throws, and no network. Each page uses all four widgets for real.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { locales } from '../../dist/esm/content.js';
import { screenshotDir, startE2E, tags } from './harness.mjs';

const en = locales.en;
const pages = '/test/e2e/pages';

/** Clicks through something in each widget and checks that it responded. */
async function useAll(page) {
  // Red flags: ticking the first emergency sign shows the emergency advice at once.
  await page.locator('backcare-red-flag-checker input[type=checkbox]').first().click();
  await page.locator('backcare-red-flag-checker [part~="outcome-emergency"]').first().waitFor({ state: 'visible' });

  // Phase guide: start the cold session; the clock runs.
  const clock = page.locator('backcare-phase-guide [part="clock"]');
  const before = (await clock.textContent()).trim();
  await page.locator('backcare-phase-guide [part="timer"] button').first().click();
  await page.locator('backcare-phase-guide [part="timer"] button', { hasText: en['phase-guide'].timer.pause }).waitFor();
  await page.waitForFunction(
    (shown) => document.querySelector('backcare-phase-guide').shadowRoot.querySelector('[part="clock"]').textContent.trim() !== shown,
    before,
    { timeout: 5000 },
  );

  // Checklist: tick the first item; the progress counts it.
  const box = page.locator('backcare-treatment-checklist input[type=checkbox]').first();
  await box.check();
  assert.equal(await box.isChecked(), true);
  const progress = en['treatment-checklist'].progress.replace('{done}', '1').replace(/\{total\}.*/, '');
  assert.match(await page.locator('backcare-treatment-checklist [part="progress"]').textContent(), new RegExp(progress));

  // Stretch: start the guided set; it says "Hold" and counts down.
  await page.locator('backcare-stretch-card button.go').click();
  await page.locator('backcare-stretch-card [part="timer"] .phase', { hasText: en['stretch-card'].hold }).waitFor();
  await page.locator('backcare-stretch-card [part="timer"] .clock').waitFor({ state: 'visible' });
}

/** Whitespace-normalised text of each widget's shadow root. */
function widgetTexts(page) {
  return page.evaluate((names) => {
    const texts = {};
    for (const name of names) texts[name] = document.querySelector(name).shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    return texts;
  }, tags);
}

/** CSP reports received for one page (the report's document-uri ends with `path`). */
function reportsFor(e2e, path) {
  return e2e.cspReports.filter((body) => {
    try {
      return JSON.parse(body)['csp-report']['document-uri'].endsWith(path);
    } catch {
      return true; // a report we cannot read counts against every page
    }
  });
}

/** Records `securitypolicyviolation` events in the page, from before any script runs. */
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
};

describe('hardening (built bundle)', () => {
  let e2e;
  before(async () => (e2e = await startE2E()));
  after(() => e2e.close());

  describe('a strict Content-Security-Policy with Trusted Types', () => {
    test('the control page, which breaks the policy on purpose, is reported', async () => {
      const path = `${pages}/strict/control.html`;
      const { page, context } = await e2e.open(path, { beforeLoad: recordViolations });
      assert.equal(await page.evaluate(() => window.inlineRan), undefined, 'the inline script was blocked');
      assert.deepEqual(await page.evaluate(() => window.__violations), ['script-src-elem inline']);
      for (let i = 0; i < 50 && reportsFor(e2e, path).length === 0; i += 1) await page.waitForTimeout(100);
      const [report] = reportsFor(e2e, path).map((body) => JSON.parse(body)['csp-report']);
      assert.ok(report, 'a report reached /csp-report');
      assert.match(report['violated-directive'], /^script-src/);
      await context.close();
    });

    for (const [name, file] of [
      ['all four widgets render and work', 'widgets.html'],
      ['the classic script pasted twice: still no violation', 'twice.html'],
    ]) {
      test(`${name}, with no violation and no console error`, async () => {
        const path = `${pages}/strict/${file}`;
        const { page, context, errors } = await e2e.open(path, { beforeLoad: recordViolations });
        const response = await page.request.get(e2e.url + path);
        assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
        for (const tag of tags) {
          const heading = page.locator(`${tag} [part~="heading"]`).first();
          assert.ok((await heading.innerText()).trim().length > 3, `${tag} shows its heading`);
        }
        await useAll(page);
        if (file === 'widgets.html') {
          await page.screenshot({ path: `${screenshotDir}/strict-csp-1280.png`, fullPage: true });
        }
        await page.waitForTimeout(500);
        assert.deepEqual(await page.evaluate(() => window.__violations), []);
        assert.deepEqual(errors, []);
        assert.deepEqual(reportsFor(e2e, path), []);
        await context.close();
      });
    }
  });

  describe('a hostile stylesheet (all: unset, display: none, transparent text, !important everywhere)', () => {
    test('each widget is visible, readable and usable', async () => {
      const { page, context, errors } = await e2e.open(`${pages}/hostile.html`);
      for (const tag of tags) {
        const host = page.locator(tag);
        await host.scrollIntoViewIfNeeded();
        const box = await host.boundingBox();
        assert.ok(box && box.width > 300 && box.height > 200, `${tag} has a real size: ${JSON.stringify(box)}`);
        assert.ok(box.x >= 0 && box.x + box.width <= 1281, `${tag} is on screen horizontally: ${JSON.stringify(box)}`);
        const report = await host.evaluate((el) => {
          const parse = (colour) => {
            const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
            return { r, g, b, a };
          };
          // The colour actually behind a node: its own and its ancestors' backgrounds (across the shadow boundary), composited.
          const backdrop = (node) => {
            const layers = [];
            for (let n = node; n; n = n.parentElement ?? n.getRootNode().host) {
              const colour = parse(getComputedStyle(n).backgroundColor);
              if (colour.a > 0) layers.push(colour);
              if (colour.a === 1) break;
            }
            return layers.reverse().reduce(
              (below, top) => ({
                r: top.r * top.a + below.r * (1 - top.a),
                g: top.g * top.a + below.g * (1 - top.a),
                b: top.b * top.a + below.b * (1 - top.a),
                a: 1,
              }),
              { r: 255, g: 255, b: 255, a: 1 },
            );
          };
          const luminance = ({ r, g, b }) => {
            const [R, G, B] = [r, g, b].map((v) => {
              const c = v / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * R + 0.7152 * G + 0.0722 * B;
          };
          const contrast = (a, b) => {
            const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (hi + 0.05) / (lo + 0.05);
          };
          const describe = (node) => {
            const style = getComputedStyle(node);
            const rect = node.getBoundingClientRect();
            const text = parse(style.color);
            const fill = parse(style.webkitTextFillColor || style.color);
            let opacity = 1;
            for (let n = node; n; n = n.parentElement ?? n.getRootNode().host) opacity *= Number(getComputedStyle(n).opacity);
            return {
              text: node.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
              width: rect.width,
              height: rect.height,
              display: style.display,
              visibility: style.visibility,
              opacity,
              alpha: Math.min(text.a, fill.a),
              contrast: Math.round(contrast(text, backdrop(node)) * 10) / 10,
              fontSize: parseFloat(style.fontSize),
              lineHeight: parseFloat(style.lineHeight) || Infinity,
              letterSpacing: style.letterSpacing,
            };
          };
          const root = el.shadowRoot;
          const buttons = [...root.querySelectorAll('button')].filter((b) => !b.closest('details:not([open])'));
          return { heading: describe(root.querySelector('[part~="heading"]')), buttons: buttons.map(describe) };
        });
        const { heading, buttons } = report;
        const say = `${tag}: ${JSON.stringify(report)}`;
        for (const part of [heading, ...buttons]) {
          assert.ok(part.width > 0 && part.height > 0, `${say}: "${part.text}" has a size`);
          assert.notEqual(part.display, 'none', say);
          assert.equal(part.visibility, 'visible', say);
          assert.equal(part.opacity, 1, say);
          assert.equal(part.alpha, 1, `${say}: "${part.text}" is not transparent`);
          assert.ok(part.contrast >= 4.5, `${say}: "${part.text}" contrasts with its background`);
          assert.equal(part.letterSpacing, 'normal', say);
          assert.ok(part.lineHeight >= part.fontSize, `${say}: "${part.text}" lines do not overlap`);
        }
        assert.ok(heading.text.length > 3, say);
        assert.ok(buttons.length > 0, `${say}: buttons shown`);
        for (const button of buttons) assert.ok(button.height >= 44 && button.width >= 44, `${say}: a 44 px target`);
        await page.locator(`${tag} [part~="heading"]`).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${screenshotDir}/hostile-${tag}.png` });
      }
      await useAll(page);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe('the script twice, and the module build too', () => {
    test('no error, one class per tag, every widget works', async () => {
      const { page, context, errors, warnings } = await e2e.open(`${pages}/twice.html`);
      await page.waitForFunction(() => document.querySelector('script[type=module]') && customElements.get('backcare-stretch-card'));
      // Let the module build finish evaluating too (module scripts run after the deferred classic ones).
      await page.evaluate(() => import('/dist/backcare-widgets.esm.js'));
      const classes = await page.evaluate((names) => {
        const result = {};
        for (const name of names) {
          const defined = customElements.get(name);
          const instances = [...document.querySelectorAll(name)];
          result[name] = {
            defined: typeof defined,
            allInstances: instances.every((el) => el.constructor === defined),
            headings: instances.map((el) => el.shadowRoot.querySelectorAll('[part~="heading"]').length),
          };
        }
        return result;
      }, tags);
      for (const tag of tags) assert.deepEqual(classes[tag], { defined: 'function', allInstances: true, headings: [1] }, tag);
      await useAll(page);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
      await context.close();
    });
  });

  describe('local storage that throws on every access', () => {
    const breakStorage = () => {
      const blocked = () => {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      };
      for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[name] = blocked;
      Object.defineProperty(Storage.prototype, 'length', { get: blocked, configurable: true });
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
      Object.defineProperty(window, 'sessionStorage', { get: blocked, configurable: true });
    };

    test('the checklist works unsaved and says, calmly, that it could not save; nothing else changes', async () => {
      const normal = await e2e.open(`${pages}/widgets.html`);
      const expected = await widgetTexts(normal.page);
      await normal.context.close();

      const { page, context, errors, warnings } = await e2e.open(`${pages}/widgets.html`, { beforeLoad: breakStorage });
      assert.equal(await page.evaluate(() => { try { return typeof localStorage; } catch { return 'throws'; } }), 'throws');
      const texts = await widgetTexts(page);
      // The only difference: "saved on this device" becomes "could not save on this device".
      const saved = en['treatment-checklist'].savedOnDevice;
      assert.ok(expected['backcare-treatment-checklist'].includes(saved));
      assert.deepEqual(texts, {
        ...expected,
        'backcare-treatment-checklist': expected['backcare-treatment-checklist'].replace(saved, en.common.couldNotSave),
      });
      await useAll(page);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
      // Unsaved: after a reload the tick is gone, and the widgets are still fine.
      await page.reload();
      await page.waitForFunction(() => customElements.get('backcare-treatment-checklist'));
      assert.equal(await page.locator('backcare-treatment-checklist input[type=checkbox]').first().isChecked(), false);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  describe('no network', () => {
    test('using all four widgets makes no request at all once the bundle has loaded', async () => {
      const { page, context } = await e2e.open(`${pages}/widgets.html`);
      const served = e2e.requests.length;
      const seen = [];
      context.on('request', (request) => seen.push(request.url()));
      page.on('websocket', (socket) => seen.push(socket.url()));
      await useAll(page);
      await page.waitForTimeout(1500);
      // The browser asks for the page's icon by itself, at a moment of its own choosing; that is not the widgets'.
      const byWidgets = () => e2e.requests.slice(served).filter((path) => path !== '/favicon.ico');
      assert.deepEqual(byWidgets(), [], 'requests to the server');
      assert.deepEqual(seen, [], 'requests the browser made anywhere');
      // The logs do catch a request when there is one.
      await page.evaluate(() => fetch('/probe').catch(() => undefined));
      assert.deepEqual(byWidgets(), ['/probe']);
      assert.equal(seen.length, 1);
      await context.close();
    });
  });
});
