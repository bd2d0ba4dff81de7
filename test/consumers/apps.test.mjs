// The package as developers consume it: the packed tarball installed into a throwaway app
// (offline from npm's cache once the first install has filled it), then a TypeScript file
// compiled under `bundler` and `node16`, React 19 TSX files and Vue single-file components
// (each with one file that must fail to compile, with the one error expected), and a Vite
// build of a page that is loaded in Chromium and must not print a single console message.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  describe('a Vite build of a page with the four elements', () => {
    let server;
    let browser;
    before(async () => {
      const { build } = await import('vite');
      await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'dist') } });
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
  });
});
