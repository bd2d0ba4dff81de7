import { sendKeys } from '@web/test-runner-commands';

/**
 * Shift+Tab in every engine. Chromium and Firefox hold Shift down around a Tab;
 * WebDriver classic (WebKitGTK) only types sequences, in which the Shift code
 * point stays pressed until the end, so it types Shift then Tab.
 */
export async function shiftTab(): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
