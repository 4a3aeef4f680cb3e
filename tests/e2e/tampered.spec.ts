import { expect, test } from '@playwright/test';
import { watch } from './watch';

// Addresses a person did not get from this site: mistyped, cut off, edited, or crafted. Each must still give a
// page that says something, with no exception and nothing sent elsewhere.
const tampered = [
  `/cari/?q=${'rujukan '.repeat(800)}`,
  '/cari/?q=%E0%A4%A',
  '/cari/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/cari/?q=&q=&semua=ya',
  '/penapisan/?jawaban=ya&langkah=99#hasil',
  '/cari-rujukan/?provinsi=99&kabupaten=xx#jalur',
  `/cek-mitra/#${'jenis=dunia-usaha&'.repeat(400)}`,
  '/cek-mitra/#%ZZ%ZZ',
  `/dokumen/sop-pengaduan/riwayat/?tanggal=${'9'.repeat(400)}`,
  '/dokumen/sop-pengaduan/riwayat/?tanggal=2024-02-30',
  '/dokumen/sop-pengaduan/bandingkan/?dari=%3Cb%3E&ke=%00',
  '/dokumen/sop-pengaduan/bandingkan/?dari=0.1&ke=0.1',
  '/dokumen/sop-pengaduan/#%E0%A4%A',
  `/dokumen/sop-pengaduan/#${'x'.repeat(3000)}`,
];

test.describe('a tampered address never gives a blank page or an exception', () => {
  for (const path of tampered) {
    test(path.length > 80 ? `${path.slice(0, 80)}…` : path, async ({ page }) => {
      const watching = await watch(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.locator('h1').textContent())?.trim()).not.toBe('');
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
      await watching.expectClean();
    });
  }
});

test('very long input is cut at a bounded length in every text field', async ({ page }) => {
  await page.goto(`/cari/?q=${'a'.repeat(5000)}`);
  await expect(page.getByLabel('Cari di semua dokumen')).toHaveValue('a'.repeat(200));
  await page.goto('/cari-rujukan/');
  const province = page.getByRole('combobox', { name: 'Provinsi' });
  await expect(province).toBeEnabled();
  await province.fill('b'.repeat(5000));
  expect((await province.inputValue()).length).toBeLessThanOrEqual(80);
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Cari di semua dokumen' });
  await box.fill('c'.repeat(5000));
  expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
});
