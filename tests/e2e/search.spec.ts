import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const relevance = parse(readFileSync(join(import.meta.dirname, '../../src/content/search/relevance.yaml'), 'utf8')) as { query: string; expect: string }[];
// A sample of the relevance set, one of each kind: a clause-level synonym, an abbreviation, a term lookup,
// a misspelling, slang, a place, a question.
const sample = ['hak asuh', 'UPTD PPA', 'apa itu abh', 'pengadaun', 'anak dibully di sekolah', 'kota bekasi', 'gimana cara lapor ke kpai?'].map(
  (query) => relevance.find((r) => r.query === query)!,
);
// A clause of the current version is linked at the document's own address, where that version is read.
const expected = (wanted: string) => (wanted.startsWith('/') ? new RegExp(`${wanted.replace(/[.#/]/g, '\\$&')}$`) : new RegExp(`/dokumen/${wanted.split('#')[0]}/#${wanted.split('#')[1]}$`));

async function openSearch(page: Page) {
  await page.getByRole('link', { name: 'Cari', exact: true }).click();
  return page.getByRole('combobox', { name: 'Cari di semua dokumen' });
}

const optionUrls = (page: Page) => page.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-url')!));

test('a reading page loads no search code or index until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/dokumen/sop-pengaduan/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /dialog|indeks|scope\.|typo\./.test(u))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Cari di semua dokumen' })).toBeFocused();
  expect(requests.some((u) => /dialog/.test(u))).toBe(true);
});

test('opened with "/", a query typed straight away lists the clause first, navigable by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('nota kesepahaman');
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  await expect(box).toHaveValue('nota kesepahaman');
  // What the reader sees once the answer to the whole query is in (earlier letters' answers may show first).
  await expect(page.locator('#cari-status')).toContainText('hasil untuk “nota kesepahaman”');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('data-url', '/dokumen/pedoman-kemitraan/#nota-kesepahaman');
  // Each result says what it is (clause number and heading) and where (document, chapter).
  await expect(options.first()).toContainText('Pasal 27 — Nota Kesepahaman');
  await expect(options.first()).toContainText('Pedoman Kemitraan · BAB VI — Jenis dan Bentuk Kemitraan');
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
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dokumen\/pedoman-kemitraan\/#nota-kesepahaman$/);
});

test('a result chosen with the arrow keys stays chosen when the list is drawn again', async ({ page }) => {
  await page.goto('/');
  const box = await openSearch(page);
  await box.fill('nota kesepahaman');
  await expect(page.locator('#cari-status')).toContainText('hasil untuk “nota kesepahaman”');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.locator('#cari-pilihan-1').getAttribute('data-url');
  // One more letter that changes nothing in the answer: the list is drawn again, the choice stays.
  await page.keyboard.type(' ');
  await expect(page.locator('#cari-status')).toContainText('hasil untuk “nota kesepahaman ”');
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveAttribute('data-url', chosen!);
  await expect(box).toHaveAttribute('aria-activedescendant', 'cari-pilihan-1');
  // A query whose answer no longer lists it leaves nothing chosen.
  await box.fill('zzqqxx');
  await expect(box).not.toHaveAttribute('aria-activedescendant');
});

test('Ctrl+K opens search too, and Escape closes it', async ({ page }) => {
  await page.goto('/dokumen/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
});

test('one letter does nothing: no index is fetched, and the reader is told why', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  const box = await openSearch(page);
  await box.fill('a');
  await expect(page.locator('#cari-status')).toHaveText('Ketik paling sedikit dua huruf.');
  await expect(page.getByRole('option')).toHaveCount(0);
  expect(requests.filter((u) => u.includes('/cari/indeks/'))).toEqual([]);
});

