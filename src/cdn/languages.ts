/**
 * The CDN loader's side of the languages (data/languages.ts): fetches the words a widget will
 * speak alongside its element's chunk, with the loader's retries.
 */
import { inheritedLang, resolveLocale } from '../core/locale.js';
import { wordsLoading } from '../data/locales.js';
import type { WidgetName } from '../data/types.js';
import '../data/languages.js';

export { retryWith } from '../data/languages.js';

/** Starts fetching the words `element` will speak, so they arrive with its element's chunk. */
export function fetchWords(element: Element): void {
  const widget = element.localName.slice('backcare-'.length) as WidgetName;
  void wordsLoading(widget, resolveLocale(inheritedLang(element)).locale);
}
