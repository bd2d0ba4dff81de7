import { setViewport } from '@web/test-runner-commands';

/**
 * Sets the page's viewport where the engine can (Chromium, Firefox). WebKitGTK under WebDriver
 * classic cannot, and keeps its window's size: tests that use this measure against
 * `window.innerHeight`, so they hold there too, at that size.
 */
export async function trySetViewport(size: { width: number; height: number }): Promise<void> {
  try {
    await setViewport(size);
  } catch {
    // The window's own size stands.
  }
}