for (const { query, expect: wanted } of sample) {
  test(`"${query}": the same list, in the same order, in the dialog and on /cari/, with ${wanted} in the first three`, async ({ page }) => {
    await page.goto('/');
    const box = await openSearch(page);
    await box.fill(query);
    await expect(page.locator('#cari-status')).toContainText('hasil untuk');
    const inDialog = await optionUrls(page);
    expect(inDialog.slice(0, 3).some((u) => expected(wanted).test(u)), inDialog.join('\n')).toBe(true);
    await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#hasil-cari .search-status')).toContainText('hasil untuk');
    const onPage = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(onPage.slice(0, inDialog.length)).toEqual(inDialog);
  });
}

test('the default scope is current versions; "Semua versi" widens it', async ({ page }) => {
  await page.goto('/');
  const box = await openSearch(page);
  // `penyempurnaan` stands only in version 0.1 of the partnership guideline, which is no longer current.
  const removedClause = page.locator('[role="option"][data-url="/dokumen/pedoman-kemitraan/0.1/#penyempurnaan"]');
  await box.fill('penyempurnaan');
  await expect(page.locator('#cari-status')).toContainText('penyempurnaan');
  await expect(removedClause).toHaveCount(0);
  expect((await optionUrls(page)).filter((u) => u.startsWith('/dokumen/pedoman-kemitraan/0.1/'))).toEqual([]);
  await page.getByRole('radio', { name: 'Semua versi' }).check();
  await expect(removedClause).toBeVisible();
  await expect(removedClause).toContainText('Versi 0.1 (bukan versi terkini)');
});

test('on a version being read, "Versi yang sedang dibaca" keeps the search to it, and /cari/ keeps that scope', async ({ page }) => {
  await page.goto('/dokumen/panduan-rujukan/0.1/');
  const box = await openSearch(page);
  await page.getByRole('radio', { name: 'Versi yang sedang dibaca' }).check();
  await box.fill('rujukan');
  await expect(page.locator('#cari-status')).toContainText('hasil untuk “rujukan” di Panduan Rujukan versi 0.1.');
  const urls = await optionUrls(page);
  expect(urls.length).toBeGreaterThan(3);
  expect(urls.every((u) => u.startsWith('/dokumen/panduan-rujukan/0.1/#'))).toBe(true);
  await page.getByRole('link', { name: /Lihat semua \d+ hasil/ }).click();
  await expect(page).toHaveURL(/cakupan=versi&dokumen=panduan-rujukan&versi=0\.1/);
  await expect(page.getByRole('radio', { name: /Versi yang tadi dibaca: Panduan Rujukan 0\.1/ })).toBeChecked();
  const onPage = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(onPage.slice(0, urls.length)).toEqual(urls);
  expect(onPage.every((u) => u.startsWith('/dokumen/panduan-rujukan/0.1/#'))).toBe(true);
});

test('nothing found says so, with useful links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada yang cocok dengan “zzzqqq”' })).toBeVisible();
  await expect(page.locator('#cari-status').getByRole('link', { name: 'daftar dokumen' })).toBeVisible();
});

test('/cari/ shows twenty results, then more on request, the focus on the first new one', async ({ page }) => {
  await page.goto('/cari/?q=pengaduan');
  await expect(page.getByLabel('Cari di semua dokumen')).toHaveValue('pengaduan');
  const links = page.locator('.search-results a');
  await expect(links).toHaveCount(20);
  const first20 = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.getByRole('button', { name: /Tampilkan 20 hasil lagi/ }).click();
  await expect(links).toHaveCount(40);
  expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 20)).toEqual(first20);
  await expect(links.nth(20)).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a tampered or overlong query on the search page gets an answer, not an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const q of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'a'.repeat(5000), '%25%25%25', 'ab&cakupan=versi&dokumen=%3Cb%3E&versi=..']) {
    await page.goto(`/cari/?q=${q}`);
    await expect(page.locator('#hasil-cari .search-status')).toBeVisible();
  }
  expect(errors).toEqual([]);
  expect(await page.locator('#hasil-cari script').count()).toBe(0);
});
