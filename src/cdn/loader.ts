/**
 * The CDN loader (`dist/cdn/backcare-widgets.js`, one module script tag):
 * defines the backcare elements a page uses, and those it adds later, and no
 * others. Each element is a chunk of its own, with Lit and the shared code in
 * chunks beside it; a widget in another language than English fetches that
 * language's chunk before it first renders. Every chunk is found relative to
 * this file, wherever it is served from.
 */
import type { WidgetName } from '../data/types.js';

const elements = {
  'backcare-red-flag-checker': () => import('../components/red-flag-checker/define.js'),
  'backcare-phase-guide': () => import('../components/phase-guide/define.js'),
  'backcare-treatment-checklist': () => import('../components/treatment-checklist/define.js'),
  'backcare-stretch-card': () => import('../components/stretch-card/define.js'),
} satisfies Record<`backcare-${WidgetName}`, () => Promise<unknown>>;

type Tag = keyof typeof elements;

const requested = new Set<Tag>();

function isTag(name: string): name is Tag {
  return Object.prototype.hasOwnProperty.call(elements, name);
}

/**
 * Loads what the backcare elements in `root` (and `root` itself) need. The
 * document and what is added to it later are looked at already; call this for
 * a shadow root of your own that holds widgets.
 */
export function discover(root: ParentNode): void {
  const candidates = root instanceof Element && !root.matches(':defined') ? [root] : [];
  const waiting = [...candidates, ...root.querySelectorAll(':not(:defined)')].filter((element) => isTag(element.localName));
  if (waiting.length === 0) return;
  // The words of a language other than English are fetched alongside the element's chunk.
  import('./languages.js').then(({ fetchWords }) => waiting.forEach(fetchWords), warnNotLoaded('the languages'));
  for (const { localName } of waiting) {
    const tag = localName as Tag;
    if (requested.has(tag)) continue;
    requested.add(tag);
    elements[tag]().catch(warnNotLoaded(`<${tag}>`));
  }
  if (requested.size === Object.keys(elements).length) added.disconnect();
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
discover(document);
