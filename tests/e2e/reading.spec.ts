import { expect, test } from '@playwright/test';
import { clausesOf, lastParagraphOf } from './site-map';

const OLD = '/dokumen/pedoman-kemitraan/0.1/';
const CURRENT = '/dokumen/pedoman-kemitraan/';

test.describe('document page', () => {
  // A fixed version: its text never changes, so what it shows can be asserted word for word.
  test('shows code, status, date, breadcrumbs, and a table of contents that reaches every clause', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/0.1/');
    await expect(page.getByText('SOP-PGD · Versi 0.1', { exact: true })).toBeVisible();
    // The date the text was written; the workshop it was drawn from, and the correction of the old date, apart.
    await expect(page.locator('.doc-meta')).toContainText('Draf tertanggal 24 November 2026. Belum disahkan dan belum berlaku.');
    await expect(page.locator('.provenance')).toHaveText(/^Disusun dari: Lokakarya penyusunan SOP dan panduan pengaduan KPAI di Bekasi \(19–20 September 2023\);/);
    await expect(page.locator('.correction')).toContainText('Koreksi 30 November 2026: Versi ini semula bertanggal 20 September 2023');
    const crumbs = page.getByRole('navigation', { name: 'Lokasi halaman' }).getByRole('listitem');
    await expect(crumbs).toHaveText(['Beranda', 'Dokumen', 'SOP Layanan Pengaduan', 'Versi 0.1']);
    await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
    const toc = page.getByRole('navigation', { name: 'Di halaman ini' });
    await toc.getByRole('link', { name: 'Pasal 9 — Penelaahan' }).click();
    await expect(page).toHaveURL(/#penelaahan$/);
    await expect(page.locator('#penelaahan')).toBeInViewport();
    const tocLinks = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const clauses = await page.locator('.doc-body :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(tocLinks).toEqual(clauses);
  });

  test('each clause has an anchor link named after it', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/0.1/');
    const link = page.getByRole('link', { name: 'Tautan ke bagian: Pasal 9 — Penelaahan' });
    await expect(link).toHaveAttribute('href', '#penelaahan');
  });

  test('a copied clause link lands on that clause', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/dokumen/panduan-rujukan/');
    await page.getByRole('link', { name: /^Tautan ke bagian: .*SAPA 129/ }).click();
    await expect(page.getByRole('dialog', { name: /Tautan ke bagian ini sudah disalin/ })).toBeVisible();
    await page.keyboard.press('Escape');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/dokumen/panduan-rujukan/#sapa-129`);

    const reader = await context.newPage();
    await reader.goto(copied);
    await expect(reader.locator('#sapa-129')).toBeInViewport();
    await expect(reader.locator(':target')).toHaveAttribute('id', 'sapa-129');
  });

  test('a document page without JavaScript shows its full text', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [doc, version] of [
      ['sop-pengaduan', '0.1'],
      ['pedoman-kemitraan', '0.2'],
    ] as const) {
      await page.goto(`/dokumen/${doc}/${version}/`);
      const clauses = clausesOf(doc, version);
      expect(clauses.length).toBeGreaterThan(10);
      for (const clause of clauses) {
        await expect(page.locator(`[id="${clause.id}"]`)).toHaveText(clause.text);
      }
      await expect(page.locator('.doc-body')).toContainText(lastParagraphOf(doc, version));
    }
    await context.close();
  });
});

test.describe('versions', () => {
  test('an old version says so and links to the current one', async ({ page }) => {
    await page.goto(OLD);
    const banner = page.getByRole('note').filter({ hasText: 'Ini bukan versi terkini.' });
    await expect(banner).toContainText('Anda membaca versi 0.1 (draf). Versi 0.2 adalah versi terkini (draf).');
    await banner.getByRole('link', { name: 'Buka bagian yang sama di versi 0.2' }).click();
    await expect(page).toHaveURL(new RegExp(`${CURRENT}$`));
    await expect(page.getByRole('note').filter({ hasText: 'Ini bukan versi terkini.' })).toHaveCount(0);
  });

  test('the old-version banner keeps the clause the reader arrived at', async ({ page }) => {
    await page.goto(`${OLD}#jenis-mitra`);
    await page.getByRole('link', { name: 'Buka bagian yang sama di versi 0.2' }).click();
    await expect(page).toHaveURL(new RegExp(`${CURRENT}#jenis-mitra$`));
    await expect(page.locator('#jenis-mitra')).toBeInViewport();
  });

  test('the version switcher lands on the same clause the reader scrolled to', async ({ page }) => {
    await page.goto(OLD);
    // The reader scrolls to a clause and stays there a moment, then goes back up to the switcher.
    await page.evaluate(() => window.scrollBy(0, document.getElementById('nota-kesepahaman')!.getBoundingClientRect().top - 10));
    await page.waitForTimeout(600);
    const switcher = page.locator('.version-switcher');
    await switcher.locator('summary').click();
    await switcher.getByRole('link', { name: 'Versi 0.2' }).click();
    // 0.2 is the current version, read at the document's own address.
    await expect(page).toHaveURL(/\/dokumen\/pedoman-kemitraan\/#nota-kesepahaman$/);
    await expect(page.locator('#nota-kesepahaman')).toBeInViewport();
    await expect(page.locator('.version-switcher a[aria-current="page"]')).toHaveText('Versi 0.2');
  });

  test('a clause that no version has is said so, not silently ignored', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/0.2/#tidak-pernah-ada');
    await expect(page.getByRole('status').filter({ hasText: 'Bagian “tidak-pernah-ada” tidak ada di versi ini.' })).toBeVisible();
  });

  test('prints the version and its draft status, without navigation, and an address only when the deployment has one', async ({ page, baseURL }) => {
    await page.goto('/dokumen/pedoman-kemitraan/');
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-source');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText('Pedoman Kemitraan (');
    await expect(page.getByRole('note').filter({ hasText: 'bukan situs resmi KPAI' })).toBeVisible();
    // The tests build without SITE_URL, so the preview's own address must not reach paper; with SITE_URL
    // set, that permanent address is printed (tests/content/print-url.test.ts builds both ways).
    const site = process.env.SITE_URL?.replace(/\/$/, '');
    if (site) await expect(printed).toContainText(`Dicetak dari ${site}/dokumen/pedoman-kemitraan/0.2/`);
    else await expect(printed).not.toContainText('Dicetak dari');
    const paper = await page.locator('body').innerText();
    expect(paper).not.toContain(baseURL!);
    expect(paper).not.toContain('127.0.0.1');
    await expect(page.getByRole('navigation', { name: 'Di halaman ini' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: /Anak dalam bahaya/ })).toBeHidden();
  });
});
