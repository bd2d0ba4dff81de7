import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { emergencySignsIn } from '../../src/core/safety-net.js';
import { locales } from '../../src/data/index.js';
import { $$, type Widget } from '../helpers/states.js';

/*
 * A widget renders in two turns when nobody awaits it (first-render.ts): what
 * the second brings must move nothing the first showed, and the emergency
 * signs and the number must come in the first.
 */

const widgets = [
  // A question page: nothing to hold back.
  { tag: 'backcare-red-flag-checker', attributes: {}, holdsBack: false },
  { tag: 'backcare-phase-guide', attributes: { day: '1' }, holdsBack: true },
  { tag: 'backcare-treatment-checklist', attributes: {}, holdsBack: true },
  { tag: 'backcare-stretch-card', attributes: { exercises: 'knee-to-chest,pelvic-tilt,knee-rolls' }, holdsBack: true },
];

/** Every element of the widget's shadow root, with where it is on the page. */
function positions(el: Widget): Map<Element, DOMRect> {
  return new Map($$(el, '*').map((element) => [element, element.getBoundingClientRect()]));
}

describe('first renders in two turns, as a patient sees them', () => {
  for (const { tag, attributes, holdsBack } of widgets) {
    it(`<${tag}>: the second turn moves nothing the first showed, and the first has the safety net`, async () => {
      // At a phone's width, with no one awaiting the widget.
      const page = await fixture<HTMLDivElement>(html`<div style="max-width: 375px"></div>`);
      const el = document.createElement(tag) as Widget & LitElement;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      page.append(el);
      await waitUntil(() => el.hasUpdated, 'the first turn', { timeout: 5000, interval: 0 });
      const first = positions(el);
      const countFirst = first.size;
      if (tag !== 'backcare-red-flag-checker') {
        const signs = $$(el, '[part="safety-net"] li').map((li) => li.textContent!.trim());
        expect(signs, 'emergency signs in the first turn').to.deep.equal(emergencySignsIn(locales.en.common));
        expect($$(el, '[part="safety-net"] a').map((a) => a.getAttribute('href')), 'the number in the first turn').to.deep.equal(['tel:911']);
      }
      await el.updateComplete;
      const whole = positions(el);
      expect(whole.size > countFirst, 'the second turn brought the rest').to.equal(holdsBack);
      const moved = [...first].filter(([element, before]) => {
        const after = whole.get(element);
        return !after || Math.abs(after.top - before.top) > 0.5 || Math.abs(after.left - before.left) > 0.5;
      });
      expect(
        moved.map(([element]) => `${element.localName}.${element.className}`),
        'elements that moved',
      ).to.deep.equal([]);
    });
  }

  it('awaiting updateComplete between the turns gives the whole widget at once', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative"></div>`);
    const el = document.createElement('backcare-stretch-card') as Widget & LitElement;
    el.setAttribute('exercise', 'knee-to-chest');
    // Far below the viewport, its second turn waits for the browser to be idle.
    el.setAttribute('style', 'position: absolute; inset-block-start: 6000px');
    page.append(el);
    await waitUntil(() => el.hasUpdated, 'the first turn', { timeout: 5000, interval: 0 });
    expect($$(el, '.figure path'), 'the drawings wait for the second turn').to.have.length(0);
    await el.updateComplete;
    expect($$(el, '.figure path').length).to.be.above(0);
  });
});
