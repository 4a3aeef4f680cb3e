import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getProvinces } from 'idn-area-data';
import { slug } from 'github-slugger';
import { watch } from './watch';

// The directory as people meet it: a province's poster on paper, the finder a poster's QR code opens, the hours
// beside each number on the reader's own clock, and no "report" link when no data steward is configured.

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('a province’s poster', () => {
  test('is linked from its province page, and says who to call in words a child reads, with no request elsewhere', async ({ page }) => {
    const watching = await watch(page);
    await page.goto('/layanan/jawa-barat/');
    await page.getByRole('link', { name: 'Poster untuk dicetak (A4)' }).click();
    await expect(page).toHaveURL(/\/layanan\/jawa-barat\/poster\/$/);
    const poster = page.getByRole('article', { name: 'Ada yang menyakitimu? Kamu bisa minta tolong.' });
    await expect(poster.getByRole('heading', { name: 'Dalam bahaya sekarang? Telepon' })).toBeVisible();
    await expect(poster.getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
    await expect(poster.getByRole('link', { name: '129', exact: true })).toHaveAttribute('href', 'tel:129');
    await expect(poster.getByRole('link', { name: '08111-129-129' })).toHaveAttribute('href', 'https://wa.me/628111129129');
    // The province's own service first, with its source's date; 112 where a source says it answers.
    await expect(poster.locator('.poster-services > li').first()).toContainText('UPTD PPA Provinsi Jawa Barat');
    await expect(poster.locator('.poster-services > li').first()).toContainText('0852-2220-6777 (sumber 5 Mei 2025)');
    await expect(poster).toContainText('Nomor darurat 112 sudah melayani Kota Depok.');
    await expect(poster.locator('.poster-danger')).toContainText('112 · belum di semua daerah');
    await expect(poster).toContainText('bukan situs resmi KPAI');
    await watching.expectClean();
  });

  test('without a deployment address (SITE_URL) it prints no address and no QR code, and says how to find the finder', async ({ page, baseURL }) => {
    test.skip(!!process.env.SITE_URL, 'this build has a deployment address; the QR code is checked in tests/content/print-url.test.ts');
    await page.goto('/layanan/jawa-barat/poster/');
    const poster = page.locator('.poster');
    await expect(poster.locator('svg')).toHaveCount(0);
    await expect(poster).toContainText('pilih “Cari jalur rujukan” dan provinsi Jawa Barat');
    expect(await poster.innerText()).not.toContain(baseURL!);
  });

  test('says a province has no UPTD PPA where its source says so, and prints no old, unconfirmed number', async ({ page }) => {
    await page.goto('/layanan/gorontalo/poster/');
    await expect(page.locator('.poster-local')).toContainText('Menurut sumber 16 Juni 2025, provinsi ini belum memiliki UPTD PPA; pengaduan diterima Dinas PPPA Provinsi Gorontalo.');
    await page.goto('/layanan/sulawesi-tengah/poster/');
    await expect(page.locator('.poster-local')).not.toContainText('0811-4560-4320');
    await expect(page.locator('.poster-local')).toContainText('Juga tercatat, tetapi nomornya belum kami ketahui: UPTD PPA Provinsi Sulawesi Tengah');
  });

  test('every province’s poster prints on one A4 page', async ({ page }) => {
    test.setTimeout(180_000);
    const provinces = await getProvinces();
    const over: string[] = [];
    for (const province of provinces) {
      await page.goto(`/layanan/${slug(province.name)}/poster/`);
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      if (pages !== 1) over.push(`${province.name}: ${pages} halaman`);
    }
    expect(over).toEqual([]);
  });

  test('has no axe violations, and fits 320 px with text at 200 % without scrolling sideways', async ({ page }) => {
    for (const path of ['/layanan/jawa-barat/poster/', '/layanan/gorontalo/poster/', '/layanan/papua-barat-daya/poster/']) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await overflow(page)).toBe(0);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      expect(await overflow(page), `${path} at 200 %`).toBe(0);
    }
  });
});

