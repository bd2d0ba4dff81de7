/**
 * Every widget's words come with it in English and UK English (UK English is
 * only what differs: a few hundred bytes, so a UK patient never gets US
 * services for want of a request). The words every widget shares, such as the
 * emergency number, come in every language (words/common.ts). A widget that
 * turns out to speak another language fetches its words in that language, a
 * module of their own that a bundler splits off, so a page carries only the
 * languages it speaks. Until they arrive the widget works in English.
 *
 * An app that wants a language with no extra request imports it up front:
 * `backcare-widgets/languages/es.js` (src/languages/).
 */
import { registerWords, setWordsLoader, type Locale } from './locales.js';
import type { PartialWords, WidgetName, Words } from './types.js';

type Fetches = { [W in WidgetName]: () => Promise<{ default: PartialWords<Words[W]> }> };

const fetches: Partial<Record<Locale, Fetches>> = {
  es: {
    'red-flag-checker': () => import('./es/red-flag-checker.js'),
    'phase-guide': () => import('./es/phase-guide.js'),
    'treatment-checklist': () => import('./es/treatment-checklist.js'),
    'stretch-card': () => import('./es/stretch-card.js'),
  },
};

type Retry = <T>(load: () => Promise<T>) => Promise<T>;
let tryImport: Retry = (load) => load();

/**
 * Fetches the words with a loader's retries (the CDN loader's, cdn/retry.ts). The loader hands
 * them over rather than this module importing them, so that it needs nothing of the loader's.
 */
export function retryWith(retry: Retry): void {
  tryImport = retry;
}

setWordsLoader(async (widget, locale) => {
  const load = fetches[locale]?.[widget];
  if (!load) return;
  const words = await tryImport(load);
  registerWords(locale, { [widget]: words.default } as Parameters<typeof registerWords>[1]);
});
