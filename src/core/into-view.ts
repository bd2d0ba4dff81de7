/** Whether the visitor asked for less motion. */
export const prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Scrolls a timer that has just started into view, for a patient who may be
 * on the floor and cannot scroll: all of it when it fits the screen, else from
 * `top` (the part with the count and the controls) down. Smooth unless the
 * visitor prefers reduced motion.
 */
export function bringIntoView(panel: Element | null | undefined, top: Element | null = panel ?? null): void {
  if (!panel || !top) return;
  const fits = panel.getBoundingClientRect().height <= window.innerHeight;
  (fits ? panel : top).scrollIntoView?.({ block: fits ? 'nearest' : 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}
