/**
 * The CDN build's elements carry their words in English and UK English (a
 * few hundred bytes that differ, so a UK patient never gets US services for
 * want of a chunk); the words every widget shares, such as the emergency
 * number, come in every language. When a widget turns out to speak Spanish,
 * its Spanish words are fetched: a small chunk found beside this one, tried a
 * few times. Until they arrive the widget works in English.
 */
import { inheritedLang, resolveLocale } from '../core/locale.js';
import { registerWords, setWordsLoader, wordsLoading, type Locale } from '../data/locales.js';
import type { PartialWords, WidgetName, Words } from '../data/types.js';

type Chunks = { [W in WidgetName]: () => Promise<{ default: PartialWords<Words[W]> }> };

const chunks: Partial<Record<Locale, Chunks>> = {
  es: {
    'red-flag-checker': () => import('../data/es/red-flag-checker.js'),
    'phase-guide': () => import('../data/es/phase-guide.js'),
    'treatment-checklist': () => import('../data/es/treatment-checklist.js'),
    'stretch-card': () => import('../data/es/stretch-card.js'),
  },
};

type Retry = <T>(load: () => Promise<T>) => Promise<T>;
let tryImport: Retry = (load) => load();

/**
 * Fetches the words with the loader's retries (retry.ts). The entry hands them over rather than
 * this chunk importing them, so that the entry needs no chunk before it can show the emergency signs.
 */
export function retryWith(retry: Retry): void {
  tryImport = retry;
}

setWordsLoader(async (widget, locale) => {
  const load = chunks[locale]?.[widget];
  if (!load) return;
  const words = await tryImport(load);
  registerWords(locale, { [widget]: words.default } as Parameters<typeof registerWords>[1]);
});

/** Starts fetching the words `element` will speak, so they arrive with its element's chunk. */
export function fetchWords(element: Element): void {
  const widget = element.localName.slice('backcare-'.length) as WidgetName;
  void wordsLoading(widget, resolveLocale(inheritedLang(element)).locale);
}
