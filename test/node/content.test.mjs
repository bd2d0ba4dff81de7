// The DOM-free entries work in plain Node, as a clinic's own tests would use them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('backcare-widgets/content imports in Node and holds every language', async () => {
  const content = await import('backcare-widgets/content');
  assert.deepEqual(content.supportedLocales, ['en', 'es', 'en-GB']);
  assert.equal(content.contentFor('es').locale, 'es');
  assert.equal(content.contentFor('en-GB').common.emergencyNumber, '999');
  assert.ok(Object.keys(content.locales.en['red-flag-checker'].signs).length > 0);
  assert.equal(typeof globalThis.document, 'undefined', 'no DOM was needed');
});

test('backcare-widgets/triage imports in Node and applies the rules', async () => {
  const { triage, nextQuestion, signs, combinations } = await import('backcare-widgets/triage');
  assert.equal(triage({}).tier, 'self-care');
  const emergency = signs.find((sign) => sign.tier === 'emergency');
  assert.equal(triage({ [emergency.id]: 'not-sure' }).tier, 'emergency');
  const [cancer] = combinations;
  assert.equal(triage({ [cancer.risks[0]]: 'yes', [cancer.any[0]]: 'yes' }).tier, 'emergency');
  assert.equal(nextQuestion({}).question.id, 'emergency');
});
