// Moving through a page the way a keyboard user does, for the tools' browser tests.
import type { Locator, Page } from '@playwright/test';

export const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until the target has focus (at most `limit` presses); inside a radio group, the arrow keys. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit && !(await isFocused(target)); i++) {
    const inRadioGroup = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    const sameGroup = inRadioGroup && (await target.evaluate((el) => (el as HTMLInputElement).name === (document.activeElement as HTMLInputElement).name));
    await page.keyboard.press(sameGroup ? 'ArrowDown' : 'Tab');
  }
  if (!(await isFocused(target))) throw new Error('could not reach the element with the keyboard');
}
