/**
 * The room a widget keeps before it has rendered: about what the shortest widget takes, and
 * never more than a screen. Kept while the element waits for its script (`:not(:defined)`,
 * the CDN loader and the README's CSS) and for its first render (first-render.ts), so the page
 * below does not jump when the widget appears.
 */
export const roomBeforeRender = 'min(100vh, 60em)';
