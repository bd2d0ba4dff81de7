import { expect } from '@open-wc/testing';
import { colorTokens } from '../../src/core/tokens.js';
import { captureWarnings } from '../helpers/console.js';
import { $$, renderState, widgetStates } from '../helpers/states.js';

/*
 * Every widget as clinics' pages really are: on a dark site, forced light or
 * dark, and with large text. axe checks the contrast of what is drawn.
 */

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const surfaceOf = (el: Element) => getComputedStyle($$(el, '[part~="base"]')[0]!).backgroundColor;
const controls = (el: Element) => $$(el, 'input[type="radio"], input[type="checkbox"]');
const nameOf = (input: HTMLElement) => input.id || input.getAttribute('name') || input.getAttribute('value') || 'a control';

/** The drawn size of a radio or checkbox: its box (the ::before of the shared choice label) if drawn, else the input. */
function drawnSize(input: HTMLElement): { width: number; height: number } {
  if (input.classList.contains('choice__input')) {
    const box = getComputedStyle(input.nextElementSibling!, '::before');
    return { width: parseFloat(box.width), height: parseFloat(box.height) };
  }
  return input.getBoundingClientRect();
}

/** The area a tap on the control lands on: the input, or the label wrapping it when larger. */
function targetSize(input: HTMLElement): { width: number; height: number } {
  const own = input.getBoundingClientRect();
  const label = input.closest('label')?.getBoundingClientRect();
  return label && label.height > own.height ? { width: Math.max(own.width, label.width), height: label.height } : own;
}

describe('appearance on real pages', function () {
  // Each test renders a widget several times and runs axe on it: slower than one render.
  this.timeout(30_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.body.removeAttribute('style');
  });

  describe('on a dark site', () => {
    for (const state of widgetStates) {
      it(`${state.name}: turns dark by itself, and stays axe-clean`, async () => {
        document.body.style.background = '#111';
        document.body.style.color = '#eee';
        const el = await renderState(state);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        expect(surfaceOf(el)).to.equal(rgb(colorTokens.surface[2]));
        await expect(el).to.be.accessible();
        expect(warnings.messages()).to.deep.equal([]);
      });
    }
  });

  describe('forced light on a dark site, and forced dark on a light one', () => {
    for (const state of widgetStates) {
      it(`${state.name}: axe-clean in both`, async () => {
        document.body.style.background = '#111';
        const light = await renderState(state, { theme: 'light' });
        expect(surfaceOf(light)).to.equal(rgb(colorTokens.surface[1]));
        await expect(light).to.be.accessible();
        document.body.style.background = '#fff';
        const dark = await renderState(state, { theme: 'dark' });
        expect(surfaceOf(dark)).to.equal(rgb(colorTokens.surface[2]));
        await expect(dark).to.be.accessible();
      });
    }
  });

  describe('radio buttons and checkboxes, in every state of each widget that has them', () => {
    const tags = ['backcare-red-flag-checker', 'backcare-phase-guide', 'backcare-treatment-checklist'];
    /** Every radio and checkbox of one widget across its states, at a font size. */
    async function controlsOf(tag: string, fontSize: string): Promise<HTMLElement[]> {
      const found: HTMLElement[] = [];
      for (const state of widgetStates.filter((candidate) => candidate.tag === tag)) {
        found.push(...controls(await renderState(state, { fontSize })));
      }
      expect(found.length, tag).to.be.greaterThan(0);
      return found;
    }

    for (const tag of tags) {
      it(`<${tag}>: drawn at least 24 px wide and high at a 32 px font`, async () => {
        for (const input of await controlsOf(tag, '32px')) {
          const size = drawnSize(input);
          expect(size.width, nameOf(input)).to.be.at.least(24);
          expect(size.height, nameOf(input)).to.be.at.least(24);
        }
      });

      it(`<${tag}>: each a target of at least 44 × 44 px at a 16 px font`, async () => {
        for (const input of await controlsOf(tag, '16px')) {
          const size = targetSize(input);
          expect(size.width, nameOf(input)).to.be.at.least(44);
          expect(size.height, nameOf(input)).to.be.at.least(44);
        }
      });
    }
  });
});
