/**
 * Prints a handout, and only the handout, from whatever page a widget sits in.
 *
 * `window.print()` prints the whole host page: the site's header, every other
 * widget, the page's own print styles. A widget that wants to hand the patient
 * one clean sheet calls `printHandout` instead. For the length of the print it
 *
 * - appends a print root after `<body>`, as the last child of `<html>`,
 *   holding the handout in its own shadow root (rendered with Lit, styled by
 *   constructable stylesheets), hidden on screen and shown on paper;
 * - adopts one document-level stylesheet that, on paper only, hides `<body>`
 *   and anything else beside the root. Hiding `<body>` as a whole, rather
 *   than its children, also hides custom elements placed directly in it whose
 *   own `:host { display: block !important }` would beat any page rule.
 *
 * - while the browser prints (from `beforeprint` to `afterprint`), sets
 *   `display: none !important` on `<body>` and the other children of `<html>`
 *   and `zoom: 1 !important` on `<html>` through the CSSOM: an inline
 *   `!important` declaration beats every rule of the page, even an
 *   `!important` one in the page's own `@layer` (which beats any later layer,
 *   ours included). They are put back as they were afterwards.
 *
 * then removes all of it after printing. The page's `@page` margins and margin
 * boxes (running headers, page numbers), `html::before`/`::after` and `zoom`
 * stay off the handout. Nothing here writes markup from strings, sets a style
 * attribute in markup or adds a `<style>` element, so it works under a strict
 * Content-Security-Policy with Trusted Types (the CSSOM is allowed there).
 * Without constructable stylesheets on the document (browsers before 2023) the
 * page prints as it always did.
 *
 * A browser that does not print at all (a sandboxed iframe without
 * `allow-modals` ignores `window.print()`) sends no `beforeprint`: after
 * `PRINT_WAIT_MS` the widget is told, and says so to the patient.
 *
 * A page's own print (Ctrl+P) never goes through here, so it keeps the widgets'
 * ordinary print styles.
 */
import {
  adoptStyles,
  css,
  html,
  nothing,
  render,
  unsafeCSS,
  type ReactiveControllerHost,
  type CSSResultGroup,
  type CSSResultOrNative,
  type TemplateResult,
} from 'lit';
import { inheritedLang } from './locale.js';

/** Marks the print root; the page-level rule hides everything else under `<html>`. */
const rootAttribute = 'data-backcare-print-root';

/**
 * On paper, everything under `<html>` but the print root is hidden. In a
 * cascade layer because an `!important` rule in a layer beats the page's
 * unlayered `!important` rules whatever their specificity.
 */
const marginBoxes = [
  'top-left-corner',
  'top-left',
  'top-center',
  'top-right',
  'top-right-corner',
  'right-top',
  'right-middle',
  'right-bottom',
  'bottom-right-corner',
  'bottom-right',
  'bottom-center',
  'bottom-left',
  'bottom-left-corner',
  'left-bottom',
  'left-middle',
  'left-top',
];

/**
 * The page margin every handout prints with, in inches: the same in every
 * browser, so a one-page handout stays one page (Letter leaves 7.7 × 10.2 in,
 * A4 7.47 × 10.89 in).
 */
export const PAGE_MARGIN_IN = 0.4;

const pageSheet = css`
  @layer backcare-print {
    /* The same margins in every browser, and none of the site's running headers, footers or page numbers. */
    @page {
      margin: ${unsafeCSS(PAGE_MARGIN_IN)}in !important;
      ${unsafeCSS(marginBoxes.map((box) => `@${box} { content: none !important; }`).join('\n'))}
    }

    @media print {
      html {
        zoom: 1 !important;
      }

      html::before,
      html::after {
        content: none !important;
        display: none !important;
      }

      html > :not([${unsafeCSS(rootAttribute)}]) {
        display: none !important;
      }
    }
  }
`;

/** How long the browser may take to begin printing before the widget says it cannot. */
export const PRINT_WAIT_MS = 1000;

/** What a widget hears of a print: it began, or the browser did not print at all. */
export interface PrintEvents {
  onPrinting?: () => void;
  onBlocked?: () => void;
}

/**
 * Inline `!important` on the page's own boxes for the length of the print:
 * returns how to put them back as they were (attribute and all).
 */
function forceOffPaper(root: Element): () => void {
  const undo: (() => void)[] = [];
  const force = (element: Element, property: string, value: string) => {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return;
    const { style } = element;
    const hadAttribute = element.hasAttribute('style');
    const before = style.getPropertyValue(property);
    const priority = style.getPropertyPriority(property);
    style.setProperty(property, value, 'important');
    undo.push(() => {
      if (before) style.setProperty(property, before, priority);
      else style.removeProperty(property);
      if (!hadAttribute && !element.getAttribute('style')) element.removeAttribute('style');
    });
  };
  force(document.documentElement, 'zoom', '1');
  for (const child of document.documentElement.children) if (child !== root) force(child, 'display', 'none');
  return () => {
    for (const step of undo.reverse()) step();
  };
}

/**
 * Calls `window.print()` and tells `events` whether the browser began printing
 * (`beforeprint`) or not within `PRINT_WAIT_MS`. Returns how to stop listening.
 */
