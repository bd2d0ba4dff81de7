// The README's reference tables must agree with custom-elements.json (generated from the
// components' own declarations and JSDoc), so the docs cannot drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.tagName);
/** The global tokens every element inherits, by name, with the base class's description. */
const globalTokens = new Map(
  declarations.find((declaration) => declaration.name === 'BackcareElement').cssProperties.map((token) => [token.name, token.description]),
);

/** The README section of one element: from its `### \`<tag>\`` heading to the next `### ` or `## `. */
function sectionOf(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return undefined;
  const rest = readme.slice(start + 1);
  const end = rest.search(/\n##+ /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** First-column names (in backticks) of the table whose header's first cell is `title`. */
function tableNames(section, title) {
  const lines = section.split('\n');
  const header = lines.findIndex((line) => new RegExp(`^\\|\\s*${title}\\s*\\|`).test(line));
  if (header < 0) return [];
  const names = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split('|')[1] ?? '';
    const name = /`([^`]+)`/.exec(cell)?.[1];
    if (name) names.push(name);
  }
  return names.sort();
}

const sorted = (values) => [...values].sort();

test('the manifest documents all four elements', () => {
  assert.deepEqual(sorted(elements.map((element) => element.tagName)), [
    'backcare-phase-guide',
    'backcare-red-flag-checker',
    'backcare-stretch-card',
    'backcare-treatment-checklist',
  ]);
});

for (const element of elements) {
  test(`README documents <${element.tagName}> exactly as its manifest entry`, () => {
    const section = sectionOf(element.tagName);
    assert.ok(section, `README has a "### \`<${element.tagName}>\`" section`);
    const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
    assert.deepEqual(tableNames(section, 'Attribute'), sorted(attributes), 'attributes');
    assert.deepEqual(tableNames(section, 'Event'), sorted((element.events ?? []).map((event) => event.name)), 'events');
    assert.deepEqual(tableNames(section, 'Part'), sorted((element.cssParts ?? []).map((part) => part.name)), 'CSS parts');
    // The element's own custom properties, and the global tokens it documents a use of its own for.
    const properties = (element.cssProperties ?? [])
      .filter((property) => globalTokens.get(property.name) !== property.description)
      .map((property) => property.name);
    assert.deepEqual(tableNames(section, 'Custom property'), sorted(properties), 'custom properties');
  });
}

test('README\'s Theming table lists every global token, as the styles declare them', () => {
  const start = readme.indexOf('## Theming');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = section.split('\n').filter((line) => line.trim().startsWith('|'));
  const documented = new Set(rows.flatMap((row) => row.match(/--backcare-[a-z0-9-]+/g) ?? []));
  assert.deepEqual(sorted(documented), sorted(globalTokens.keys()));
});
