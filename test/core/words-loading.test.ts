import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as template } from 'lit';
import { customElement } from 'lit/decorators.js';
import { BackcareElement } from '../../src/core/base-element.js';
import { firstRenderWaitForWords } from '../../src/core/first-render.js';
import enPhaseGuide from '../../src/data/en/phase-guide.js';
import enStretchCard from '../../src/data/en/stretch-card.js';
import enChecklist from '../../src/data/en/treatment-checklist.js';
import enGBStretchCard from '../../src/data/en-GB/stretch-card.js';
import esStretchCard from '../../src/data/es/stretch-card.js';
import { registerWords, setWordsLoader, wordsFor, type Locale } from '../../src/data/locales.js';
import type { WidgetName } from '../../src/data/types.js';
import { captureWarnings } from '../helpers/console.js';

// As in the CDN build: English is there from the start, other languages are fetched when needed.
registerWords('en', { 'stretch-card': enStretchCard, 'phase-guide': enPhaseGuide, 'treatment-checklist': enChecklist });

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

@customElement('backcare-words-test-checklist')
class BackcareWordsTestChecklist extends BackcareElement<'treatment-checklist'> {
  protected readonly widget = 'treatment-checklist';
  override render() {
    return template`<p>${this.locale}</p>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('words fetched when a widget needs them (setWordsLoader)', () => {
  it('a widget in a language still being fetched waits briefly for its words, then renders in it; two widgets fetch it once', async () => {
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

  it('words that never come hold the first render back no longer than firstRenderWaitForWords: English, then the language when it arrives', async () => {
    const started = performance.now();
    const el = await fixture<BackcareWordsTestChecklist>(html`<backcare-words-test-checklist lang="es"></backcare-words-test-checklist>`);
    // The words never come: the widget renders once the wait is over (with room for a busy test machine).
    await waitUntil(() => el.hasUpdated, 'rendered', { timeout: firstRenderWaitForWords + 3000 });
    expect(performance.now() - started).to.be.below(firstRenderWaitForWords + 2000);
    expect(text(el)).to.equal('en');
    fetches.find(({ widget, locale }) => widget === 'treatment-checklist' && locale === 'es')!.finish();
    await waitUntil(() => text(el) === 'es', 'switched to the words once they are in');
    el.remove();
  });

  it('a change of language while its words are fetched: every update renders at once with the words at hand, then in the new language', async () => {
    const el = await fixture<BackcareWordsTest>(html`<backcare-words-test lang="en"></backcare-words-test>`);
    const english = el.shown;
    expect(text(el)).to.equal('en');
    el.lang = 'en-GB';
    await el.updateComplete;
    // Still being fetched: the widget keeps working with English words, no update waits.
    const fetch = fetches.find(({ locale }) => locale === 'en-GB')!;
    expect(fetch.widget).to.equal('stretch-card');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shown).to.equal(english);
    fetch.finish();
    await waitUntil(() => el.shown === wordsFor('stretch-card', 'en-GB'), 'the en-GB words shown once they are in');
    expect(text(el)).to.equal('en-GB');
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
      const count = fetches.length;
      el.requestUpdate();
      await el.updateComplete;
      expect(fetches).to.have.length(count);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
