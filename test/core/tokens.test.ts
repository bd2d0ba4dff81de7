import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ThemeController, luminance } from '../../src/core/theme.js';
import { baseStyles, colorTokens } from '../../src/core/tokens.js';

@customElement('tokens-test-element')
class TokensTestElement extends LitElement {
  static override styles = baseStyles;
  static override properties = { theme: {} };
  declare theme?: string;
  constructor() {
    super();
    new ThemeController(this);
  }
  override render() {
    return html`<div part="base"></div>`;
  }
}

type Token = keyof typeof colorTokens;

/** White: the card-head text on every tier colour (red-flag checker). */
const white = '#ffffff';

/** Text on a background: WCAG 1.4.3 asks 4.5:1. */
const textPairs: [Token | typeof white, Token][] = [
  ['text', 'surface'],
  ['text', 'surface-alt'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-alt'],
  ['accent', 'surface'],
  ['accent', 'surface-alt'],
  ['accent-contrast', 'accent'],
  ['error', 'surface'],
  ['error', 'surface-alt'],
  [white, 'emergency'],
  [white, 'urgent'],
  [white, 'soon'],
  [white, 'self-care'],
];

/** Borders, focus ring, checked marks and tier colours against what they sit on: WCAG 1.4.11 asks 3:1. */
const partPairs: [Token, Token][] = [
  ['border', 'surface'],
  ['border', 'surface-alt'],
  ['focus', 'surface'],
  ['focus', 'surface-alt'],
  ['text', 'surface'],
  ['emergency', 'surface'],
  ['urgent', 'surface'],
  ['soon', 'surface'],
  ['self-care', 'surface'],
];

/** The computed value of a token on a rendered widget, as red, green, blue. */
function resolve(el: Element, name: Token | typeof white): [number, number, number] {
  const value = name === white ? white : getComputedStyle(el).getPropertyValue(`--_${name}`).trim();
  const probe = document.createElement('span');
  probe.style.color = value;
  el.shadowRoot!.append(probe);
  const [r, g, b] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
  probe.remove();
  return [r, g, b];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('colour tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      let el: TokensTestElement;
      beforeEach(async () => {
        el = await fixture<TokensTestElement>(html`<tokens-test-element theme=${theme}></tokens-test-element>`);
      });

      for (const [foreground, background] of textPairs) {
        it(`${foreground} on ${background} is at least 4.5:1`, () => {
          expect(contrast(resolve(el, foreground), resolve(el, background))).to.be.at.least(4.5);
        });
      }

      for (const [part, background] of partPairs) {
        it(`${part} against ${background} is at least 3:1`, () => {
          expect(contrast(resolve(el, part), resolve(el, background))).to.be.at.least(3);
        });
      }

      it('uses its own defaults for every colour', () => {
        const index = theme === 'light' ? 1 : 2;
        for (const [name, entry] of Object.entries(colorTokens)) {
          expect(getComputedStyle(el).getPropertyValue(`--_${name}`).trim(), name).to.equal(entry[index]);
        }
      });
    });
  }

  it('the dark theme is designed, not inverted: the tiers keep their hue, the surface is not black', async () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      if (max === min) return 0;
      const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
      return (h * 60 + 360) % 360;
    };
    for (const tier of ['emergency', 'urgent', 'soon', 'self-care'] as const) {
      const [, light, dark] = colorTokens[tier];
      expect(Math.abs(hue(light) - hue(dark)), tier).to.be.below(15);
    }
    expect(colorTokens.surface[2]).to.not.equal('#000000');
  });
});
