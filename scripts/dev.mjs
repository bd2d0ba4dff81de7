// `npm run dev`: the demo, rebuilt on every change. TypeScript compiles src/ to dist/esm as files
// change, and rollup rebundles dist/backcare-widgets.js, the script the demo pages load, from it
// (not minified, to be quick), so a saved file is on the page at the next reload. The ES module
// bundle, the CDN build, the manifest and the sizes are not rebuilt: `npm run build` does
// everything, and runs first when there is no build yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { serveDemo } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO_SCRIPT = 'dist/backcare-widgets.js';

if (![DEMO_SCRIPT, 'dist/sri.json', 'custom-elements.json'].every((file) => existsSync(`${root}/${file}`))) {
  console.log('No build yet: npm run build first.');
  if (spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

// The port first: if it is taken, say so before starting anything else.
const server = await serveDemo();
console.log('Rebuilding on every change under src/; reload the page to see it. Ctrl+C stops.\n');

const compiler = spawn(
  fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url)),
  ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'],
  { cwd: root, stdio: 'inherit' },
);

const { options } = await loadConfigFile(fileURLToPath(new URL('../rollup.config.mjs', import.meta.url)));
const demo = options
  .filter((config) => config.output.some((output) => output.file === DEMO_SCRIPT))
  .map((config) => ({
    ...config,
    output: config.output.map((output) => ({ ...output, plugins: [] })),
    // tsc writes many files at once: one rebuild after the last of them.
    watch: { buildDelay: 300, clearScreen: false },
    onLog: (level, log, handler) => level === 'warn' || handler(level, log),
  }));
const bundler = watch(demo);
bundler.on('event', (event) => {
  if (event.code === 'BUNDLE_END') {
    console.log(`${new Date().toLocaleTimeString()} - ${DEMO_SCRIPT} rebuilt in ${(event.duration / 1000).toFixed(1)} s.`);
    event.result.close();
  }
  if (event.code === 'ERROR') console.error(`${relative(root, event.error.id ?? '')}: ${event.error.message}`);
});

const stop = async () => {
  compiler.kill();
  await bundler.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
compiler.on('exit', (code) => code && stop());
