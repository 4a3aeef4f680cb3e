import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const pages = {
  home: '/',
  'document list': '/dokumen/',
  document: '/dokumen/sop-pengaduan/',
  'old version': '/dokumen/pedoman-kemitraan/0.1/',
  history: '/dokumen/pedoman-kemitraan/riwayat/',
  contacts: '/kontak/',
  'public figures': '/angka-pengaduan/',
  'service directory': '/layanan/',
  'province services': '/layanan/jawa-barat/',
  '404': '/tidak-ada/',
};

test.describe('zero axe violations (WCAG 2.2 AA) on each page type, narrow and wide', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [390, 1280]) {
      test(`${name} at ${width}px`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});

test('the skip link is the first stop for the keyboard and moves to the content', async ({ page }) => {
  await page.goto('/dokumen/sop-pengaduan/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke isi' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#isi$/);
});
