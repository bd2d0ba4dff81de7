/**
 * Which language a widget speaks: its own `lang`, then the nearest ancestor
 * with `lang` (crossing shadow roots), then `<html lang>`, then English.
 * A region counts where it has its own words (`en-GB`); otherwise only the
 * language does (`es-MX` is Spanish, `en-US` is English).
 */

import { defaultLocale, matchLocale, type Locale } from '../data/locales.js';

/** The `lang` in force for an element, or '' when none is set anywhere. */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

export interface ResolvedLocale {
  locale: Locale;
  /** The language that was asked for and is not supported, if any. */
  unsupported?: string;
}

export function resolveLocale(lang: string): ResolvedLocale {
  if (lang.trim() === '') return { locale: defaultLocale };
  const locale = matchLocale(lang);
  return locale ? { locale } : { locale: defaultLocale, unsupported: lang };
}

/**
 * One observer for the whole page tells every connected widget when a `lang`
 * attribute changes above it, so a page that switches language switches the
 * widgets too.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeLangChanges(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
