import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { customElement } from 'lit/decorators.js';
import { BackcareElement } from '../../src/core/base-element.js';
import enPhaseGuide from '../../src/data/en/phase-guide.js';
import enStretchCard from '../../src/data/en/stretch-card.js';
import enGBStretchCard from '../../src/data/en-GB/stretch-card.js';
import esStretchCard from '../../src/data/es/stretch-card.js';
import { registerWords, setWordsLoader, wordsFor, type Locale } from '../../src/data/locales.js';
import type { WidgetName } from '../../src/data/types.js';
import { captureWarnings } from '../helpers/console.js';

// As in the CDN build: English is there from the start, other languages are fetched when needed.
registerWords('en', { 'stretch-card': enStretchCard, 'phase-guide': enPhaseGuide });

interface Fetch {
  widget: WidgetName;
  locale: Locale;
  /** Lets the fetch finish: registers the words, or fails when given an error. */
  finish(error?: Error): void;
}
const fetches: Fetch[] = [];
const other = { es: esStretchCard, 'en-GB': enGBStretchCard } as const;
setWordsLoader(
  (widget, locale) =>
    new Promise<void>((resolve, reject) => {
      fetches.push({
        widget,
        locale,
        finish(error) {
          if (error) return reject(error);
          registerWords(locale, { [widget]: other[locale as keyof typeof other] });
          resolve();
        },
      });
    }),
);

@customElement('backcare-words-test')
class BackcareWordsTest extends BackcareElement<'stretch-card'> {
  protected readonly widget = 'stretch-card';
  shown?: unknown;
  override render() {
    this.shown = this.words;
    return template`<p>${this.locale}</p>`;
  }
}

@customElement('backcare-words-test-guide')
class BackcareWordsTestGuide extends BackcareElement<'phase-guide'> {
  protected readonly widget = 'phase-guide';
  override render() {
    return template`<p>${this.locale}</p>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('words fetched when a widget needs them (setWordsLoader)', () => {
  it('a widget in a language still being fetched first renders when its words are in, in that language; two widgets fetch it once', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const first = document.createElement('backcare-words-test') as BackcareWordsTest;
    const second = document.createElement('backcare-words-test') as BackcareWordsTest;
    page.append(first, second);
    const rendered = Promise.all([first.updateComplete, second.updateComplete]);
    await frame();
    await frame();
    expect([first.hasUpdated, second.hasUpdated]).to.deep.equal([false, false]);
    expect(fetches.map(({ widget, locale }) => `${widget} ${locale}`)).to.deep.equal(['stretch-card es']);
    fetches[0]!.finish();
    await rendered;
    expect([text(first), text(second)]).to.deep.equal(['es', 'es']);
    expect(first.shown).to.equal(wordsFor('stretch-card', 'es'));
  });

  it('a change of language keeps the words shown until the new ones are in, then re-renders in it', async () => {
    const el = await fixture<BackcareWordsTest>(html`<backcare-words-test lang="en"></backcare-words-test>`);
    expect(text(el)).to.equal('en');
    el.lang = 'en-GB';
    await frame();
    await frame();
    expect(text(el)).to.equal('en');
    const fetch = fetches.find(({ locale }) => locale === 'en-GB')!;
    expect(fetch.widget).to.equal('stretch-card');
    fetch.finish();
    await el.updateComplete;
    expect(text(el)).to.equal('en-GB');
    expect(el.shown).to.equal(wordsFor('stretch-card', 'en-GB'));
  });

  it('when the words cannot be fetched, warns once and shows English', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('backcare-words-test-guide') as BackcareWordsTestGuide;
      el.lang = 'es';
      document.body.append(el);
      const rendered = el.updateComplete;
      await frame();
      fetches.find(({ widget }) => widget === 'phase-guide')!.finish(new Error('offline'));
      await rendered;
      expect(text(el)).to.equal('en');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('es').and.include('backcare-phase-guide').and.include('English');
      // Not fetched again: the next update shows English at once.
      el.requestUpdate();
      await el.updateComplete;
      expect(fetches.filter(({ widget }) => widget === 'phase-guide')).to.have.length(1);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
