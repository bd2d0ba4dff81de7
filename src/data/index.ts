/**
 * The content module: one `Content` per supported language. DOM-free, so it
 * can be imported in Node (`backcare-widgets/content`).
 */

// Sources first, then the languages that cite them: the bundle compresses best in this order.
import { sources } from './sources.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Content } from './types.js';

export * from './types.js';
export { sources };
export { sourceIds, isSourceId, type Source } from './sources.js';

export const locales = { en, es } as const satisfies Record<string, Content>;

export type Locale = keyof typeof locales;

export const supportedLocales = Object.keys(locales) as Locale[];

export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

export function contentFor(locale: Locale): Content {
  return locales[locale];
}
