import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

// Unit and component tests in real browsers from the system's packages (none is downloaded):
// Chromium by default; `BACKCARE_ENGINE=firefox` or `=webkit` for the other engines
// (scripts/test-engines.mjs starts what they need).
const engine = process.env.BACKCARE_ENGINE ?? 'chromium';

async function browsers() {
  if (engine === 'firefox') {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    return [
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
      }),
    ];
  }
  if (engine === 'webkit') {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    return [
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
    ];
  }
  return [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
      // A context (so a window) per page: each test page is the visible tab of its own window,
      // so requestAnimationFrame and timers run as for a patient looking at the page.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ];
}

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: await browsers(),
  // Lit's dev build gives better warnings in tests; its one-line notice about it is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // One browser session at a time outside Chromium: WebKitWebDriver drives a single MiniBrowser.
  concurrency: engine === 'chromium' ? 2 : 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 80, functions: 85, lines: 85 },
  },
};
