import { emulateMedia } from '@web/test-runner-commands';

/**
 * Puts an element in print mode and returns how to leave it. Chromium emulates print
 * media for the page. Firefox (driven over WebDriver BiDi) and WebKitGTK (WebDriver
 * classic) cannot emulate media, so there the element's own `@media print` rules are
 * applied on top of its screen styles, which is what printing does.
 */
export async function printMode(element: Element): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
    return async () => {
      await emulateMedia({ media: 'screen' });
    };
  } catch {
    const root = element.shadowRoot!;
    // A copy: adoptedStyleSheets is a live array in some engines.
    const screen = [...root.adoptedStyleSheets];
    const printRules = screen
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const print = new CSSStyleSheet();
    print.replaceSync(printRules.join('\n'));
    root.adoptedStyleSheets = [...screen, print];
    return async () => {
      root.adoptedStyleSheets = screen;
    };
  }
}
