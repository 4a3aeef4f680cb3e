import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// /dokumen/ is where the full list of documents lives (a reading page's sidebar names only a few), so it can be
// narrowed: by reader without JavaScript, and by typed words with it.
const registry = parse(readFileSync(join(import.meta.dirname, '../../src/content/documents.yaml'), 'utf8')) as { title: string; audience: string[] }[];
const titlesFor = (reader: string) => registry.filter((d) => d.audience.includes(reader)).map((d) => d.title);
const visibleTitles = (page: Page) => page.locator('.doc-list > li:visible h2').allTextContents();

test('without JavaScript, choosing a reader shows only the documents written for them', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/dokumen/');
  expect(await visibleTitles(page)).toEqual(registry.map((d) => d.title));
  // Typing needs JavaScript, so the field is not offered without it.
  await expect(page.getByLabel('Saring menurut judul, kode atau tujuan')).toBeHidden();
  for (const [label, reader] of [['mitra', 'mitra'], ['masyarakat', 'publik'], ['staf KPAI', 'staf']] as const) {
    await page.getByRole('radio', { name: label, exact: true }).check();
    expect(await visibleTitles(page)).toEqual(titlesFor(reader));
  }
  await page.getByRole('radio', { name: 'semua pembaca' }).check();
  expect(await visibleTitles(page)).toHaveLength(registry.length);
  await context.close();
});

test('typing a word narrows the list and says how many are shown', async ({ page }) => {
  await page.goto('/dokumen/');
  const field = page.getByLabel('Saring menurut judul, kode atau tujuan');
  await field.fill('rujukan');
  expect(await visibleTitles(page)).toContain('Panduan Rujukan');
  const shown = (await visibleTitles(page)).length;
  expect(shown).toBeLessThan(registry.length);
  await expect(page.getByRole('status').filter({ hasText: 'dokumen' })).toHaveText(`${shown} dokumen`);
  // By code too, and every word must match.
  await field.fill('ped-kmt');
  expect(await visibleTitles(page)).toEqual(['Pedoman Kemitraan']);
  await field.fill('rujukan mitra');
  await page.getByRole('radio', { name: 'mitra', exact: true }).check();
  const both = await visibleTitles(page);
  expect(both.every((t) => titlesFor('mitra').includes(t))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'dokumen' })).toHaveText(`${both.length} dokumen`);
});

test('when nothing matches, the list says so and how to widen it', async ({ page }) => {
  await page.goto('/dokumen/');
  await page.getByLabel('Saring menurut judul, kode atau tujuan').fill('zzzz tidak ada');
  expect(await visibleTitles(page)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'dokumen' })).toHaveText('0 dokumen');
  await expect(page.getByText('Tidak ada dokumen yang cocok. Coba kata lain, atau pilih semua pembaca.')).toBeVisible();
  await page.getByLabel('Saring menurut judul, kode atau tujuan').fill('');
  await expect(page.getByText('Tidak ada dokumen yang cocok.')).toBeHidden();
});

test('with few documents, a reading page’s sidebar names each of them', async ({ page }) => {
  await page.goto('/dokumen/sop-pengaduan/');
  const sidebar = page.getByRole('navigation', { name: /dokumen/i });
  // The site has few documents today: the sidebar names each of them.
  expect(await sidebar.locator('li').count()).toBe(Math.min(registry.length, 8));
});