function printWatched(events: PrintEvents | undefined, onBeforePrint: () => void): () => void {
  let began = false;
  const before = (): void => {
    began = true;
    onBeforePrint();
    events?.onPrinting?.();
  };
  window.addEventListener('beforeprint', before);
  const timer = setTimeout(() => {
    if (!began) events?.onBlocked?.();
  }, PRINT_WAIT_MS);
  try {
    window.print();
  } catch {
    // A frame or webview that refuses print() outright: the patient is told.
    clearTimeout(timer);
    events?.onBlocked?.();
  }
  return () => window.removeEventListener('beforeprint', before);
}

/**
 * The print root's own box: `!important` in a shadow root beats the page's
 * `!important` rules, so a page's reset (`* { all: unset !important }`) can
 * neither show the root on screen nor hide it on paper.
 */
const rootStyles = css`
  :host {
    all: initial !important;
    display: none !important;
  }

  @media print {
    :host {
      display: block !important;
      color: #000 !important;
      background: #fff !important;
    }
  }
`;

/** Whether this browser can print a handout alone (constructable stylesheets on the document). */
const canPrintAlone = (): boolean =>
  typeof document !== 'undefined' &&
  'adoptedStyleSheets' in Document.prototype &&
  'replaceSync' in CSSStyleSheet.prototype;

/** Removes the print root and the page-level sheet of the current print, if any. */
let cleanUp: (() => void) | undefined;

/**
 * Opens the browser's print dialog with `template` as the only thing printed.
 *
 * @param host - The element asking (its `lang` and text direction carry over
 *   to the handout, and it is `this` in the template's event listeners).
 * @param template - The handout, rendered with Lit into its own shadow root.
 * @param styles - The handout's styles (screen and print alike: the handout is
 *   only ever seen on paper). Lit `css` results or `CSSStyleSheet`s.
 *
 * @param events - Told when printing begins, or that the browser did not print.
 *
 * Never throws; where a handout cannot be printed alone the page prints as is.
 */
export function printHandout(
  host: HTMLElement,
  template: TemplateResult,
  styles: CSSResultGroup,
  events?: PrintEvents,
): void {
  cleanUp?.();
  const sheet = canPrintAlone() ? pageSheet.styleSheet : undefined;
  if (!sheet) {
    printWatched(events, () => undefined);
    return;
  }
  const root = document.createElement('div');
  root.setAttribute(rootAttribute, '');
  const lang = inheritedLang(host);
  if (lang) root.lang = lang;
  root.dir = getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr';
  const shadow = root.attachShadow({ mode: 'open' });
  adoptStyles(shadow, [...flatten(styles), rootStyles]);
  render(template, shadow, { host });
  document.documentElement.append(root);

  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  let restore: (() => void) | undefined;
  /** Stops listening for `beforeprint` (set once printing is asked for). */
  const watching = { stop: (): void => undefined };
  const finish = (): void => {
    window.removeEventListener('afterprint', finish);
    for (const type of fallbackEvents) window.removeEventListener(type, finish, true);
    watching.stop();
    restore?.();
    restore = undefined;
    root.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    if (cleanUp === finish) cleanUp = undefined;
  };
  cleanUp = finish;
  window.addEventListener('afterprint', finish);
  watching.stop = printWatched(events, () => (restore ??= forceOffPaper(root)));
  // Ended before print() returned: stop listening for a second beforeprint.
  if (cleanUp !== finish) watching.stop();
  // Some browsers never send `afterprint` (or send it before `print()` returns,
  // when this is a no-op): the patient's next touch or key on the page ends it.
  if (cleanUp === finish) for (const type of fallbackEvents) window.addEventListener(type, finish, true);
}

/** What tells us the print dialog has closed when `afterprint` does not. */
const fallbackEvents = ['pointerdown', 'keydown'] as const;

/** Lit's nested style arrays as one flat list. */
function flatten(styles: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(styles)
    ? styles.flatMap((entry: CSSResultGroup) => flatten(entry))
    : [styles as CSSResultOrNative];
}

/**
 * A widget's Print: prints the handout alone (`printHandout`) and, where the
 * browser does not print, renders the words that say so beside the button.
 *
 * ```ts
 * readonly #printer = new HandoutPrinter(this);
 * on the Print button:  this.printer.print(handout, handoutStyles);
 * render():             ${this.printer.renderBlocked(this.common.printBlocked)}
 * ```
 */
export class HandoutPrinter {
  private isBlocked = false;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
  }

  get blocked(): boolean {
    return this.isBlocked;
  }

  print(template: TemplateResult, styles: CSSResultGroup): void {
    this.set(false);
    printHandout(this.host, template, styles, {
      onPrinting: () => this.set(false),
      onBlocked: () => this.set(true),
    });
  }

  /** "Printing does not work here...", only after a Print that the browser ignored. */
  renderBlocked(text: string): TemplateResult | typeof nothing {
    return this.isBlocked ? html`<p class="print-blocked" part="print-blocked" role="alert">${text}</p>` : nothing;
  }

  private set(blocked: boolean): void {
    if (blocked === this.isBlocked) return;
    this.isBlocked = blocked;
    this.host.requestUpdate();
  }
}
