import { expect, test, type Page } from '@playwright/test';

// What a reader sees that tells them how far to trust the site: that it is a draft from public sources and
// not KPAI's own site, where each contact comes from and whether anyone has checked it, and where each
// published figure comes from.
const OFFICIAL = 'https://www.kpai.go.id/';

async function expectHonestStatus(page: Page) {
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('note')).toContainText('Draf, bukan situs resmi KPAI.');
  await expect(banner.getByRole('note')).toContainText('disusun dari sumber publik');
  await expect(banner.getByRole('link', { name: 'www.kpai.go.id' })).toHaveAttribute('href', OFFICIAL);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Ini bukan situs resmi KPAI');
  await expect(footer.getByRole('link', { name: 'www.kpai.go.id' })).toHaveAttribute('href', OFFICIAL);
}

test.describe('honest status', () => {
  for (const path of ['/', '/dokumen/sop-pengaduan/', '/penapisan/', '/kontak/']) {
    test(`header and footer say it is a draft, not KPAI’s site, and link KPAI’s own: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectHonestStatus(page);
    });
  }

  test('the home page says what the drafts propose, marks each document’s status, and links the figures', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Pedoman KPAI/ })).toContainText('Draf panduan dari sumber publik');
    await expect(page.locator('main')).not.toContainText('Cara Komisi Perlindungan Anak Indonesia (KPAI) menerima');
    await expect(page.locator('main .lead')).toContainText('Draf panduan tentang cara Komisi Perlindungan Anak Indonesia (KPAI) dapat menerima pengaduan');
    const important = page.getByRole('note', { name: 'Penting' });
    await expect(important).toContainText('Ini bukan situs resmi KPAI.');
    await expect(important.getByRole('link', { name: 'www.kpai.go.id' })).toHaveAttribute('href', OFFICIAL);
    // Every document listed on the home page carries its status, so none reads as settled practice.
    const staff = page.locator('#staf');
    const documents = staff.locator('li').filter({ has: page.locator('a[href^="/dokumen/"]:not([href="/dokumen/"])') });
    expect(await documents.count()).toBeGreaterThan(4);
    for (const item of await documents.all()) await expect(item.locator('.badge')).toHaveText(/Status: (Draf|Berlaku)/);
    await staff.getByRole('link', { name: 'Angka pengaduan KPAI' }).click();
    await expect(page).toHaveURL(/\/angka-pengaduan\/$/);
  });

  test('the printed page keeps the draft status', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('note').filter({ hasText: 'Draf, bukan situs resmi KPAI.' })).toBeVisible();
    await expect(page.locator('.site-nav')).toBeHidden();
  });
});

test.describe('contacts: sources and the two dates', () => {
  test('KPAI’s channels cite general sources, not the article about one event’s hotline', async ({ page }) => {
    await page.goto('/kontak/');
    const kpai = page.locator('#kpai');
    await expect(kpai.getByRole('link', { name: '021-31901556' })).toHaveAttribute('href', 'tel:02131901556');
    await expect(kpai).not.toContainText('Kanjuruhan');
    await expect(kpai.locator('li').filter({ hasText: '021-31901556' }).getByRole('link', { name: /JPNN, Januari 2018/ })).toBeVisible();
    await expect(kpai.locator('li').filter({ hasText: '0811-1772-273' }).getByRole('link', { name: /KPAI siapkan layanan di media sosial/ })).toHaveAttribute('href', /antaranews\.com\/berita\/3154969\//);
    await expect(kpai.getByRole('link', { name: 'https://www.kpai.go.id/', exact: true })).toHaveAttribute('href', OFFICIAL);
  });

  test('the web form nobody has confirmed in years is text with its warning, not a link', async ({ page }) => {
    await page.goto('/kontak/');
    const form = page.locator('#kpai li').filter({ hasText: 'formulir-pengaduan' });
    await expect(form).toContainText('https://www.kpai.go.id/formulir-pengaduan/ (belum dipastikan masih berfungsi, jadi tidak kami jadikan tautan)');
    await expect(page.locator('a[href*="formulir-pengaduan"]')).toHaveCount(0);
  });

  test('the Ombudsman accepts citizens or residents, as the law says', async ({ page }) => {
    await page.goto('/kontak/');
    await expect(page.locator('#ombudsman')).toContainText('warga negara Indonesia atau penduduk');
    await page.goto('/istilah/');
    await expect(page.locator('#ombudsman + dd')).toContainText('warga negara Indonesia atau penduduk');
  });
});

test.describe('glossary facts', () => {
  test('KPAI was first formed under UU 23/2002; SAPA 129’s launch is sourced to a report, not to a Perpres', async ({ page }) => {
    await page.goto('/istilah/');
    await expect(page.locator('#kpai + dd')).toContainText('pertama kali dibentuk berdasarkan Undang-Undang Nomor 23 Tahun 2002');
    const sapa = page.locator('#sapa-129 + dd');
    await expect(sapa).toContainText('diluncurkan 8 Maret 2021');
    await expect(sapa.locator('.source')).toContainText('Pikiran Rakyat');
  });
});

test.describe('public figures', () => {
  test('a chart per view, with a name and a text alternative, drawn without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/angka-pengaduan/');
    const yearly = page.getByRole('img', { name: 'Jumlah pengaduan ke KPAI per tahun' });
    await expect(yearly).toBeVisible();
    await expect(yearly).toHaveAccessibleDescription(
      '2021: jumlahnya tidak diumumkan; 2022: 4.683 (sumber lain: 4.638); 2023: 3.883; 2024: 2.057; 2025 (Januari–Juni saja): 973.',
    );
    // The bars are drawn in proportion, the part-year outlined apart.
    const widths = await yearly.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('width')));
    expect(widths).toEqual(['100%', '82.92%', '43.92%', '20.78%']);
    await expect(yearly.locator('rect.bar-partial')).toHaveCount(1);
    const clusters = page.getByRole('img', { name: 'Pengaduan ke KPAI menurut klaster dan tahun' });
    await expect(clusters).toHaveAccessibleDescription(/^Hak sipil dan partisipasi: 2022: 41; 2023: 33\. Keluarga dan pengasuhan: 2022: 1\.960; 2023: 1\.569; 2024: 1\.097\./);
    await context.close();
  });

  test('the table shows the same numbers, each with sources that lead to the list of sources', async ({ page }) => {
    await page.goto('/angka-pengaduan/');
    const table = page.getByRole('table', { name: /Pengaduan ke KPAI per tahun dan klaster/ });
    await expect(table.locator('thead th')).toHaveText(['Kelompok', '2021', '2022', '2023', '2024', '2025 (Januari–Juni saja)']);
    const row = (name: string | RegExp) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Jumlah pengaduan').locator('td')).toHaveText([
      /tidak diumumkan/,
      '4.683[sumber 7, sumber 8]sumber lain: 4.638[sumber 5]',
      '3.883[sumber 9, sumber 10, sumber 11]',
      '2.057[sumber 14]',
      '973[sumber 15]',
    ]);
    await expect(row('Pemenuhan Hak Anak (PHA)').locator('td').nth(2)).toHaveText(/^2\.036/);
    await expect(row('Lingkungan Keluarga dan Pengasuhan Alternatif').locator('td').nth(2)).toHaveText(/^1\.569/);
    // Every source number is a link to an item of the list of sources.
    const refs = page.locator('.source-refs a');
    expect(await refs.count()).toBeGreaterThan(40);
    for (const href of new Set(await refs.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))) {
      await expect(page.locator(href)).toHaveCount(1);
    }
    await page.getByRole('link', { name: 'sumber 9' }).first().click();
    await expect(page.locator('#sumber-9')).toContainText('Republika, 22 Januari 2024');
    await expect(page.locator('#sumber-9')).toBeInViewport();
  });

  test('the notes say where sources disagree and where the totals do not add up', async ({ page }) => {
    await page.goto('/angka-pengaduan/');
    const notes = page.locator('#catatan + ul');
    await expect(notes).toContainText('4.683');
    await expect(notes).toContainText('4.638');
    await expect(notes).toContainText('PHA (2.036) ditambah PKA (1.866) adalah 3.902, bukan 3.883');
    await expect(notes).toContainText('klaster PHA yang paling banyak diadukan');
  });

  test('fits a 320 px screen, with text at 200 % too, without pushing the page sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/angka-pengaduan/');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(await overflow()).toBe(0);
    await expect(page.getByRole('img', { name: 'Jumlah pengaduan ke KPAI per tahun' })).toBeVisible();
  });

  test('prints without navigation and, without SITE_URL, without an address', async ({ page, baseURL }) => {
    await page.goto('/angka-pengaduan/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-source')).toBeVisible();
    await expect(page.locator('.print-source')).toContainText('bukan situs resmi KPAI');
    if (!process.env.SITE_URL) await expect(page.locator('.print-source')).not.toContainText('Dicetak dari');
    expect(await page.locator('body').innerText()).not.toContain(baseURL!);
    await expect(page.getByRole('navigation', { name: 'Lokasi halaman' })).toBeHidden();
  });
});
