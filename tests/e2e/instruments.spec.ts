import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

// The case documentation instruments: the list by stage, a form as it prints blank and filled, fill mode's
// privacy (nothing in a request, the address or storage; gone on reload), and the data downloads.
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};
// What a person would type into an intake form; none of it may leave the page.
const SECRET = { initials: 'RZK-7731', story: 'Dipukul ayah tirinya di dapur kemarin malam', regency: 'Kabupaten Contohrejo' };

/** The number of pages and the size of the first, from a PDF of the page as printed (A4: 595 × 842 points). */
async function printed(page: Page) {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = pdf.match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
  return { pages: pdf.match(/\/Type\s*\/Page[^s]/g)!.length, width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) };
}

test('the staff forms are in the site navigation and on the document list', async ({ page }) => {
  await page.goto('/dokumen/');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Formulir petugas' }).click();
  await expect(page).toHaveURL(/\/instrumen\/$/);
  await page.goto('/dokumen/');
  await expect(page.getByRole('main').getByRole('link', { name: 'formulir petugas' })).toHaveAttribute('href', /\/instrumen\/$/);
});

test('the list shows the fourteen instruments by stage of the case, in the order of a case', async ({ page }) => {
  await page.goto('/instrumen/');
  const stages = await page.locator('main h2').allTextContents();
  expect(stages.slice(0, 4)).toEqual(['Penerimaan', 'Pencatatan dan registrasi', 'Penelaahan', 'Penentuan tindak lanjut']);
  expect(stages).toContain('Terminasi');
  expect(stages.indexOf('Rujukan')).toBeLessThan(stages.indexOf('Pemantauan'));
  await expect(page.locator('main .card h3 a')).toHaveCount(14);
  await expect(page.getByRole('region', { name: 'Penerimaan' }).locator('.card h3').getByRole('link')).toHaveText(['Lembar Penerimaan Pengaduan', 'Lembar Persetujuan']);
  await expect(page.getByRole('region', { name: 'Terminasi' }).locator('.card h3').getByRole('link')).toHaveText(['Lembar Terminasi']);
});

