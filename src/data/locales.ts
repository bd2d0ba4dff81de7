/**
 * The languages the widgets speak, and the table of their words.
 *
 * Each widget's words in each language live in their own module
 * (`<locale>/<widget>.ts`) and are registered here by whoever loads them, so
 * that a page or a bundle carries only the widgets and languages it uses. A
 * regional variant (`en-GB`) registers only what differs from its base
 * language; the rest is read from the base.
 */

import type { PartialWords, WidgetName, Words } from './types.js';

export const supportedLocales = ['en', 'es', 'en-GB'] as const;

export type Locale = (typeof supportedLocales)[number];

export const defaultLocale: Locale = 'en';

/** A regional variant's base language, whose words fill in what the variant leaves out. */
const baseOf: Partial<Record<Locale, Locale>> = { 'en-GB': 'en' };

export function isLocale(value: string): value is Locale {
  return (supportedLocales as readonly string[]).includes(value);
}

/**
 * The supported locale for a BCP 47 tag: the exact region when it has its own
 * words (`en-gb` → `en-GB`), else the language (`es-MX` → `es`, `en-US` → `en`).
 * `undefined` when the language is not supported.
 */
export function matchLocale(tag: string): Locale | undefined {
  const [language = '', region = ''] = tag.trim().toLowerCase().split(/[-_]/);
  const regional = supportedLocales.find((locale) => locale.toLowerCase() === `${language}-${region}`);
  if (region && regional) return regional;
  return supportedLocales.find((locale) => locale === language);
}

type Registered = { [W in keyof Words]?: PartialWords<Words[W]> };

const registered = new Map<Locale, Registered>();
const merged = new Map<string, unknown>();

/** Adds one language's words for some widgets (a regional variant: only what differs). */
export function registerWords(locale: Locale, words: Registered): void {
  registered.set(locale, { ...registered.get(locale), ...words });
  merged.clear();
}

/** Whether `locale`'s words for `widget` have been registered (and so can be shown now). */
export function hasWords(widget: keyof Words, locale: Locale): boolean {
  return registered.get(locale)?.[widget] !== undefined;
}

/**
 * The language `widget` speaks when asked for `locale`: that one when its words
 * are registered (a regional variant also over its base's), else English.
 */
export function localeWithWords(widget: WidgetName, locale: Locale): Locale {
  return hasWords(widget, locale) || baseOf[locale] ? locale : defaultLocale;
}

/** Fetches and registers a widget's words in one language. */
export type WordsLoader = (widget: WidgetName, locale: Locale) => Promise<void>;

let loadWords: WordsLoader | undefined;
const loads = new Map<string, Promise<void>>();
const tried = new Set<string>();

/**
 * Lets a build whose modules carry English only (the CDN loader's) fetch
 * another language when a widget turns out to speak it.
 */
export function setWordsLoader(loader: WordsLoader): void {
  loadWords = loader;
}

/**
 * Settles once `widget`'s words in `locale` are fetched; `undefined` when there
 * is nothing to wait for: they are registered, nothing can fetch them, or
 * fetching them failed (one warning; the widget shows English).
 */
export function wordsLoading(widget: WidgetName, locale: Locale): Promise<void> | undefined {
  const key = `${locale} ${widget}`;
  if (!loadWords || hasWords(widget, locale) || tried.has(key)) return undefined;
  let load = loads.get(key);
  if (!load) {
    load = loadWords(widget, locale)
      .catch((error: unknown) => {
        console.warn(`backcare-widgets: could not load the ${locale} words of <backcare-${widget}> (${String(error)}); showing English.`);
      })
      .finally(() => tried.add(key));
    loads.set(key, load);
  }
  return load;
}

/**
 * `widget`'s words in `locale`, with a regional variant's gaps filled from its
 * base language; the default language's when `locale`'s are not registered.
 */
export function wordsFor<W extends keyof Words>(widget: W, locale: Locale): Words[W] {
  const key = `${locale} ${widget}`;
  if (!merged.has(key)) {
    const own = registered.get(locale)?.[widget];
    const base = baseOf[locale];
    const words =
      own === undefined
        ? locale === defaultLocale
          ? undefined
          : wordsFor(widget, base ?? defaultLocale)
        : base
          ? overlay(wordsFor(widget, base), own)
          : own;
    if (words === undefined) throw new Error(`backcare-widgets: no ${defaultLocale} words registered for ${widget}`);
    merged.set(key, words);
  }
  return merged.get(key) as Words[W];
}

/** `base` with every key that `changes` sets replaced; objects are merged key by key, arrays replaced whole. */
export function overlay<T>(base: T, changes: PartialWords<T> | undefined): T {
  if (changes === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(changes)) return changes as T;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    result[key] = overlay((base as Record<string, unknown>)[key], value as never);
  }
  return result as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
