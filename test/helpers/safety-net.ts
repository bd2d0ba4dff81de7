import { expect } from '@open-wc/testing';
import { emergencySignsIn } from '../../src/core/safety-net.js';
import { locales } from '../../src/data/index.js';
import { $$, renderState, type WidgetState } from './states.js';

const summary = (el: Element) => $$(el, '[part="safety-net"] summary')[0]?.textContent?.trim();

/**
 * A widget's "Get help now" part as a clinic and a patient meet it: the clinic's emergency number
 * and its call link, 999 in UK English, Spanish words with the signs in Spanish, and for a number
 * that is not one, a single warning and the language's own.
 */
export async function expectSafetyNetNumbers(state: WidgetState, warnings: { messages(): string[] }): Promise<void> {
  const render = (attributes: Record<string, string>) => renderState({ ...state, attributes: { ...state.attributes, ...attributes } });
  const clinic = await render({ 'emergency-number': '112' });
  expect(summary(clinic)).to.equal('Get help now: call 112');
  expect($$(clinic, '[part="safety-net"] a')[0]?.getAttribute('href')).to.equal('tel:112');
  expect(summary(await render({ lang: 'en-GB' }))).to.equal('Get help now: call 999');
  const spanish = await render({ lang: 'es' });
  expect(summary(spanish)).to.equal('Busque ayuda ya: llame al 911');
  expect($$(spanish, '[part="safety-net"] li').map((li) => li.textContent!.trim())).to.deep.equal(emergencySignsIn(locales.es.common));
  expect(warnings.messages()).to.deep.equal([]);
  const bad = await render({ 'emergency-number': 'call 911' });
  expect(summary(bad)).to.equal('Get help now: call 911');
  expect(warnings.messages()).to.have.length(1);
  expect(warnings.messages()[0]).to.include('emergency-number="call 911"');
}
