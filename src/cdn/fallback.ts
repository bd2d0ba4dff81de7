/**
 * What a widget says while its script is on the way, or when it could not load: the emergency
 * signs in the red-flag checker's own words and the number to call (the element's
 * `emergency-number`, else the page language's), with the clinic's phone when the element names
 * one. It is plain light-DOM content of the element, built from text nodes, so it shows with no
 * styles and under any Content-Security-Policy; once the element renders, its shadow root (which
 * has no slot) hides it. An element that carries fallback content of its own (the README's snippets) keeps that.
 *
 * English only (the loader's entry carries no other language), with the number of the page's
 * country for UK English.
 */
import { formatText } from '../core/format.js';
import { roomBeforeRender } from '../core/room.js';
import words from './fallback-words.js';

const status = {
  waiting: 'This back pain tool is still loading.',
  failed: 'This back pain tool could not load. Check your connection and reload the page.',
} as const;

export type FallbackState = keyof typeof status;

const marker = 'data-backcare-fallback';
/** The loader's message in `element`, if it shows one (looked up in the page, so two copies of the loader share it). */
const messageIn = (element: Element) => element.querySelector(`:scope > [${marker}]`);

function emergencyNumber(element: Element): string {
  const own = element.getAttribute('emergency-number')?.trim();
  if (own && /^[\d\s+()-]{2,20}$/.test(own)) return own;
  const lang = element.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
  return /^en[-_]gb\b/.test(lang) ? words.ukEmergencyNumber : words.emergencyNumber;
}

function paragraph(text: string, strong = false): HTMLElement {
  const p = document.createElement('p');
  if (strong) p.append(Object.assign(document.createElement('strong'), { textContent: text }));
  else p.textContent = text;
  return p;
}

/** Whether the page gave the element content of its own to show before (or instead of) the widget. */
function hasOwnContent(element: Element): boolean {
  return [...element.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || Boolean(node.textContent?.trim()));
}

/** Shows the emergency signs and the number in `element` (once), with a line saying `state`. */
export function showFallback(element: Element, state: FallbackState): void {
  const existing = messageIn(element);
  if (existing) {
    existing.lastElementChild!.textContent = status[state];
    return;
  }
  if (hasOwnContent(element)) return;
  const number = emergencyNumber(element);
  const message = document.createElement('div');
  message.setAttribute(marker, '');
  const list = document.createElement('ul');
  list.append(...words.summaries.map((summary) => Object.assign(document.createElement('li'), { textContent: summary })));
  message.append(paragraph(formatText(words.getHelpNow, { number }), true), paragraph(formatText(words.emergencySigns, { number })), list);
  const phone = element.getAttribute('clinic-phone')?.trim();
  if (phone) message.append(paragraph(formatText(words.callClinic, { clinic: words.yourClinic, phone })));
  message.append(paragraph(status[state]));
  element.append(message);
}

/**
 * Keeps a widget's room while it waits for its script (the README gives the same rule for
 * pages to include in their own CSS). A constructed style sheet: allowed by a strict
 * Content-Security-Policy, where a `<style>` element would not be.
 */
export function keepRoom(tags: readonly string[]): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${tags.map((tag) => `${tag}:not(:defined)`).join(', ')} { display: block; min-block-size: ${roomBeforeRender}; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An older browser without constructed style sheets: the widget still loads, the page may jump.
  }
}
