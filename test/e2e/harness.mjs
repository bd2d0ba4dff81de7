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

export async function startE2E() {
  const requests = [];
  const cspReports = [];
  const server = await startServer({
    root,
    onRequest: (request, pathname) => requests.push(pathname),
    headersFor: (pathname) => (pathname.includes('/strict') ? { 'content-security-policy': strictCsp } : {}),
    routes: {
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
