// The DOM-free entries work in plain Node, as a clinic's own tests would use them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('backcare-widgets/content imports in Node and holds every language', async () => {
  const content = await import('backcare-widgets/content');
  assert.deepEqual(content.supportedLocales, ['en', 'es', 'en-GB']);
  assert.equal(content.contentFor('es').locale, 'es');
  assert.equal(content.contentFor('en-GB').common.emergencyNumber, '999');
  assert.ok(content.locales.en['red-flag-checker'].questions.length > 0);
  assert.equal(typeof globalThis.document, 'undefined', 'no DOM was needed');
});

test('backcare-widgets/triage imports in Node and applies the rules', async () => {
  const { triage, locales } = await import('backcare-widgets/triage');
  const questions = locales.en['red-flag-checker'].questions;
  assert.equal(triage({}).tier, 'self-care');
  const emergency = questions.find((q) => q.tier === 'emergency');
  assert.equal(triage({ [emergency.id]: 'not-sure' }).tier, 'emergency');
});
