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
 * then removes both after printing. Nothing here writes markup from strings,
 * sets inline styles or adds a `<style>` element, so it works under a strict
 * Content-Security-Policy with Trusted Types. Without constructable stylesheets
 * on the document (browsers before 2023) the page prints as it always did.
 *
 * A page's own print (Ctrl+P) never goes through here, so it keeps the widgets'
 * ordinary print styles.
 */
import {
  adoptStyles,
  css,
  render,
  unsafeCSS,
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
const pageSheet = css`
  @layer backcare-print {
    /* The same margins in every browser, so that a one-page handout stays one page. */
    @page {
      margin: 0.5in;
    }

    @media print {
      html > :not([${unsafeCSS(rootAttribute)}]) {
        display: none !important;
      }
    }
  }
`;

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
 * Never throws; where a handout cannot be printed alone the page prints as is.
 */
export function printHandout(host: HTMLElement, template: TemplateResult, styles: CSSResultGroup): void {
  cleanUp?.();
  const sheet = canPrintAlone() ? pageSheet.styleSheet : undefined;
  if (!sheet) {
    window.print();
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

  const finish = (): void => {
    window.removeEventListener('afterprint', finish);
    for (const type of fallbackEvents) window.removeEventListener(type, finish, true);
    root.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    if (cleanUp === finish) cleanUp = undefined;
  };
  cleanUp = finish;
  window.addEventListener('afterprint', finish);
  window.print();
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
