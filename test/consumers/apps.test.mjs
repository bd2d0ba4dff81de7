// The package as developers consume it: the packed tarball installed into a throwaway app
// (offline from npm's cache once the first install has filled it), then a TypeScript file
// compiled under `bundler` and `node16`, React 19 TSX files and Vue single-file components
// (each with one file that must fail to compile, with the one error expected), and a Vite
// build of pages that are loaded in Chromium and must not print a single console message: the
// four elements; one element alone, whose up-front code is measured and holds English only; and
// one element with Spanish bundled up front.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { pack, root, run } from './pack.mjs';

const installed = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const tags = ['backcare-red-flag-checker', 'backcare-phase-guide', 'backcare-treatment-checklist', 'backcare-stretch-card'];

/** npm install, from the cache alone when it can; the first run on a machine may need the registry. */
function install(app) {
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  try {
    execFileSync('npm', [...args, '--offline'], { cwd: app, stdio: 'pipe' });
  } catch {
    execFileSync('npm', [...args, '--prefer-offline'], { cwd: app, stdio: 'pipe' });
  }
}

const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

describe('the packed package in a consumer app', () => {
  let app;
  let packed;
  before(() => {
    packed = pack();
    app = join(packed.destination, 'app');
    cpSync(new URL('./app', import.meta.url), app, { recursive: true });
    const dependencies = {
      'backcare-widgets': `file:${packed.tarball}`,
      '@types/react': installed('@types/react'),
      vue: installed('vue'),
    };
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }));
    install(app);
  });
  after(() => rmSync(packed.destination, { recursive: true, force: true }));

  /** `tsc --noEmit` (or `vue-tsc`) in the app with these options: its exit code and messages. */
  function compileExpectingErrors(name, options, files, compiler = 'tsc') {
    const config = join(app, `tsconfig.${name}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }));
    return run(compiler, ['-p', config], { cwd: app });
  }

  /** The compiler's error lines: `file(line,column): error TSnnnn: message`. */
  const errorLines = (output) => output.split('\n').filter((line) => /error TS\d+/.test(line));

  /** `tsc --noEmit` (or `vue-tsc`) in the app with these options; fails the test with the compiler's errors. */
  function compile(name, options, files, compiler = 'tsc') {
    const { code, output } = compileExpectingErrors(name, options, files, compiler);
    assert.equal(code, 0, output);
  }

  test('TypeScript (moduleResolution bundler): every element, property and event is typed', () => {
    compile('bundler', { module: 'ESNext', moduleResolution: 'bundler' }, ['usage.ts']);
  });

  test('TypeScript (module node16): the same file compiles as Node resolves it', () => {
    compile('node16', { module: 'node16', moduleResolution: 'node16' }, ['usage.ts']);
  });

  test('TypeScript (module node16): one element\'s define.js alone types its tag and its event', () => {
    compile('define', { module: 'node16', moduleResolution: 'node16' }, ['usage-define.ts']);
  });

  const react = { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' };

  test('TSX with React 19: all four tags, numeric props, useRef, typed from backcare-widgets/jsx', () => {
    compile('react', react, ['usage-react.tsx']);
  });

  test('TSX with React 19: theme="purple" is a compile error, not a silent fallback', () => {
    const { code, output } = compileExpectingErrors('react-purple', react, ['wrong-theme-react.tsx']);
    assert.notEqual(code, 0, 'theme="purple" compiled');
    const errors = errorLines(output);
    assert.equal(errors.length, 1, output);
    assert.match(errors[0], /wrong-theme-react\.tsx\(4,\d+\): error TS2322: Type '"purple"' is not assignable to type '[^']*"dark"[^']*'/);
  });

  const vue = { module: 'ESNext', moduleResolution: 'bundler' };

  test('Vue 3 with vue-tsc: all four tags, their props and events, typed from backcare-widgets/vue', () => {
    compile('vue', vue, ['usage-vue.vue'], 'vue-tsc');
  });

  test('Vue 3 with vue-tsc: a handler of the wrong event type is a compile error', () => {
    const { code, output } = compileExpectingErrors('vue-wrong-handler', vue, ['wrong-handler-vue.vue'], 'vue-tsc');
    assert.notEqual(code, 0, 'a phase-change handler compiled as a triage-result handler');
    const errors = errorLines(output);
    assert.equal(errors.length, 1, output);
    assert.match(
      errors[0],
      /wrong-handler-vue\.vue\(12,\d+\): error TS2322: Type '\(event: CustomEvent<PhaseChangeDetail>\) => void' is not assignable to type '\(e: CustomEvent<TriageResultDetail>\) => void'/,
    );
  });

  describe('a Vite build of pages with the elements', () => {
    let server;
    let browser;
    before(async () => {
      const { build } = await import('vite');
      const input = Object.fromEntries(['index', 'one', 'spanish'].map((name) => [name, join(app, `${name}.html`)]));
      await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'dist'), rollupOptions: { input } } });
      server = await startServer({ root: join(app, 'dist') });
      browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('loads in Chromium: every element renders, and the console stays silent', async () => {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`error: ${error.message}`));
      await page.goto(`${server.url}/index.html`);
      const defined = await page
        .waitForFunction((names) => names.every((name) => customElements.get(name)), tags, { timeout: 10000 })
        .then(() => true, () => false);
      assert.ok(defined, `not every element was defined: ${messages.join('; ')}`);
      const heights = await page.evaluate(async (names) => {
        const elements = names.map((name) => document.querySelector(name));
        await Promise.all(elements.map((element) => element.updateComplete));
        return elements.map((element) => element.shadowRoot.querySelector('[part~="base"]')?.getBoundingClientRect().height ?? 0);
      }, tags);
      for (const [index, height] of heights.entries()) assert.ok(height > 100, `${tags[index]} rendered ${height}px tall`);
      assert.deepEqual(messages, []);
    });

    /** The scripts a built page loads before anything runs: its module script and what it preloads. */
    function upFront(name) {
      const html = readFileSync(join(app, 'dist', `${name}.html`), 'utf8');
      const files = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map(([, file]) => file);
      assert.ok(files.length > 0, `no scripts found in ${name}.html`);
      return files.map((file) => readFileSync(join(app, 'dist', file), 'utf8'));
    }

    // Words only the Spanish page can show (ASCII, so however the bundler escapes the rest).
    const spanishHeading = 'Necesita buscar ayuda por su dolor de espalda';
    const englishHeading = 'Do you need to get help for your back pain?';

    /** Opens a built page; resolves to the page, its console messages and the scripts it requested. */
    async function open(name) {
      const page = await browser.newPage();
      const messages = [];
      const scripts = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`error: ${error.message}`));
      page.on('request', (request) => request.url().endsWith('.js') && scripts.push(request.url()));
      await page.goto(`${server.url}/${name}.html`);
      await page.waitForFunction(() => customElements.get('backcare-red-flag-checker'));
      return { page, messages, scripts };
    }
    const heading = (page) =>
      page.evaluate(async () => {
        const checker = document.querySelector('backcare-red-flag-checker');
        await checker.updateComplete;
        return checker.shadowRoot.querySelector('h2, h3')?.textContent.trim();
      });

    // A regression budget: the red-flag checker alone (Lit, the core, its third-edition words and
    // sources) is about 26 KB gzip up front; the aim is 20 KB (README, "Size").
    const upFrontBudget = 27 * 1024;

    test('one element alone: English only up front, within its budget; Spanish is fetched when the page speaks it', async () => {
      const scripts = upFront('one');
      const gzip = scripts.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
      assert.ok(gzip <= upFrontBudget, `${(gzip / 1024).toFixed(1)} KB gzip up front`);
      assert.ok(scripts.some((code) => code.includes(englishHeading)), 'the English words come up front');
      assert.ok(!scripts.some((code) => code.includes(spanishHeading)), 'no Spanish words up front');

      const { page, messages, scripts: requested } = await open('one');
      assert.equal(await heading(page), englishHeading);
      const before = requested.length;
      await page.evaluate(() => (document.documentElement.lang = 'es'));
      await page.waitForFunction(
        (words) => document.querySelector('backcare-red-flag-checker').shadowRoot.textContent.includes(words),
        spanishHeading,
      );
      assert.ok(requested.length > before, 'the Spanish words came in a request of their own');
      assert.deepEqual(messages, []);
    });

    test('one element with backcare-widgets/languages/es.js: Spanish at the first render, with no request for it', async () => {
      assert.ok(upFront('spanish').some((code) => code.includes(spanishHeading)), 'the Spanish words come up front');
      const { page, messages, scripts } = await open('spanish');
      const fetchedUpFront = scripts.length;
      assert.match(await heading(page), new RegExp(spanishHeading));
      assert.equal(scripts.length, fetchedUpFront, 'no script was fetched after the element was defined');
      assert.deepEqual(messages, []);
    });
  });
});
