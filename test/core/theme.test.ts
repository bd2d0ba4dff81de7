import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ThemeController, luminance, sitsOnDark } from '../../src/core/theme.js';
import { baseStyles, colorTokens } from '../../src/core/tokens.js';
import { captureWarnings } from '../helpers/console.js';
import { printMode } from '../helpers/print.js';

@customElement('theme-test-element')
class ThemeTestElement extends LitElement {
  static override styles = baseStyles;
  @property() theme?: string;
  constructor() {
    super();
    new ThemeController(this);
  }
  override render() {
    return html`<div part="base">Text</div>`;
  }
}

const card = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
/** What a patient sees: the card's background, as light or dark. */
const looksDark = (el: Element) => getComputedStyle(el).colorScheme === 'dark';
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** A stylesheet on the page for the duration of a test, as a clinic's site would have. */
function pageStyles(text: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Two frames: a media query change is reported in the next frame's rendering steps, and reacted to in it. */
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

describe('theme', () => {
  let removeStyles: () => void = () => {};
  afterEach(() => {
    removeStyles();
    document.documentElement.removeAttribute('class');
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('class');
    document.body.removeAttribute('style');
    document.querySelector('meta[name="color-scheme"]')?.remove();
    // Reading the reset colour now also means a later test's transition starts from it.
    expect(getComputedStyle(document.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  describe('auto', () => {
    it('is light on a page with no background, the usual white canvas', async () => {
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      expect(looksDark(el)).to.equal(false);
      expect(getComputedStyle(card(el)).backgroundColor).to.equal(rgb(colorTokens.surface[1]));
    });

    it('is dark on a dark ancestor, with the dark surface and text', async () => {
      removeStyles = pageStyles('.dark-section { background: #111; color: #eee; }');
      const wrapper = await fixture(html`<div class="dark-section"><div><theme-test-element></theme-test-element></div></div>`);
      const el = wrapper.querySelector('theme-test-element')!;
      expect(looksDark(el)).to.equal(true);
      expect(getComputedStyle(card(el)).backgroundColor).to.equal(rgb(colorTokens.surface[2]));
      expect(getComputedStyle(el).color).to.equal(rgb(colorTokens.text[2]));
    });

    it('is light on a light ancestor inside a dark page', async () => {
      document.body.style.background = '#111';
      const wrapper = await fixture(html`<div class="light-box"><theme-test-element></theme-test-element></div>`);
      (wrapper as HTMLElement).style.background = '#f7f7f0';
      const el = wrapper.querySelector('theme-test-element')!;
      expect(sitsOnDark(el)).to.equal(false);
      (wrapper as HTMLElement).style.background = '';
      expect(sitsOnDark(el)).to.equal(true);
    });

    it('lays translucent backgrounds over what is below them', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><theme-test-element></theme-test-element></div>`);
      const el = wrapper.querySelector('theme-test-element')!;
      wrapper.style.background = 'rgba(0, 0, 0, 0.8)';
      expect(sitsOnDark(el)).to.equal(true);
      wrapper.style.background = 'rgba(0, 0, 0, 0.2)';
      expect(sitsOnDark(el)).to.equal(false);
      document.body.style.background = '#000';
      expect(sitsOnDark(el)).to.equal(true);
    });

    it('reads colours written in oklch(), as CSS frameworks now do', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><theme-test-element></theme-test-element></div>`);
      const el = wrapper.querySelector('theme-test-element')!;
      wrapper.style.background = 'oklch(0.21 0.03 265)';
      expect(sitsOnDark(el)).to.equal(true);
      wrapper.style.background = 'oklch(0.97 0.01 90)';
      expect(sitsOnDark(el)).to.equal(false);
    });

    it('on a background image, goes by the text colour the site chose for it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><theme-test-element></theme-test-element></div>`);
      const el = wrapper.querySelector('theme-test-element')!;
      wrapper.style.backgroundImage = 'linear-gradient(#102030, #203040)';
      wrapper.style.color = '#f5f5f5';
      expect(sitsOnDark(el)).to.equal(true);
      wrapper.style.color = '#222';
      expect(sitsOnDark(el)).to.equal(false);
    });

    it('looks through shadow roots and slots to what the widget is drawn on', async () => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const panel = document.createElement('div');
      panel.style.background = '#0d1117';
      panel.append(document.createElement('slot'));
      root.append(panel);
      const el = document.createElement('theme-test-element');
      outer.append(el);
      await settle();
      expect(sitsOnDark(el)).to.equal(true);
      const inside = document.createElement('theme-test-element');
      panel.append(inside);
      expect(sitsOnDark(inside)).to.equal(true);
    });

    it('follows the page colour scheme when nothing has a background', async () => {
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      document.documentElement.style.colorScheme = 'dark';
      await settle();
      expect(looksDark(el)).to.equal(true);
      document.documentElement.style.colorScheme = '';
      await settle();
      expect(looksDark(el)).to.equal(false);
      const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'only dark' });
      document.head.append(meta);
      expect(sitsOnDark(el)).to.equal(true);
    });

    it('follows "light dark" with the visitor\'s system setting', async () => {
      document.documentElement.style.colorScheme = 'light dark';
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        // Firefox and WebKitGTK drivers cannot emulate media: there the system setting is light.
        expect(looksDark(el)).to.equal(false);
        return;
      }
      await settle();
      expect(looksDark(el)).to.equal(true);
      await emulateMedia({ colorScheme: 'light' });
      await settle();
      expect(looksDark(el)).to.equal(false);
    });
  });

  describe("switches with the site's own dark-mode toggle", () => {
    it('a class on <body>', async () => {
      removeStyles = pageStyles('body.dark-mode { background: #121212; color: #eee; }');
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      expect(looksDark(el)).to.equal(false);
      document.body.classList.add('dark-mode');
      await settle();
      expect(looksDark(el)).to.equal(true);
      document.body.classList.remove('dark-mode');
      await settle();
      expect(looksDark(el)).to.equal(false);
    });

    it('a data attribute or class on <html>, styling an inner container', async () => {
      removeStyles = pageStyles('[data-theme="dark"] .site { background: #1e1e2e; }');
      const wrapper = await fixture(html`<main class="site"><theme-test-element></theme-test-element></main>`);
      const el = wrapper.querySelector('theme-test-element')!;
      document.documentElement.dataset['theme'] = 'dark';
      await settle();
      expect(looksDark(el)).to.equal(true);
      delete document.documentElement.dataset['theme'];
      await settle();
      expect(looksDark(el)).to.equal(false);
    });

    it('a style on <body>, and every widget on the page follows', async () => {
      const wrapper = await fixture(html`<div><theme-test-element></theme-test-element><theme-test-element></theme-test-element></div>`);
      const [first, second] = wrapper.querySelectorAll('theme-test-element');
      document.body.style.backgroundColor = 'black';
      await settle();
      expect([looksDark(first!), looksDark(second!)]).to.deep.equal([true, true]);
    });

    it('when a background transition ends', async () => {
      removeStyles = pageStyles('body { transition: background-color 0.2s; } body.night { background-color: #000; }');
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      const ended = new Promise((resolve) => document.body.addEventListener('transitionend', resolve, { once: true }));
      document.body.classList.add('night');
      await ended;
      await settle();
      expect(looksDark(el)).to.equal(true);
    });

    it('a widget added to an already dark page starts dark', async () => {
      document.body.style.background = '#0b0b0b';
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      expect(looksDark(el)).to.equal(true);
    });
  });

  describe('theme attribute', () => {
    it('light keeps the light colours on a dark page, dark the dark ones on a light page', async () => {
      document.body.style.background = '#111';
      const light = await fixture<ThemeTestElement>(html`<theme-test-element theme="light"></theme-test-element>`);
      expect(looksDark(light)).to.equal(false);
      expect(getComputedStyle(card(light)).backgroundColor).to.equal(rgb(colorTokens.surface[1]));
      document.body.style.background = '#fff';
      const dark = await fixture<ThemeTestElement>(html`<theme-test-element theme="dark"></theme-test-element>`);
      expect(looksDark(dark)).to.equal(true);
      expect(getComputedStyle(card(dark)).backgroundColor).to.equal(rgb(colorTokens.surface[2]));
    });

    it('changes take effect at once, and back to auto', async () => {
      const el = await fixture<ThemeTestElement>(html`<theme-test-element></theme-test-element>`);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(looksDark(el)).to.equal(true);
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      expect(looksDark(el)).to.equal(false);
    });

    it('accepts any letter case and spaces around the value', async () => {
      const el = await fixture<ThemeTestElement>(html`<theme-test-element theme=" Dark "></theme-test-element>`);
      expect(looksDark(el)).to.equal(true);
    });

    it('warns once about a value it does not know, naming what is accepted, and uses auto', async () => {
      const warnings = captureWarnings();
      try {
        document.body.style.background = '#111';
        const el = await fixture<ThemeTestElement>(html`<theme-test-element theme="midnight"></theme-test-element>`);
        el.requestUpdate();
        await el.updateComplete;
        document.body.style.background = '#222';
        await settle();
        expect(looksDark(el)).to.equal(true);
        expect(warnings.messages()).to.deep.equal([
          '<theme-test-element>: theme="midnight" is not accepted; use one of auto, light, dark. Using auto.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it("lets a clinic's own colours win in the dark theme too", async () => {
      const el = await fixture<HTMLElement>(html`<theme-test-element theme="dark"></theme-test-element>`);
      el.style.setProperty('--backcare-surface', '#000000');
      expect(getComputedStyle(card(el)).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).color).to.equal(rgb(colorTokens.text[2]));
    });

    it('prints in the light colours, on white paper', async () => {
      const el = await fixture<ThemeTestElement>(html`<theme-test-element theme="dark"></theme-test-element>`);
      const leave = await printMode(el);
      try {
        expect(getComputedStyle(card(el)).backgroundColor).to.equal(rgb(colorTokens.surface[1]));
      } finally {
        await leave();
      }
    });

    it('is axe-clean in both themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<ThemeTestElement>(html`<theme-test-element theme=${theme}></theme-test-element>`);
        await expect(el).to.be.accessible();
      }
    });
  });

  it('luminance matches WCAG 2 at black, white and mid grey', () => {
    expect(luminance([0, 0, 0])).to.equal(0);
    expect(luminance([255, 255, 255])).to.be.closeTo(1, 1e-9);
    expect(luminance([119, 119, 119])).to.be.closeTo(0.1845, 1e-3);
  });
});
