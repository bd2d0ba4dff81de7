import { expect } from '@open-wc/testing';
import { colorTokens } from '../../src/core/tokens.js';
import { captureWarnings } from '../helpers/console.js';
import { $$, renderState, widgetStates } from '../helpers/states.js';

/*
 * Every widget as clinics' pages really are: on a dark site, forced light or
 * dark. axe checks the contrast of what is drawn.
 */

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
});
