import { expect, test } from '@playwright/test';
import { documents } from './site-map';

const routes: [string, string | RegExp][] = [
  ['/', 'Pedoman KPAI'],
  ['/dokumen/', 'Dokumen'],
  ['/kontak/', 'Kontak dan sumbernya'],
  ...documents.flatMap((doc): [string, string | RegExp][] => [
    [`/dokumen/${doc.id}/`, doc.title],
    [`/dokumen/${doc.id}/riwayat/`, `Riwayat ${doc.title}`],
    ...doc.versions.map((v): [string, string] => [`/dokumen/${doc.id}/${v}/`, doc.title]),
  ]),
];

test.describe('every route renders with its heading', () => {
  for (const [path, h1] of routes) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    });
  }
});

test('an unknown address gets the Indonesian 404 page with ways onward', async ({ page }) => {
  const response = await page.goto('/tidak-ada-halaman-ini/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('link', { name: 'Cara mengadu ke KPAI' })).toBeVisible();
});

test('the emergency strip on every kind of page offers the police, SAPA 129 and 112 by tap-to-call', async ({ page }) => {
  for (const path of ['/', '/dokumen/', '/dokumen/sop-pengaduan/', '/dokumen/sop-pengaduan/riwayat/', '/kontak/']) {
    await page.goto(path);
    const strip = page.getByRole('complementary', { name: /Anak dalam bahaya sekarang/ });
    await expect(strip.getByRole('link', { name: 'Polisi 110' })).toHaveAttribute('href', 'tel:110');
    await expect(strip.getByRole('link', { name: 'SAPA 129', exact: true })).toHaveAttribute('href', 'tel:129');
    await expect(strip.getByRole('link', { name: 'WhatsApp SAPA 129: 08111-129-129' })).toHaveAttribute('href', 'https://wa.me/628111129129');
    await expect(strip.getByRole('link', { name: 'Darurat 112' })).toHaveAttribute('href', 'tel:112');
    await expect(strip).toContainText('belum di semua daerah');
  }
});

test('the home page opens three doors: reporting, partners, staff', async ({ page }) => {
  await page.goto('/');
  for (const door of ['Saya ingin melapor', 'Calon mitra', 'Staf KPAI']) {
    await expect(page.getByRole('heading', { level: 2, name: door })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Panduan Pengaduan' }).first().click();
  await expect(page).toHaveURL(/\/dokumen\/panduan-pengaduan\/$/);
});

test('the document list shows each document’s current version, status and date', async ({ page }) => {
  await page.goto('/dokumen/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Pedoman Kemitraan' }) });
  await expect(card).toContainText('Versi 0.2');
  await expect(card).toContainText('Draf');
  await expect(card).toContainText('draf tertanggal 24 November 2026');
  await expect(card.getByRole('link', { name: /Riwayat 2 versi/ })).toBeVisible();
});

test('the history lists every version, newest first, with status, date and change summary', async ({ page }) => {
  await page.goto('/dokumen/pedoman-kemitraan/riwayat/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('rowheader')).toContainText('Versi 0.2');
  await expect(rows.nth(0)).toContainText('versi terkini');
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('Versi 0.1');
  await expect(rows.nth(1)).toContainText('29 Februari 2024');
  await rows.nth(1).getByRole('link', { name: 'Versi 0.1' }).click();
  await expect(page).toHaveURL(/\/dokumen\/pedoman-kemitraan\/0\.1\/$/);
});

test('every contact channel on the contacts page shows its source and date', async ({ page }) => {
  await page.goto('/kontak/');
  const channels = page.locator('.channels li');
  expect(await channels.count()).toBeGreaterThan(10);
  for (const channel of await channels.all()) {
    await expect(channel.locator('.source')).toContainText(/^Sumber: .+ \(terbit .+; (belum diperiksa langsung|diperiksa langsung .+)\)\.$/);
  }
});
