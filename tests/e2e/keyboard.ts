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

/** Ticks each labelled choice by keyboard (Tab or arrows to it, Space), then moves on with "Lanjutkan" (Enter). */
export async function answerByKeyboard(page: Page, ...labels: string[]) {
  await tickByKeyboard(page, ...labels);
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan', exact: true }));
  await page.keyboard.press('Enter');
}

/** Ticks each labelled choice by keyboard, leaving one already ticked as it is. */
export async function tickByKeyboard(page: Page, ...labels: string[]) {
  for (const label of labels) {
    const input = page.getByLabel(label, { exact: true });
    await tabTo(page, input);
    if (!(await input.isChecked())) await page.keyboard.press('Space');
  }
}

/** Types part of a province's name into the place question, takes the first match, and moves on. */
export async function provinceByKeyboard(page: Page, typed: string) {
  await tabTo(page, page.getByRole('combobox', { name: 'Provinsi' }));
  await page.keyboard.type(typed);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan', exact: true }));
  await page.keyboard.press('Enter');
}