test('a blank form prints alone on A4: header, tick boxes, lines, the initials rule and the version, no site around it', async ({ page }) => {
  await page.goto('/instrumen/lembar-penerimaan/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Dasar setiap isian' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak formulir kosong' })).toBeHidden();
  const sheet = page.locator('.blank-sheet');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Lembar Penerimaan Pengaduan');
  // The header's words follow the SOP version: "Tanggal"/"Nama pengisi" in 0.2, "Tanggal pengisian"/"Nama dan peran pengisi" later.
  await expect(sheet.locator('.sheet-ids dt')).toHaveText(['Nomor registrasi', /^Tanggal/, /^Nama .*pengisi$/]);
  await expect(sheet.locator('.sheet-ids dd')).toHaveText(['', '', '']);
  await expect(sheet.getByText('Apakah Anak sedang dalam bahaya?')).toBeVisible();
  expect(await sheet.locator('.box').count()).toBeGreaterThan(30);
  expect(await sheet.locator('.box.on').count()).toBe(0);
  expect(await sheet.locator('.f-rule').count()).toBeGreaterThan(10);
  await expect(sheet.locator('.sheet-foot').first()).toContainText('Instrumen yang dikirim ke luar KPAI memuat inisial Anak, bukan nama lengkap');
  await expect(sheet.locator('.sheet-foot').first()).toContainText(/instrumen SOP Layanan Pengaduan versi \d+\.\d+ \(draf\)/);
  await expect(sheet.locator('.sheet-foot').first()).toContainText('bukan formulir resmi KPAI');
  // Without SITE_URL, no address is printed: a local build must not print a local address.
  await expect(sheet.locator('.sheet-foot').first()).not.toContainText('http');
  const { pages, width, height } = await printed(page);
  expect([width, height]).toEqual([595, 842]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(5);
});

test('the Register Pengaduan prints across one A4 page, with its code lists under the table', async ({ page }) => {
  await page.goto('/instrumen/register-pengaduan/');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.blank-sheet');
  await expect(sheet.getByRole('columnheader')).toContainText(['No.', 'Nomor registrasi', 'Tanggal penerimaan', 'Saluran', 'Inisial Anak']);
  await expect(sheet.locator('.f-codes')).toContainText('diterima; ditelaah; ditindaklanjuti; dipantau; diterminasi; dibuka-kembali = dibuka kembali');
  expect(await printed(page)).toEqual({ pages: 1, width: 842, height: 595 });
});

test('each field shows the clause element that requires it, linked to that version of the document', async ({ page }) => {
  await page.goto('/instrumen/surat-rujukan/');
  const row = page.locator('tr#anak-inisial');
  await expect(row).toContainText('Inisial Anak');
  // The link names the document, the version the form cites, the clause's number and the element.
  const link = row.getByRole('link', { name: /^PAN-RJK \d+\.\d+, Pasal \d+ ayat \(1\) huruf a$/ });
  await expect(link).toHaveAttribute('href', /^\/dokumen\/panduan-rujukan\/\d+\.\d+\/#data-rujukan$/);
  await link.click();
  await expect(page.locator('#data-rujukan')).toBeVisible();
});

test('fill, then print — what was typed prints, and goes nowhere: not in a request, the address or storage', async ({ page }) => {
  test.slow(); // two axe runs over a long form
  const watching = await watch(page);
  await page.goto('/instrumen/lembar-penerimaan/');
  const address = page.url();
  await page.getByRole('button', { name: 'Isi di layar, lalu cetak' }).click();
  // A clear warning comes first, and takes focus.
  const warning = page.getByRole('heading', { name: 'Sebelum mengisi di layar' });
  await expect(warning).toBeFocused();
  await expect(page.getByRole('region', { name: 'Sebelum mengisi di layar' })).toContainText('tidak disimpan, tidak dikirim, dan tidak masuk ke alamat halaman');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Saya mengerti, mulai mengisi' }).click();
  await expect(page.getByRole('heading', { name: 'Mengisi: Lembar Penerimaan Pengaduan' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Nomor registrasi', exact: true }).fill('REG-0001');
  await page.getByRole('group', { name: 'Apakah Anak sedang dalam bahaya? (wajib)' }).getByLabel('Tidak', { exact: true }).check();
  await page.getByRole('group', { name: 'Saluran (wajib)' }).getByLabel('WhatsApp pengaduan').check();
  await page.getByLabel('Inisial Anak (wajib)').fill(SECRET.initials);
  await page.getByLabel('Kabupaten/kota tempat Anak berada (wajib)').fill(SECRET.regency);
  await page.getByLabel('Apa yang terjadi, menurut Pengadu (wajib)').fill(SECRET.story);
  await page.getByRole('group', { name: 'Kebutuhan Anak yang mendesak' }).getByLabel('Keselamatan').check();
  // Enter in a text field submits nothing and goes nowhere.
  await page.getByLabel('Inisial Anak (wajib)').press('Enter');
  expect(page.url()).toBe(address);
  expect(await axe(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.blank-sheet')).toBeHidden();
  await expect(page.locator('.fill-form')).toBeHidden();
  const filled = page.locator('.fill-print');
  await expect(filled).toBeVisible();
  await expect(filled.locator('.sheet-ids dd').first()).toHaveText('REG-0001');
  await expect(filled.locator('.f', { hasText: 'Inisial Anak' }).locator('.f-line')).toHaveText(SECRET.initials);
  await expect(filled).toContainText(SECRET.story);
  await expect(filled.locator('li', { hasText: 'WhatsApp pengaduan' }).locator('.box.on')).toHaveText('✓');
  await expect(filled.locator('li', { hasText: 'Keselamatan' }).locator('.box.on')).toHaveCount(1);
  expect((await printed(page)).pages).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });

  expect(page.url()).toBe(address);
  await watching.expectClean(Object.values(SECRET));

  // "Kosongkan" wipes it: nothing typed is left on the page or for the printer.
  await page.getByRole('button', { name: 'Kosongkan' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Isian sudah dikosongkan' })).toBeVisible();
  await expect(page.getByLabel('Inisial Anak (wajib)')).toHaveValue('');
  for (const secret of Object.values(SECRET)) expect(await page.content()).not.toContain(secret);
});

test('a filled form never survives a reload, nor leaving and coming back', async ({ page }) => {
  await page.goto('/instrumen/lembar-terminasi/');
  await page.getByRole('button', { name: 'Isi di layar, lalu cetak' }).click();
  await page.getByRole('button', { name: 'Saya mengerti, mulai mengisi' }).click();
  await page.getByLabel('Keadaan Anak terakhir (wajib)').fill(SECRET.story);
  await page.reload();
  expect(await page.content()).not.toContain(SECRET.story);
  await expect(page.locator('.fill-form')).toHaveCount(0);

  await page.getByRole('button', { name: 'Isi di layar, lalu cetak' }).click();
  await page.getByRole('button', { name: 'Saya mengerti, mulai mengisi' }).click();
  await page.getByLabel('Keadaan Anak terakhir (wajib)').fill(SECRET.story);
  await page.goto('/instrumen/');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Lembar Terminasi', level: 1 })).toBeVisible();
  expect(await page.content()).not.toContain(SECRET.story);
});

test('"Selesai" closes fill mode, wipes it and gives the blank form back', async ({ page }) => {
  await page.goto('/instrumen/catatan-pemantauan/');
  await page.getByRole('button', { name: 'Isi di layar, lalu cetak' }).click();
  await page.getByRole('button', { name: 'Saya mengerti, mulai mengisi' }).click();
  await page.getByRole('textbox', { name: /^Pihak yang dihubungi.*, baris 1$/ }).fill(SECRET.story);
  await page.getByRole('button', { name: 'Selesai: kosongkan dan kembali' }).first().click();
  await expect(page.getByRole('button', { name: 'Isi di layar, lalu cetak' })).toBeFocused();
  await expect(page.locator('.blank-sheet')).toBeVisible();
  expect(await page.content()).not.toContain(SECRET.story);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is there to read and print, and nothing offers what needs JavaScript', async ({ page }) => {
    await page.goto('/instrumen/lembar-penelaahan/');
    await expect(page.getByRole('button', { name: 'Isi di layar, lalu cetak' })).toBeHidden();
    await expect(page.getByText('tanpa JavaScript, pakai menu Cetak peramban (Ctrl+P)')).toBeVisible();
    await expect(page.locator('.blank-sheet .f-label').filter({ hasText: /^Klaster utama/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.blank-sheet .sheet-title')).toHaveText('Lembar Penelaahan');
    await expect(page.locator('.site-header')).toBeHidden();
  });
});

test('usable at 320 px wide with text at 200 %: nothing scrolls sideways but a table in its own box', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  for (const path of ['/instrumen/', '/instrumen/lembar-penerimaan/', '/instrumen/register-pengaduan/']) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
  await page.getByRole('button', { name: 'Isi di layar, lalu cetak' }).click();
  await page.getByRole('button', { name: 'Saya mengerti, mulai mengisi' }).click();
  const cell = page.getByRole('textbox', { name: 'Nomor registrasi, baris 1', exact: true });
  await cell.fill('REG-1');
  await expect(cell).toHaveValue('REG-1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});

test('zero axe violations on the instrument pages at 1280 px', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ['/instrumen/', '/instrumen/surat-rujukan/', '/instrumen/register-pengaduan/0.2/', '/instrumen/daftar-kode/']) {
    await page.goto(path);
    expect(await axe(page), path).toEqual([]);
  }
});

test('the register’s data dictionary downloads as CSV and JSON Schema, and the code lists as CSV and JSON', async ({ page, request }) => {
  await page.goto('/instrumen/register-pengaduan/');
  const csvLink = page.getByRole('link', { name: 'CSV', exact: true }).first();
  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('kolom,label,bagian,jenis_isian,tipe_data,wajib,daftar_kode,nilai_yang_diizinkan,dasar');
  expect(lines.find((l) => l.startsWith('status-tahapan,'))).toContain('diterima|ditelaah|ditindaklanjuti|dipantau|diterminasi|dibuka-kembali');

  const schema = await (await request.get((await page.getByRole('link', { name: 'JSON Schema' }).getAttribute('href'))!)).json();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.properties['klaster-utama'].enum).toEqual(['pha-hak-sipil', 'pha-keluarga', 'pha-kesehatan', 'pha-pendidikan', 'pka']);

  await page.goto('/instrumen/daftar-kode/');
  await expect(page.getByRole('heading', { name: /Saluran pengaduan/ })).toBeVisible();
  const lists = await (await request.get('/instrumen/daftar-kode/0.2.json')).json();
  expect(lists.lists.map((l: { id: string }) => l.id)).toEqual(['klaster', 'kategori-pka', 'tahap', 'tindak-lanjut', 'status-tahapan', 'saluran']);
  expect((await (await request.get('/instrumen/daftar-kode/0.2.csv')).text()).split('\r\n')[0]).toBe('\uFEFFdaftar_kode,kode,label,sumber');
});

test.describe('the forms of SOP 0.3', () => {
  test('the list shows the 0.3 forms, each with what changed since 0.2, and the comparison names the new fields', async ({ page }) => {
    await page.goto('/instrumen/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Pasal 30 SOP Layanan Pengaduan versi 0.3' })).toBeVisible();
    const card = page.getByRole('region', { name: 'Penerimaan' }).locator('.card').first();
    await expect(card).toContainText(/Perubahan dari versi 0\.2: \d+ isian baru, \d+ dihapus, \d+ diubah\./);
    await card.getByRole('link', { name: 'Perubahan dari versi 0.2' }).click();
    await expect(page).toHaveURL(/\/instrumen\/lembar-penerimaan\/bandingkan\/0\.2\.\.\.0\.3\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perbandingan Lembar Penerimaan Pengaduan');
    const added = page.locator('.compare-item', { has: page.getByRole('heading', { name: 'Tingkat urgensi awal', exact: true }) });
    await expect(added).toContainText('Ditambahkan');
    await expect(added).toContainText('Pasal 12 ayat (2) huruf k');
    expect(await axe(page)).toEqual([]);
  });

  test('a new element of Pasal 30 is on its form with its basis: the initial urgency of Pasal 12 ayat (2) huruf k', async ({ page }) => {
    await page.goto('/instrumen/lembar-penerimaan/');
    await expect(page.getByText('Instrumen SOP Layanan Pengaduan · versi 0.3')).toBeVisible();
    const sheet = page.locator('.blank-sheet');
    const urgency = sheet.locator('.f', { hasText: 'Tingkat urgensi awal' });
    await expect(urgency.locator('li')).toHaveText([/darurat/, /mendesak/, /biasa/]);
    await expect(sheet.locator('.sheet-ids dt')).toHaveText(['Nomor registrasi', 'Tanggal pengisian', 'Nama dan peran pengisi']);
    const row = page.locator('tr#urgensi-awal');
    await expect(row.getByRole('link', { name: 'SOP-PGD 0.3, Pasal 12 ayat (2) huruf k' })).toHaveAttribute('href', /\/dokumen\/sop-pengaduan\/0\.3\/#pencatatan-registrasi$/);
    await expect(row).toContainText('tingkat urgensi awal menurut Pasal 13A, dengan tanda yang menjadi alasannya');
    // The deferral of the standard form is cited where SOP 0.3 says it.
    await expect(page.getByText(/bentuk baku instrumen ditetapkan tersendiri \(Pasal 30 ayat \(3\)\)/)).toBeVisible();
  });

  test('the lembar persetujuan prints the consent scripts of Pasal 31B for the officer to read out', async ({ page }) => {
    await page.goto('/instrumen/lembar-persetujuan/');
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.blank-sheet');
    await expect(sheet).toContainText('Saya [nama], petugas layanan pengaduan KPAI.');
    await expect(sheet).toContainText('Halo, aku [nama] dari KPAI.');
    await expect(sheet.locator('.f', { hasText: 'Kedudukan' }).locator('li')).toHaveText([/Orang tua Anak/, /Wali Anak/]);
  });

  test('the lembar terminasi carries the closure checklist of Pasal 28A, twelve tick boxes', async ({ page }) => {
    await page.goto('/instrumen/lembar-terminasi/');
    const checklist = page.locator('.blank-sheet .f', { hasText: 'Sudah diperiksa' });
    await expect(checklist.locator('li')).toHaveCount(12);
    await expect(checklist.locator('li').first()).toContainText('Alasan terminasi memenuhi salah satu huruf dalam Pasal 28 ayat (1)');
  });

  test('the code lists of 0.3 add the urgency levels of Pasal 13A and SP4N-LAPOR! as a channel', async ({ request }) => {
    const lists = await (await request.get('/instrumen/daftar-kode/0.3.json')).json();
    const byId = new Map(lists.lists.map((l: { id: string; values: { code: string }[] }) => [l.id, l.values.map((v) => v.code)]));
    expect(byId.get('tingkat-urgensi')).toEqual(['darurat', 'mendesak', 'biasa']);
    expect(byId.get('saluran')).toContain('sp4n-lapor');
    const schema = await (await request.get('/instrumen/register-pengaduan/0.3/kamus-data.schema.json')).json();
    expect(schema.properties['tingkat-urgensi'].enum).toEqual(['darurat', 'mendesak', 'biasa']);
  });
});
