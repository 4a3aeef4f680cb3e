import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('a reading page loads no search code or index until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/dokumen/sop-pengaduan/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /dialog|indeks|load\./.test(u))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Cari di semua dokumen' })).toBeFocused();
  expect(requests.some((u) => /dialog/.test(u))).toBe(true);
});

test('opened with "/", a query typed straight away finds the clause, navigable by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('nota kesepahaman');
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  await expect(box).toHaveValue('nota kesepahaman');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Pedoman Kemitraan' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'cari-pilihan-0');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first().locator('mark').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'cari-pilihan-1');
  await page.keyboard.press('ArrowUp');
  await expect(box).toHaveAttribute('aria-activedescendant', 'cari-pilihan-0');
  const chosen = (await options.first().getAttribute('data-url'))!;
  expect(await options.evaluateAll((os) => os.map((o) => o.getAttribute('data-url')))).toContain('/dokumen/pedoman-kemitraan/0.2/#nota-kesepahaman');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${chosen.replace(/[.#/]/g, '\\$&')}$`));
});

test('Ctrl+K opens search too, and Escape closes it', async ({ page }) => {
  await page.goto('/dokumen/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
});

test('the default scope is current versions; a switch widens it to every version', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cari', exact: true }).click();
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  // `penyempurnaan` stands only in version 0.1 of the partnership guideline, which is no longer current.
  const removedClause = page.locator('[role="option"][data-url="/dokumen/pedoman-kemitraan/0.1/#penyempurnaan"]');
  await box.fill('penyempurnaan');
  await expect(page.locator('#cari-status')).toContainText('penyempurnaan');
  await expect(removedClause).toHaveCount(0);
  expect(await page.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-url')).filter((u) => u?.startsWith('/dokumen/pedoman-kemitraan/0.1/')))).toEqual([]);
  await page.getByLabel('Cari juga di versi lama').check();
  await expect(removedClause).toBeVisible();
});

test('nothing found says so, with useful links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada yang cocok dengan “zzzqqq”' })).toBeVisible();
  await expect(page.locator('#cari-status').getByRole('link', { name: 'daftar dokumen' })).toBeVisible();
});

test('a search can be linked: /cari/?q= shows its results, grouped by document', async ({ page }) => {
  await page.goto('/cari/?q=rujukan+kekerasan+seksual');
  await expect(page.getByLabel('Cari di semua dokumen')).toHaveValue('rujukan kekerasan seksual');
  await expect(page.getByRole('heading', { level: 2, name: 'Panduan Rujukan' })).toBeVisible();
  await expect(page.locator('.search-results a[href$="/dokumen/panduan-rujukan/0.3/#uptd-ppa"]')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a tampered or overlong query on the search page gets an answer, not an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const q of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'a'.repeat(5000), '%25%25%25']) {
    await page.goto(`/cari/?q=${q}`);
    await expect(page.locator('#hasil-cari .search-status')).toBeVisible();
  }
  expect(errors).toEqual([]);
  expect(await page.locator('#hasil-cari script').count()).toBe(0);
});
