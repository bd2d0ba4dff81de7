// Screenshots of widgets as a patient sees them, in headless Chromium.
//
//   node scripts/screenshot.mjs --html '<backcare-stretch-card exercise="bridge"></backcare-stretch-card>' \
//     --out screenshots/bridge.png [--width 375] [--height 900] [--lang es] [--click 'text=Yes' ...] [--media print]
//     [--element '[part=illustration]'] [--wait 7000]
//
// The library is bundled from src/ in memory (so it never touches dist/), the snippet is
// served on 127.0.0.1, each --click is a Playwright selector (CSS pierces shadow roots),
// and the full page is saved, or with --element only the first element it selects (e.g. a drawing
// alone, without the words around it). It prints the minified and gzip size of the bundle too.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const { values } = parseArgs({
  options: {
    html: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string', default: '375' },
    lang: { type: 'string', default: 'en' },
    click: { type: 'string', multiple: true, default: [] },
    media: { type: 'string', default: 'screen' },
    background: { type: 'string', default: '#ffffff' },
    // With a height, only that much of the page (from the top) is captured.
    height: { type: 'string' },
    element: { type: 'string' },
    // Milliseconds to wait after the clicks (e.g. into a guided hold).
    wait: { type: 'string', default: '100' },
  },
});
if (!values.html || !values.out) {
  console.error('usage: node scripts/screenshot.mjs --html "<backcare-...>" --out file.png [--width 375] [--lang en] [--click selector]... [--media print]');
  process.exit(2);
}

const bundle = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  write: false,
});
const code = bundle.outputFiles[0].contents;
console.log(`bundle: ${(code.length / 1024).toFixed(1)} KB min, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);

const page = `<!doctype html><html lang="${values.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/page.css"><script src="/bundle.js" defer></script></head>
<body>${values.html}</body></html>`;
const css = `body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: ${values.background}; }`;

const server = await startServer({
  routes: {
    '/': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page),
    '/bundle.js': (_, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(Buffer.from(code)),
    '/page.css': (_, res) => res.writeHead(200, { 'content-type': 'text/css' }).end(css),
    '/favicon.ico': (_, res) => res.writeHead(204).end(),
  },
});
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const tab = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height ?? 800) } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && console.log(`console.${message.type()}: ${message.text()}`));
  await tab.emulateMedia({ media: values.media === 'print' ? 'print' : 'screen' });
  await tab.goto(server.url + '/');
  // Every widget has rendered (they take turns, so one far down the page may come a little later),
  // then whole: the parts below a widget's top come in its next turn.
  await tab.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('backcare-')).every((e) => e.hasUpdated));
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('backcare-')).map((e) => e.updateComplete)));
  for (const selector of values.click) await tab.locator(selector).first().click();
  await tab.waitForTimeout(Number(values.wait));
  mkdirSync(dirname(values.out), { recursive: true });
  if (values.element) await tab.locator(values.element).first().screenshot({ path: values.out });
  else await tab.screenshot({ path: values.out, fullPage: !values.height });
  console.log(`saved ${values.out}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
