/**
 * The CDN build's elements carry their words in English only (the language
 * every widget falls back to); the words every widget shares, such as the
 * emergency number, come in every language. When a widget turns out to speak
 * another language, its words in that language are fetched: a small chunk
 * found beside this one.
 */
import { inheritedLang, resolveLocale } from '../core/locale.js';
import { registerWords, setWordsLoader, wordsLoading, type Locale } from '../data/locales.js';
import type { PartialWords, WidgetName, Words } from '../data/types.js';

type Chunks = { [W in WidgetName]: () => Promise<{ default: PartialWords<Words[W]> }> };

const chunks: Record<Exclude<Locale, 'en'>, Chunks> = {
  es: {
    'red-flag-checker': () => import('../data/es/red-flag-checker.js'),
    'phase-guide': () => import('../data/es/phase-guide.js'),
    'treatment-checklist': () => import('../data/es/treatment-checklist.js'),
    'stretch-card': () => import('../data/es/stretch-card.js'),
  },
  'en-GB': {
    'red-flag-checker': () => import('../data/en-GB/red-flag-checker.js'),
    'phase-guide': () => import('../data/en-GB/phase-guide.js'),
    'treatment-checklist': () => import('../data/en-GB/treatment-checklist.js'),
    'stretch-card': () => import('../data/en-GB/stretch-card.js'),
  },
};

setWordsLoader(async (widget, locale) => {
  if (locale === 'en') return;
  const words = await chunks[locale][widget]();
  registerWords(locale, { [widget]: words.default } as Parameters<typeof registerWords>[1]);
});

/** Starts fetching the words `element` will speak, so they arrive with its element's chunk. */
export function fetchWords(element: Element): void {
  const widget = element.localName.slice('backcare-'.length) as WidgetName;
  void wordsLoading(widget, resolveLocale(inheritedLang(element)).locale);
}
