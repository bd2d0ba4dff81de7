import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../../src/index.js';
import { colorTokens } from '../../src/core/tokens.js';
import { captureWarnings } from '../helpers/console.js';

/*
 * Every widget as clinics' pages really are: on a dark site, forced light or
 * dark. axe checks the contrast of what is drawn.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  name: string;
  widget: (theme?: string) => TemplateResult;
  /** Puts the widget in the state to check. */
  act?: (el: Widget) => Promise<void>;
}

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function clickFirst(el: Widget, selector: string) {
  const target = $$(el, selector)[0];
  expect(target, selector).to.be.instanceOf(Element);
  target!.click();
  await el.updateComplete;
}

const cases: Case[] = [
  {
    name: 'red-flag checker',
    widget: (theme) => html`<backcare-red-flag-checker theme=${theme ?? nothing} clinic-phone="555 0100"></backcare-red-flag-checker>`,
  },
  {
    name: 'red-flag checker, the emergency card',
    widget: (theme) => html`<backcare-red-flag-checker theme=${theme ?? nothing}></backcare-red-flag-checker>`,
    act: (el) => clickFirst(el, 'input[type="radio"], input[type="checkbox"]'),
  },
  {
    name: 'red-flag checker, unanswered questions',
    widget: (theme) => html`<backcare-red-flag-checker theme=${theme ?? nothing}></backcare-red-flag-checker>`,
    act: (el) => clickFirst(el, '.buttons button'),
  },
  {
    name: 'phase guide, asking when the pain started',
    widget: (theme) => html`<backcare-phase-guide theme=${theme ?? nothing}></backcare-phase-guide>`,
  },
  {
    name: 'phase guide, day 4',
    widget: (theme) => html`<backcare-phase-guide theme=${theme ?? nothing} day="4"></backcare-phase-guide>`,
  },
  {
    name: 'treatment checklist, one item ticked',
    widget: (theme) => html`<backcare-treatment-checklist theme=${theme ?? nothing}></backcare-treatment-checklist>`,
    act: (el) => clickFirst(el, 'input[type="checkbox"]'),
  },
  {
    name: 'stretch card, a routine',
    widget: (theme) => html`<backcare-stretch-card theme=${theme ?? nothing} exercises="cat-stretch,bridge"></backcare-stretch-card>`,
  },
];

async function render(testCase: Case, theme?: string, fontSize = '16px'): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div lang="en">${testCase.widget(theme)}</div>`);
  page.style.fontSize = fontSize;
  const el = page.firstElementChild as Widget;
  await el.updateComplete;
  if (testCase.act) await testCase.act(el);
  return el;
}

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const surfaceOf = (el: Element) => getComputedStyle($$(el, '[part~="base"]')[0]!).backgroundColor;

describe('appearance on real pages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.body.removeAttribute('style');
  });

  describe('on a dark site', () => {
    for (const testCase of cases) {
      it(`${testCase.name}: turns dark by itself, and stays axe-clean`, async () => {
        document.body.style.background = '#111';
        document.body.style.color = '#eee';
        const el = await render(testCase);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        expect(surfaceOf(el)).to.equal(rgb(colorTokens.surface[2]));
        await expect(el).to.be.accessible();
        expect(warnings.messages()).to.deep.equal([]);
      });
    }
  });

  describe('forced light on a dark site, and forced dark on a light one', () => {
    for (const testCase of cases) {
      it(`${testCase.name}: axe-clean in both`, async () => {
        document.body.style.background = '#111';
        const light = await render(testCase, 'light');
        expect(surfaceOf(light)).to.equal(rgb(colorTokens.surface[1]));
        await expect(light).to.be.accessible();
        document.body.style.background = '#fff';
        const dark = await render(testCase, 'dark');
        expect(surfaceOf(dark)).to.equal(rgb(colorTokens.surface[2]));
        await expect(dark).to.be.accessible();
      });
    }
  });
});
