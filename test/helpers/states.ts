import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/*
 * Every widget in the states a patient sees, for the tests that look at all
 * of them at once: right-to-left pages, dark sites, large text.
 */

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export interface WidgetState {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  /** Puts the widget in this state once rendered (answers given, an item ticked, ...). */
  act?: (el: Widget) => Promise<void>;
}

export const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function clickFirst(el: Widget, selector: string): Promise<void> {
  const target = $$(el, selector)[0];
  expect(target, selector).to.be.instanceOf(Element);
  target!.click();
  await el.updateComplete;
}

export const widgetStates: WidgetState[] = [
  { name: 'red-flag checker, questions', tag: 'backcare-red-flag-checker', attributes: { 'clinic-phone': '555 0100' } },
  {
    name: 'red-flag checker, an emergency answer and its card',
    tag: 'backcare-red-flag-checker',
    act: (el) => clickFirst(el, 'input[type="radio"], input[type="checkbox"]'),
  },
  {
    name: 'red-flag checker, unanswered questions',
    tag: 'backcare-red-flag-checker',
    act: (el) => clickFirst(el, '.buttons button'),
  },
  { name: 'phase guide, asking when the pain started', tag: 'backcare-phase-guide' },
  { name: 'phase guide, day 4 with its timer', tag: 'backcare-phase-guide', attributes: { day: '4' } },
  {
    name: 'treatment checklist, one item ticked',
    tag: 'backcare-treatment-checklist',
    act: (el) => clickFirst(el, 'input[type="checkbox"]'),
  },
  { name: 'stretch card, a routine of two', tag: 'backcare-stretch-card', attributes: { exercises: 'cat-stretch,bridge' } },
];

export interface PageOptions {
  dir?: 'ltr' | 'rtl';
  /** The widget's own `theme` attribute. */
  theme?: string;
  /** The page's font size around the widget, e.g. `32px`. */
  fontSize?: string;
  /** The width of the page's column, e.g. `60em` for the wide layouts. */
  width?: string;
}

/** Renders a widget state in an English page column, and returns the widget. */
export async function renderState(state: WidgetState, options: PageOptions = {}): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div lang="en" dir=${options.dir ?? 'ltr'}></div>`);
  if (options.fontSize) page.style.fontSize = options.fontSize;
  if (options.width) page.style.width = options.width;
  const el = document.createElement(state.tag) as Widget;
  for (const [name, value] of Object.entries({ ...state.attributes, ...(options.theme ? { theme: options.theme } : {}) })) {
    el.setAttribute(name, value);
  }
  page.append(el);
  await el.updateComplete;
  await state.act?.(el);
  return el;
}
