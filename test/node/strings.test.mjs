// Every word a patient sees or hears comes from src/data/, in their language: no component
// writes user-visible text into its templates. This reads each component's and core module's
// html`` and svg`` templates with the TypeScript parser and looks at what would reach the
// page as text: text between tags, and the attributes that are read out or shown.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const folders = ['src/components', 'src/core'];

function sourceFiles(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The literal parts of every html`` / svg`` template in a file, joined with a stand-in for each expression. */
function templates(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText())) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      found.push({ markup: parts.join('\u0000'), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Attributes whose values are shown or read out to the patient. */
const spokenAttributes = /\b(aria-label|aria-description|aria-valuetext|alt|title|placeholder|label)\s*=\s*"([^"]*)"/g;

/** Text a person would see or hear: text nodes, and the spoken attributes' values. */
function visibleText(markup) {
  const spoken = [...markup.matchAll(spokenAttributes)].map((match) => match[2]);
  const textNodes = markup
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '\u0000');
  return [...spoken, textNodes].join('\u0000').split('\u0000').map((text) => text.trim()).filter(Boolean);
}

/** Two or more letters in a row is a word; lone symbols (a separator dot, an icon glyph, a colon) are not. */
const word = /\p{L}{2,}/u;

test('no component writes user-visible words into its templates: every label comes from src/data/', () => {
  const offenders = [];
  let checked = 0;
  for (const folder of folders) {
    for (const file of sourceFiles(folder)) {
      for (const { markup, line } of templates(file)) {
        checked += 1;
        for (const text of visibleText(markup)) {
          if (word.test(text)) offenders.push(`${relative(root, file)}:${line}: ${JSON.stringify(text)}`);
        }
      }
    }
  }
  assert.ok(checked > 40, `read ${checked} templates`);
  assert.deepEqual(offenders, []);
});

test('the check itself finds a word written into a template', () => {
  assert.deepEqual(visibleText('<p>\u0000</p><button aria-label="Close">\u0000</button>'), ['Close']);
  assert.ok(visibleText('<p>Start</p>').some((text) => word.test(text)));
  assert.ok(!visibleText('<span aria-hidden="true">·</span><b>\u0000</b>:').some((text) => word.test(text)));
});