test.describe('the finder opened from a poster', () => {
  test('starts with the province chosen, says so, and leaves nothing in the address', async ({ page }) => {
    const watching = await watch(page);
    await page.goto('/cari-rujukan/?provinsi=73');
    await expect(page.getByRole('status').filter({ hasText: 'Provinsi Sulawesi Selatan sudah dipilih' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('Sulawesi Selatan');
    await expect(page.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' })).toBeEnabled();
    expect(page.url()).toMatch(/\/cari-rujukan\/$/);
    await watching.expectClean();
  });

  test('a tampered province resets with a message, never a blank page', async ({ page }) => {
    await page.goto('/cari-rujukan/?provinsi=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.getByRole('status').filter({ hasText: 'menyebut provinsi yang tidak kami kenal' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Tampilkan jalur rujukan' })).toBeEnabled();
  });
});

test.describe('hours on the reader’s clock', () => {
  test('at 22.00 WITA on a Monday, KPAI’s WIB line is closed until tomorrow 10.00 WITA, and the 24-hour lines are offered', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Makassar' });
    const page = await context.newPage();
    // Monday 7 December 2026, 22.00 WITA = 14.00 UTC.
    await page.clock.setFixedTime(new Date('2026-12-07T14:00:00Z'));
    await page.goto('/kontak/');
    const kpai = page.locator('#kpai .channels > li').first();
    await expect(kpai).toContainText('Jam layanan: hari kerja (Senin–Jumat), 09.00–15.00 WIB (menurut sumber terbit Januari 2018).');
    // The status is worked out when a line with hours comes into view.
    await kpai.scrollIntoViewIfNeeded();
    await expect(kpai.locator('.hours-now')).toContainText('Tutup sekarang. Buka lagi besok pukul 10.00 WITA (09.00 WIB). Pada hari libur nasional tutup. Yang menjawab 24 jam: Polisi 110, SAPA 129.');
    await expect(kpai.locator('.hours-now').getByRole('link', { name: 'SAPA 129' })).toHaveAttribute('href', 'tel:129');
    // A line no source gives hours for says so; a 24-hour line says 24 hours.
    await expect(page.locator('#kpai .channels > li').nth(1)).toContainText('Jam layanan tidak diketahui.');
    await expect(page.locator('#sapa-129 .channels > li').first()).toContainText('Jam layanan: 24 jam setiap hari (menurut Antara, 13 November 2023');
    await context.close();
  });

  test('at 10.00 WIB it is open until 15.00; without JavaScript the hours are still there as text', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-08T03:00:00Z'));
    await page.goto('/kontak/');
    await page.locator('#kpai .hours-now').first().scrollIntoViewIfNeeded();
    await expect(page.locator('#kpai .hours-now').first()).toHaveText(' Buka sekarang, sampai pukul 15.00 WIB. Pada hari libur nasional tutup.');
    await context.close();
    const bare = await browser.newContext({ javaScriptEnabled: false });
    const plain = await bare.newPage();
    await plain.goto('/kontak/');
    await expect(plain.locator('#kpai .channels > li').first()).toContainText('Jam layanan: hari kerja (Senin–Jumat), 09.00–15.00 WIB');
    await bare.close();
  });

  test('in the finder, times are given in the chosen province’s zone', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    // Monday 7 December 2026, 20.00 WIB: the reader is in Jakarta, the child in Papua (WIT).
    await page.clock.setFixedTime(new Date('2026-12-07T13:00:00Z'));
    await page.goto('/cari-rujukan/?provinsi=91');
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('Papua');
    for (const label of ['Tidak', 'Di bawah 18 tahun, termasuk yang masih dalam kandungan', 'Hal lain, atau saya belum yakin', 'Di tempat lain, atau saya tidak tahu', 'Tidak ada, atau saya tidak tahu', 'Belum dilaporkan ke mana pun']) {
      await page.getByLabel(label, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
    const kpaiLine = page.locator('.path-steps .hours-now').first();
    await expect(kpaiLine).toContainText('Tutup sekarang. Buka lagi besok pukul 11.00 WIT (09.00 WIB).');
    await context.close();
  });
});

test('no "report a wrong number" link when the site names no data steward', async ({ page }) => {
  test.skip(!!process.env.PUBLIC_DATA_STEWARD_EMAIL, 'this build names a steward; its links are checked in tests/content/print-url.test.ts');
  await page.goto('/kontak/');
  await expect(page.locator('.contact')).not.toHaveCount(0);
  await expect(page.locator('.report-wrong')).toHaveCount(0);
  await expect(page.getByText('Nomor atau alamat salah?')).toHaveCount(0);
});
