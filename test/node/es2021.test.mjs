// Every script the package ships parses as ES2021: Safari and iOS before 16.4 (and other
// browsers of that age) stop at the first newer syntax, such as a class static block or a
// `#private` field, and then no widget runs at all. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The shipped scripts: the two bundles, the CDN loader's chunks and the npm build. */
function scripts(directory = dist) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [relative(dist, path).replaceAll('\\', '/')] : [];
  });
}

test('every shipped script parses as ES2021', () => {
  const files = scripts();
  for (const expected of ['backcare-widgets.js', 'backcare-widgets.esm.js', 'cdn/backcare-widgets.js', 'esm/index.js']) {
    assert.ok(files.includes(expected), `${expected} is built`);
  }
  assert.ok(files.filter((file) => file.startsWith('cdn/')).length > 4, 'the CDN chunks are built');
  const failures = [];
  for (const file of files) {
    // The classic bundle is a plain script; everything else is an ES module.
    const sourceType = file === 'backcare-widgets.js' ? 'script' : 'module';
    try {
      parse(readFileSync(join(dist, file), 'utf8'), { ecmaVersion: 2021, sourceType });
    } catch (error) {
      failures.push(`${file}: ${error.message}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('the check catches what older browsers cannot parse', () => {
  for (const newer of ['class A { static { } }', 'class A { #secret = 1 }', 'class A { field = 1 }', 'await 1;']) {
    assert.throws(() => parse(newer, { ecmaVersion: 2021, sourceType: 'script' }), newer);
  }
});
