// Shared set-up of the end-to-end tests: the project served on 127.0.0.1 by the
// static server, Debian's Chromium driven by playwright-core, a log of every
// request and every CSP violation report, and pages that collect console errors.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const screenshotDir = `${root}screenshots/e2e`;

/** The strict policy a careful clinic site may serve (Trusted Types included). */
export const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html; report-uri /csp-report";

export const tags = [
  'backcare-red-flag-checker',
  'backcare-phase-guide',
  'backcare-treatment-checklist',
  'backcare-stretch-card',
];

const classic = '<script src="/dist/backcare-widgets.js" defer></script>';
const moduleBuild = '<script src="/dist/backcare-widgets.esm.js" type="module"></script>';

/** A page with the four widgets as a clinic would paste them; only the head differs per case. */
function widgetsPage(title, head) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head.join('\n    ')}
  </head>
  <body>
    <backcare-red-flag-checker clinic-phone="555 010 0199" clinic-url="https://clinic.example/"></backcare-red-flag-checker>
    <backcare-phase-guide day="1"></backcare-phase-guide>
    <backcare-treatment-checklist persist></backcare-treatment-checklist>
    <backcare-stretch-card exercise="knee-to-chest"></backcare-stretch-card>
  </body>
</html>
`;
}

/** The hardening pages, by path; paths under /strict/ are served with the strict policy. */
const widgetPages = {
  '/test/e2e/pages/widgets.html': widgetsPage('All four widgets', [classic]),
  '/test/e2e/pages/hostile.html': widgetsPage('All four widgets on a hostile page', [
    '<link rel="stylesheet" href="/test/e2e/pages/hostile.css" />',
    classic,
  ]),
  '/test/e2e/pages/twice.html': widgetsPage('The script twice, and the module build too', [classic, classic, moduleBuild]),
  '/test/e2e/pages/strict/widgets.html': widgetsPage('All four widgets under a strict Content-Security-Policy', [classic]),
  '/test/e2e/pages/strict/twice.html': widgetsPage('The classic script pasted twice, under the strict policy', [
    classic,
    classic,
  ]),
};

const policyFor = (pathname) => (pathname.includes('/strict') ? { 'content-security-policy': strictCsp } : {});

export async function startE2E() {
  const requests = [];
  const cspReports = [];
  const pageRoutes = Object.fromEntries(
    Object.entries(widgetPages).map(([path, html]) => [
      path,
      (request, response) =>
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...policyFor(path) }).end(html),
    ]),
  );
  const server = await startServer({
    root,
    onRequest: (request, pathname) => requests.push(pathname),
    headersFor: policyFor,
    routes: {
      ...pageRoutes,
      '/csp-report': (request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          cspReports.push(body);
          response.writeHead(204).end();
        });
      },
      '/favicon.ico': (request, response) => response.writeHead(204).end(),
    },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  mkdirSync(screenshotDir, { recursive: true });

  /** A fresh page (own storage) that records errors and warnings. */
  async function open(path, { width = 1280, height = 900, context: existing, beforeLoad } = {}) {
    const context = existing ?? (await browser.newContext({ viewport: { width, height } }));
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warning') warnings.push(message.text());
    });
    if (beforeLoad) await page.addInitScript(beforeLoad);
    await page.goto(server.url + path);
    await page.waitForFunction(
      (names) => names.every((name) => document.querySelectorAll(name).length === 0 || customElements.get(name)),
      tags,
    );
    await page.evaluate(async (names) => {
      const elements = names.flatMap((name) => [...document.querySelectorAll(name)]);
      await Promise.all(elements.map((element) => element.updateComplete));
    }, tags);
    return { page, context, errors, warnings };
  }

  return {
    url: server.url,
    requests,
    cspReports,
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The visible box of an element (or of a part inside its shadow root), or null. */
export async function box(page, selector) {
  const handle = page.locator(selector).first();
  return (await handle.count()) === 0 ? null : handle.boundingBox();
}
