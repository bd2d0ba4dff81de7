import { emulateMedia } from '@web/test-runner-commands';

let restore: (() => void) | undefined;

/**
 * Makes the page prefer reduced motion, or not. Chromium emulates the media feature. Firefox
 * (driven over WebDriver BiDi) and WebKitGTK (WebDriver classic) cannot emulate media, so there
 * `matchMedia` answers the `prefers-reduced-motion` queries as asked, which is how the widgets
 * read it. `preferReducedMotion(false)` also undoes that.
 */
export async function preferReducedMotion(reduce: boolean): Promise<void> {
  restore?.();
  restore = undefined;
  try {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  } catch {
    const original = window.matchMedia;
    const answer = (query: string) =>
      ({
        matches: reduce === /:\s*reduce/.test(query),
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
    window.matchMedia = (query: string) => (/prefers-reduced-motion/.test(query) ? answer(query) : original.call(window, query));
    restore = () => {
      window.matchMedia = original;
    };
  }
}
