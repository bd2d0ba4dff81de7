/**
 * The CDN loader (`dist/cdn/backcare-widgets.js`, one module script tag):
 * defines the backcare elements a page uses, and those it adds later, and no
 * others. Each element is a chunk of its own, with Lit and the shared code in
 * chunks beside it; a widget in Spanish fetches its Spanish words beside its
 * element's chunk (English and UK English come with the element). Every chunk
 * is found relative to this file, wherever it is served from.
 *
 * It never leaves a blank: each chunk is tried a few times (retry.ts); a widget
 * still waiting after `fallbackAfter`, or whose chunk could not load, shows the
 * emergency signs and the number (fallback.ts); a widget added later tries again.
 */
import type { WidgetName } from '../data/types.js';
import { keepRoom, showFallback } from './fallback.js';
import { importWithRetry } from './retry.js';

const elements = {
  'backcare-red-flag-checker': () => import('../components/red-flag-checker/define.js'),
  'backcare-phase-guide': () => import('../components/phase-guide/define.js'),
  'backcare-treatment-checklist': () => import('../components/treatment-checklist/define.js'),
  'backcare-stretch-card': () => import('../components/stretch-card/define.js'),
} satisfies Record<`backcare-${WidgetName}`, () => Promise<unknown>>;

type Tag = keyof typeof elements;
const tags = Object.keys(elements) as Tag[];

/** How long a widget may wait for its script before it shows the emergency signs meanwhile. */
export const fallbackAfter = 1000;

/** The tags being loaded; one that could not load is taken out, so a widget added later tries again. */
const loading = new Set<Tag>();

function isTag(name: string): name is Tag {
  return Object.prototype.hasOwnProperty.call(elements, name);
}

const undefinedWidgets = (tag: Tag) => [...document.querySelectorAll(`${tag}:not(:defined)`)];

/**
 * Loads what the backcare elements in `root` (and `root` itself) need. The
 * document and what is added to it later are looked at already; call this for
 * a shadow root of your own that holds widgets.
 */
export function discover(root: ParentNode): void {
  const candidates = root instanceof Element && !root.matches(':defined') ? [root] : [];
  const waiting = [...candidates, ...root.querySelectorAll(':not(:defined)')].filter((element) => isTag(element.localName));
  if (waiting.length === 0) return;
  // Words in Spanish are fetched alongside the element's chunk; a widget never waits long for them.
  importWithRetry(() => import('./languages.js')).then(({ fetchWords, retryWith }) => {
    retryWith(importWithRetry);
    waiting.forEach(fetchWords);
  }, warnNotLoaded('the languages'));
  setTimeout(() => waiting.forEach((element) => element.matches(':not(:defined)') && showFallback(element, 'waiting')), fallbackAfter);
  for (const { localName } of waiting) {
    const tag = localName as Tag;
    if (loading.has(tag)) continue;
    loading.add(tag);
    importWithRetry(elements[tag]).then(
      () => {
        if (tags.every((name) => customElements.get(name))) added.disconnect();
      },
      (error: unknown) => {
        loading.delete(tag);
        warnNotLoaded(`<${tag}>`)(error);
        undefinedWidgets(tag).forEach((element) => showFallback(element, 'failed'));
      },
    );
  }
}

function warnNotLoaded(what: string): (error: unknown) => void {
  return (error) => console.warn(`backcare-widgets: could not load ${what} (${String(error)}).`);
}

const added = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});
added.observe(document.documentElement, { childList: true, subtree: true });
keepRoom(tags);
discover(document);
