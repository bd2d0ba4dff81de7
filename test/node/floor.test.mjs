// The benchmark's floor (bench/floor.mjs) is built from the content module: when the content
// changes shape, its static page must follow, or the bench compares the widgets with nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { floorParts } from '../../bench/floor.mjs';

test('the floor has a static part for each of the four widgets, in the current content', async (t) => {
  const warnings = [];
  t.mock.method(console, 'warn', (...args) => warnings.push(args.join(' ')));
  const { contentFor } = await import('backcare-widgets/content');
  const en = contentFor('en');
  const { parts } = await floorParts();
  assert.deepEqual(warnings, []);
  const headings = {
    'backcare-red-flag-checker': en['red-flag-checker'].heading,
    'backcare-phase-guide': en['phase-guide'].heading,
    'backcare-treatment-checklist': en['treatment-checklist'].heading,
    'backcare-stretch-card': en['stretch-card'].stretches['knee-to-chest'].name,
  };
  for (const [tag, heading] of Object.entries(headings)) {
    assert.ok(parts[tag]?.includes(heading), `${tag}: "${heading}"`);
    assert.doesNotMatch(parts[tag], /undefined|\{\w+\}/, tag);
  }
  // The phase guide's floor shows the first days' advice and its timer, as the widget does on day 0.
  const acute = en['phase-guide'].phases.acute;
  for (const words of [acute.name, acute.do['cold-pack'], en['phase-guide'].timer.sessions['cold-pack'].label]) {
    assert.ok(parts['backcare-phase-guide'].includes(words.replace(/'/g, '&#39;')), words);
  }
});
