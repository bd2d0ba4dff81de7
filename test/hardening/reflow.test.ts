import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { overflowing, smallLinks, splitWords } from '../helpers/reflow.js';
import { $$, type Widget } from '../helpers/states.js';

/*
 * 200 % text on a 375 px phone (the root font size doubled, as a browser's
 * text zoom does): every widget reflows instead of squeezing. No word breaks
 * across lines, labels go above their values when there is no room beside
 * them, clocks shrink or wrap whole, and nothing leaves the card. Every
 * <details> is opened, so what it holds is checked too.
 */

interface State {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  act?: (el: Widget) => Promise<void>;
}

async function press(el: Widget, selector: string): Promise<void> {
  const target = $$(el, selector)[0];
  expect(target, selector).to.be.instanceOf(HTMLElement);
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Through the three steps with "None of these", to the self-care card and its safety net. */
async function noneOfThese(el: Widget): Promise<void> {
  for (let step = 0; step < 3; step++) {
    await press(el, 'label[for="none"]');
    await press(el, '.buttons button');
  }
}

const states: State[] = [
  { name: 'phase guide, day 2 with its timer', tag: 'backcare-phase-guide', attributes: { day: '2' } },
  { name: 'phase guide, day 20, its timer running', tag: 'backcare-phase-guide', attributes: { day: '20' }, act: (el) => press(el, '.actions button') },
  { name: 'phase guide, asking when the pain started', tag: 'backcare-phase-guide' },
  { name: 'treatment checklist', tag: 'backcare-treatment-checklist', attributes: { 'clinic-phone': '555 0100', 'clinic-name': 'Riverside Physiotherapy' } },
  { name: 'red-flag checker, step 1', tag: 'backcare-red-flag-checker', attributes: { 'clinic-phone': '555 0100' } },
  {
    name: 'red-flag checker, the emergency card',
    tag: 'backcare-red-flag-checker',
    act: (el) => press(el, 'input[type="checkbox"]'),
  },
  {
    name: 'red-flag checker, the self-care card',
    tag: 'backcare-red-flag-checker',
    attributes: { 'clinic-phone': '555 0100', 'clinic-name': 'Riverside Physiotherapy', 'clinic-url': 'https://clinic.example/back-pain' },
    act: noneOfThese,
  },
  { name: 'stretch card, idle', tag: 'backcare-stretch-card', attributes: { exercises: 'cat-stretch,bridge' } },
  { name: 'stretch card, counting', tag: 'backcare-stretch-card', attributes: { exercise: 'knee-to-chest' }, act: (el) => press(el, '.controls .go') },
];

/** Web addresses and phone numbers may break anywhere; words may not. */
const mayBreak = (text: string) => /^(https?:\/\/|www\.)|^\+?[\d ().-]{7,}$/.test(text);

/**
 * A widget in a page column `width` px wide (375: a phone's whole width; 343: its page
 * with 16 px margins) in `lang` and the system's sans-serif, with every <details> open.
 */
async function render(state: State, lang: string, width = 375): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang} style="width: ${width}px; font-family: system-ui, sans-serif"></div>`);
  const el = document.createElement(state.tag) as Widget;
  for (const [name, value] of Object.entries(state.attributes ?? {})) el.setAttribute(name, value);
  page.append(el);
  await el.updateComplete;
  await state.act?.(el);
  for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
  await el.updateComplete;
  // Layout and the fonts it uses, settled.
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

describe('reflow at 200 % text on a 375 px phone', function () {
  this.timeout(20_000);
  before(() => (document.documentElement.style.fontSize = '200%'));
  after(() => document.documentElement.style.removeProperty('font-size'));

  for (const lang of ['en', 'es']) {
    for (const state of states) {
      it(`${state.name} (${lang}): no word breaks across lines`, async () => {
        const el = await render(state, lang);
        expect(splitWords(el, mayBreak)).to.deep.equal([]);
      });

      for (const width of [375, 343]) {
        it(`${state.name} (${lang}): nothing sticks out of the card, ${width} px wide`, async () => {
          const el = await render(state, lang, width);
          const card = $$(el, '[part~="base"]')[0]!;
          const scrolls = card.scrollWidth > card.clientWidth ? [`the card scrolls: ${card.scrollWidth} px in ${card.clientWidth}`] : [];
          expect([...overflowing(el), ...scrolls].join(' ; ')).to.equal('');
        });
      }

      it(`${state.name} (${lang}): every link is a target at least 24 × 24 px`, async () => {
        const el = await render(state, lang);
        expect(smallLinks(el)).to.deep.equal([]);
      });
    }
  }

  it('the phase guide puts Use / For / How often above their values, and its clock on one line', async () => {
    const guide = await render(states[0]!, 'en');
    const [dt, dd] = [$$(guide, 'dt')[0]!, $$(guide, 'dd')[0]!];
    expect(dd.getBoundingClientRect().top).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
    const clock = $$(guide, '[part="clock"]')[0]!;
    expect(clock.getClientRects()).to.have.length(1);
    expect(clock.textContent?.trim()).to.equal('15:00');
  });

  it('the word check finds a word the browser split, and the overflow check a box past the edge', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 4em"><p style="overflow-wrap: anywhere">Strengthen</p></div>`);
    expect(splitWords(host)).to.have.length(1);
    expect(splitWords(host)[0]).to.match(/^Streng.*\|.*n$/);
    const wide = await fixture<HTMLElement>(html`<div style="width: 100px"><p style="width: 150px">A</p></div>`);
    expect(overflowing(wide)).to.have.length(1);
  });
});

describe('normal text size', () => {
  it('the phase guide keeps Use / For / How often beside their values', async () => {
    const guide = await render(states[0]!, 'en');
    const [dt, dd] = [$$(guide, 'dt')[0]!, $$(guide, 'dd')[0]!];
    expect(dd.getBoundingClientRect().top).to.be.closeTo(dt.getBoundingClientRect().top, 1);
  });

  for (const state of states) {
    it(`${state.name}: every link is a target at least 24 × 24 px`, async () => {
      const el = await render(state, 'en');
      expect(smallLinks(el)).to.deep.equal([]);
    });
  }
});
