// The tarball npm would publish: publint (strict) and arethetypeswrong (ESM-only, every entry
// point) find nothing; it holds every file package.json names and no source; the manifest
// points at shipped JavaScript; the bundles carry their licences; the CDN snippet's integrity
// hash is the built script's.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { integrityOf, SCRIPT_TAG_PATTERN, sriFor } from '../../scripts/sri.mjs';
import { pack, root, run } from './pack.mjs';

const read = (path) => readFileSync(join(root, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const widgets = readdirSync(join(root, 'src/components'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** An export's `*` filled in with each name its source folder holds (each widget, each language). */
function fill(target) {
  const folder = target.slice(0, target.indexOf('*')).replace(/^(\.\/)?dist\/esm\//, 'src/');
  return readdirSync(join(root, folder)).map((name) => target.replace('*', name.replace(/\.ts$/, '')));
}

/** Every file package.json points at, with `*` in an export filled in. */
function namedFiles() {
  const targets = [packageJson.main, packageJson.module, packageJson.types, packageJson.customElements];
  targets.push(packageJson['web-types'], packageJson.unpkg, packageJson.jsdelivr);
  const collect = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(collect));
  targets.push(...collect(packageJson.exports));
  const expanded = targets.flatMap((target) => (target.includes('*') ? fill(target) : [target]));
  return [...new Set(expanded.map((target) => target.replace(/^\.\//, '')))].sort();
}

describe('the packed tarball', () => {
  let packed;
  let files;
  before(() => {
    packed = pack();
    files = new Set(packed.report.files.map((file) => file.path));
  });
  after(() => rmSync(packed.destination, { recursive: true, force: true }));

  test('publint --strict finds nothing to fix', () => {
    const { code, output } = run('publint', ['--strict', packed.tarball]);
    assert.equal(code, 0, output);
    assert.match(output, /All good/);
  });

  test('arethetypeswrong (ESM-only profile) finds a typed ESM resolution for every entry point', () => {
    const defines = widgets.map((name) => `./components/${name}/define.js`);
    const { code, output } = run('attw', [packed.tarball, '--profile', 'esm-only', '--format', 'json', '--include-entrypoints', ...defines]);
    assert.equal(code, 0, output);
    const { analysis } = JSON.parse(output);
    for (const entry of ['.', './triage', './content', './jsx', ...defines]) assert.ok(analysis.entrypoints[entry], entry);
    // The ESM-only profile leaves out CommonJS `require` and node10, which an ESM-only package cannot serve.
    const counted = analysis.problems.filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind));
    assert.deepEqual(counted, []);
  });

  test('holds every file package.json names, the licences, and no source or tests', (t) => {
    for (const file of namedFiles()) assert.ok(files.has(file), `${file} is named in package.json but not packed`);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'dist/THIRD-PARTY-LICENSES.txt']) assert.ok(files.has(file), file);
    assert.deepEqual([...files].filter((file) => /^(src|test|demo|scripts|bench)\//.test(file)), []);
    t.diagnostic(`${packed.report.entryCount} files, ${packed.report.size} bytes packed, ${packed.report.unpackedSize} unpacked`);
  });

  test('the manifest points at the shipped JavaScript and defines each element in its define.js', () => {
    const paths = manifest.modules.map((module) => module.path);
    for (const path of paths) assert.ok(files.has(path), `manifest module ${path} is not packed`);
    assert.ok(paths.every((path) => path.endsWith('.js')));
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ module: module.path, ...entry })),
    );
    assert.deepEqual(
      definitions.map(({ name, module }) => `${name} ${module}`).sort(),
      widgets.map((name) => `backcare-${name} dist/esm/components/${name}/define.js`).sort(),
    );
    for (const { declaration } of definitions) assert.ok(files.has(declaration.module), declaration.module);
  });

  test('the manifest types every event and attribute, and lists every global token and part', () => {
    const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'BackcareElement');
    const tokens = base.cssProperties.map((property) => property.name);
    assert.ok(tokens.length >= 15, `only ${tokens.length} global tokens`);
    for (const element of elements) {
      for (const event of element.events) assert.match(event.type?.text ?? '', /^CustomEvent<[A-Z]\w+Detail>$/, `${element.tagName} ${event.name}`);
      for (const attribute of element.attributes) assert.ok(attribute.type?.text && attribute.description, `${element.tagName} [${attribute.name}]`);
      const properties = element.cssProperties.map((property) => property.name);
      assert.deepEqual(tokens.filter((token) => !properties.includes(token)), [], element.tagName);
    }
    // An event a component emits without `@fires` (and so without a type in the manifest, JSX and editors) fails here.
    const sources = readdirSync(join(root, 'src/components'), { recursive: true }).filter((file) => file.endsWith('.ts'));
    const emitted = sources.flatMap((file) => [...read(`src/components/${file}`).matchAll(/emit(?:<\w+>)?\(\s*'(backcare-[a-z-]+)'/g)].map((m) => m[1]));
    const documented = elements.flatMap((element) => element.events.map((event) => event.name));
    assert.deepEqual([...new Set(emitted)].filter((name) => !documented.includes(name)), []);
    const eventMaps = widgets.map((name) => read(`src/components/${name}/define.ts`)).join('\n');
    for (const name of documented) assert.match(eventMaps, new RegExp(`'${name}': CustomEvent<`), `${name} in GlobalEventHandlersEventMap`);
    const checker = elements.find((element) => element.tagName === 'backcare-red-flag-checker');
    const parts = checker.cssParts.map((part) => part.name);
    for (const tier of ['emergency', 'urgent', 'soon', 'self-care']) assert.ok(parts.includes(`outcome-${tier}`), tier);
  });

  test('the shipped declarations name each attribute that differs from its property, for lit-analyzer', () => {
    // lit-analyzer reads the .d.ts files, where `attribute: 'clinic-phone'` has become `attribute: string`.
    const declarations = manifest.modules.map((module) => read(module.path.replace(/\.js$/, '.d.ts'))).join('\n');
    for (const element of elements) {
      for (const attribute of element.attributes.filter(({ name, fieldName }) => fieldName && fieldName !== name)) {
        assert.match(declarations, new RegExp(`@attr(?: \\{[^}]*\\})? ${attribute.name}(?=\\s)`), `${element.tagName} [${attribute.name}]`);
      }
    }
  });

  test('editor data lists every element and attribute (VS Code HTML), every token (VS Code CSS) and web-types', () => {
    const html = JSON.parse(read('dist/vscode.html-custom-data.json'));
    const css = JSON.parse(read('dist/vscode.css-custom-data.json'));
    const webTypes = JSON.parse(read('dist/web-types.json'));
    for (const element of elements) {
      const tag = html.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag, element.tagName);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), element.attributes.map((a) => a.name).sort());
      const webType = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
      assert.ok(webType?.attributes.length, element.tagName);
      for (const property of element.cssProperties) assert.ok(css.properties.some((p) => p.name === property.name), property.name);
    }
  });

  test('editor data is clean: one CSS entry per custom property and part, no empty sections, no description turned heading', () => {
    const css = JSON.parse(read('dist/vscode.css-custom-data.json'));
    const properties = new Set(elements.flatMap((element) => element.cssProperties.map((property) => property.name)));
    const parts = new Set(elements.flatMap((element) => element.cssParts.map((part) => `::part(${part.name})`)));
    assert.deepEqual(css.properties.map((property) => property.name).sort(), [...properties].sort());
    assert.deepEqual(css.pseudoElements.map((part) => part.name).sort(), [...parts].sort());
    // Where elements use a token differently, the entry says which element does what.
    const accent = css.properties.find((property) => property.name === '--backcare-accent').description;
    assert.match(accent, /^A global theme token[^\n]*\n\n`<backcare-[a-z-]+>`(, `<backcare-[a-z-]+>`)*: \S/);
    const html = JSON.parse(read('dist/vscode.html-custom-data.json'));
    const hovers = [...html.tags.map((tag) => tag.description), read('dist/jsx/index.d.ts'), read('dist/vue/index.d.ts')];
    for (const text of hovers) {
      // A heading with nothing under it before the next heading or the end.
      assert.doesNotMatch(text, /#+ \*\*[^*]+:\*\*\s*(?:\n\s*\*?\s*)*(?=#|\*\/|$)/, 'an empty section');
      // Markdown makes a paragraph followed directly by `---` a heading.
      assert.doesNotMatch(text, /[^\s*][ \t]*\n(?:[ \t]*\*[ \t]?)?---/, 'a description ending in ---');
    }
    for (const element of elements) assert.ok(html.tags.find((tag) => tag.name === element.tagName).description.length > 200, element.tagName);
  });

  test('the changelog has an Unreleased section and this version, dated; the README links it and says what is breaking', () => {
    const changelog = read('CHANGELOG.md');
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map(([, version, date]) => ({ version, date }));
    assert.equal(versions[0]?.version, 'Unreleased');
    const current = versions.find(({ version }) => version === packageJson.version);
    assert.ok(current?.date, `CHANGELOG.md has no dated section for ${packageJson.version}`);
    assert.match(read('README.md'), /\]\(CHANGELOG\.md\)/);
    const policy = /## Versions and changes\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
    for (const word of ['tag', 'attribute', 'event', '::part()', 'tier', 'triage', 'major']) assert.ok(policy.includes(word), word);
  });

  test('both bundles open with the package, its version and licence, and Lit\'s copyright and licence', () => {
    for (const bundle of ['dist/backcare-widgets.js', 'dist/backcare-widgets.esm.js']) {
      const banner = read(bundle).slice(0, read(bundle).indexOf('*/'));
      assert.match(banner, new RegExp(`^/\\*!\\s*\\n \\* backcare-widgets ${packageJson.version.replace(/\./g, '\\.')} \\| MIT License`));
      for (const name of ['lit-html', 'lit-element', '@lit/reactive-element']) {
        assert.match(banner, new RegExp(`${name} [\\d.]+ \\| Copyright Google LLC \\| BSD-3-Clause`), name);
      }
      assert.match(banner, /THIRD-PARTY-LICENSES\.txt/);
    }
    assert.match(read('dist/THIRD-PARTY-LICENSES.txt'), /Copyright \(c\) 2017 Google LLC/);
  });

  test('the CDN snippet: a versioned URL with the sha384 of the built classic script, in README and sri.json', () => {
    const sri = JSON.parse(read('dist/sri.json'));
    assert.deepEqual(sri, sriFor());
    const classic = sri.files['backcare-widgets.js'];
    assert.equal(classic.integrity, integrityOf(readFileSync(join(root, 'dist/backcare-widgets.js'))));
    assert.equal(classic.url, `https://cdn.jsdelivr.net/npm/backcare-widgets@${packageJson.version}/dist/backcare-widgets.js`);
    assert.equal(packageJson.unpkg, './dist/backcare-widgets.js');
    assert.equal(packageJson.jsdelivr, './dist/backcare-widgets.js');
    const tags = read('README.md').match(SCRIPT_TAG_PATTERN) ?? [];
    assert.ok(tags.length > 0, 'README gives the CDN snippet');
    for (const tag of tags) {
      assert.equal(tag, sri.scriptTag, 'README\'s CDN snippet is not the built script\'s: run `npm run cdn-snippet`');
    }
  });
});
