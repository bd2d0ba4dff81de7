/**
 * Light or dark colours for a widget, from its `theme` attribute: `light` or
 * `dark` force one; `auto` (the default) looks at what the widget sits on: the
 * first opaque background among its ancestors (crossing shadow roots), else
 * the page's `color-scheme`, and picks dark when that background is dark.
 *
 * A site's own dark-mode toggle changes a class, a style, a data attribute or
 * `color-scheme` on `<html>` or `<body>`, or the visitor's system setting; one
 * observer for the page re-checks every widget then (and when a background
 * transition ends), without polling.
 *
 * The result is the host's `dark` custom state (`:host(:state(dark))` in
 * tokens.ts), which changes no attribute a page or framework could see.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseEnum } from './attributes.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Red, green, blue (0–255) and alpha (0–1). */
type Rgba = [number, number, number, number];

/** Relative luminance (WCAG 2) of an sRGB colour. */
export function luminance([r, g, b]: Rgba | readonly [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this luminance white text reads better than black (both are 4.58:1 here). */
const darkBelow = 0.179;

let probe: CanvasRenderingContext2D | null | undefined;

/** A computed colour as numbers; colours outside rgb() (oklch(), lab(), ...) are drawn on a 1 px canvas and read back. */
function toRgba(color: string): Rgba {
  if (color.startsWith('rgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  }
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return [0, 0, 0, 0];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The element a node is drawn inside: its slot, its parent, or the host of its shadow root. */
function drawnInside(node: Element): Element | null {
  const root = node.getRootNode();
  return node.assignedSlot ?? node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/**
 * Whether the page's canvas is dark: its `color-scheme` (from CSS, else from
 * `<meta name="color-scheme">`) is `dark`, or `light dark` with the visitor's
 * system set to dark.
 */
function pageSchemeIsDark(): boolean {
  const css = getComputedStyle(document.documentElement).colorScheme;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const scheme = (css === 'normal' ? meta : css).split(/\s+/);
  return scheme.includes('dark') && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
}

/**
 * Whether `element` sits on a dark background: translucent backgrounds are
 * laid over the first opaque one below them (or the page's canvas). A
 * background image or gradient cannot be measured, so there the text colour
 * the site chose for it decides: light text means a dark background.
 */
export function sitsOnDark(element: Element): boolean {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = drawnInside(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return luminance(toRgba(style.color)) >= darkBelow;
    const layer = toRgba(style.backgroundColor);
    if (layer[3] > 0) layers.unshift(layer);
    if (layer[3] >= 1) break;
  }
  const canvas: Rgba = pageSchemeIsDark() ? [18, 18, 18, 1] : [255, 255, 255, 1];
  const seen = layers.reduce<Rgba>(
    (below, [r, g, b, a]) => [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a), 1],
    canvas,
  );
  return luminance(seen) < darkBelow;
}

/** One observer for the whole page: each listener runs when the page may have changed its colours. */
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;

function watchPageColors(listener: () => void): () => void {
  listeners.add(listener);
  if (!stopWatching) {
    const notify = () => listeners.forEach((recheck) => recheck());
    const onTransitionEnd = (event: TransitionEvent) => {
      if (event.propertyName.startsWith('background') || event.propertyName === 'color') notify();
    };
    const observer = new MutationObserver(notify);
    for (const element of [document.documentElement, document.body]) {
      if (element) observer.observe(element, { attributes: true });
    }
    const systemDark = matchMedia('(prefers-color-scheme: dark)');
    systemDark.addEventListener('change', notify);
    document.addEventListener('transitionend', onTransitionEnd, true);
    stopWatching = () => {
      observer.disconnect();
      systemDark.removeEventListener('change', notify);
      document.removeEventListener('transitionend', onTransitionEnd, true);
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  /** The `theme` attribute as set. */
  theme?: string;
}

/**
 * Keeps a widget's `dark` state in step with its `theme` attribute and, in
 * `auto`, with the page. A bad value warns once and is treated as `auto`.
 */
export class ThemeController implements ReactiveController {
  private readonly host: ThemeHost;
  private readonly states?: CustomStateSet;
  private theme?: string;
  private checked = false;
  private stopWatching?: () => void;

  constructor(host: ThemeHost) {
    this.host = host;
    // Browsers before 2024 have no :state(): there the widget keeps the light theme.
    if (globalThis.CSS?.supports('selector(:state(dark))')) this.states = host.attachInternals().states;
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchPageColors(this.apply);
    // Checked in the coming update, before the first paint, where every attribute is read and warned about.
    this.checked = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    if (!this.checked || this.host.theme !== this.theme) this.apply();
  }

  private apply = (): void => {
    const host = this.host;
    this.checked = true;
    this.theme = host.theme;
    const theme = parseEnum(host, 'theme', host.theme, themes, 'auto');
    const dark = theme === 'dark' || (theme === 'auto' && host.isConnected && sitsOnDark(host));
    if (dark) this.states?.add('dark');
    else this.states?.delete('dark');
  };
}
