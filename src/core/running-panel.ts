import { css, html, type TemplateResult } from 'lit';

/**
 * A timer's panel while it runs, for a patient who may be lying on the floor
 * and cannot scroll: it comes into view when started, and keeps its size.
 */

/** Whether the visitor asked for less motion. */
export const prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Scrolls a timer that has just started (or been asked for) into view: all of
 * it when it fits the screen, else from `top` (the part with the count and the
 * controls) down. Smooth unless the visitor prefers reduced motion.
 */
export function bringIntoView(panel: Element | null | undefined, top: Element | null = panel ?? null): void {
  if (!panel || !top) return;
  const fits = panel.getBoundingClientRect().height <= window.innerHeight;
  (fits ? panel : top).scrollIntoView?.({ block: fits ? 'nearest' : 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

/**
 * `shown` in a box the size of the largest of it and `others`, which lie under it unseen (and
 * unheard): a line that changes while a timer runs moves nothing around it. Each of `others`
 * carries the class `ghost` and `aria-hidden`.
 */
export function reserve(shown: TemplateResult, others: readonly TemplateResult[]): TemplateResult {
  return html`<div class="reserve">${shown}${others}</div>`;
}

/** The styles of `reserve`: every line in one grid cell, the others hidden. */
export const reserveStyles = css`
  .reserve {
    display: grid;
  }

  .reserve > * {
    grid-area: 1 / 1;
  }

  .reserve > .ghost {
    visibility: hidden;
  }
`;
