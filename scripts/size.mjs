// Prints the minified, gzip (-9) and brotli size of each built file, and
// with --budget fails when the script-tag bundle is over its gzip budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// 47 KB gzip after the second edition (three-step triage, articulated figures, timer alerts,
// print handouts, themes, UK English); 55.3 KB after the third: the new signs, outcomes and
// cautions in three languages, the safety net in every widget, the timer and print notices;
// 55.7 KB with the stretch handout, the timers that come to the patient and large-text layouts,
// less the ES2021 output's WeakMaps (TypeScript `private` now). One-widget pages use the CDN
// loader instead.
export const GZIP_BUDGET = 57 * 1024;
export const SCRIPT_TAG_BUNDLE = 'dist/backcare-widgets.js';

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

if (process.argv[1]?.endsWith('size.mjs')) {
  const bundles = ['dist/backcare-widgets.js', 'dist/backcare-widgets.esm.js'];
  const esm = jsFiles('dist/esm');
  const esmTotal = esm.map(sizes).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  console.log(`\n${'file'.padEnd(58)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
  const row = (name, s) => console.log(`${name.padEnd(58)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}`);
  for (const file of bundles) row(file, sizes(file));
  for (const file of esm.filter((f) => f.endsWith('define.js') || /esm\/(index|triage|content)\.js$/.test(f))) {
    row(relative('.', file), sizes(file));
  }
  row(`dist/esm (all ${esm.length} files, not minified, lit external)`, esmTotal);
  console.log('KB = 1024 bytes; gzip at level 9, brotli at quality 11.');
  if (process.argv.includes('--budget')) {
    const { gzip } = sizes(SCRIPT_TAG_BUNDLE);
    const verdict = gzip <= GZIP_BUDGET ? 'within' : 'OVER';
    console.log(`\n${SCRIPT_TAG_BUNDLE}: ${gzip} bytes gzip, ${verdict} the budget of ${GZIP_BUDGET} bytes.`);
    if (gzip > GZIP_BUDGET) process.exit(1);
  }
  console.log('');
}
