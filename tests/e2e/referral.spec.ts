import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { finderResult, holdProvinceFile } from './routing-driver';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TOOL = '/cari-rujukan/';
const provinceData = /\/cari-rujukan\/wilayah\/(\d+)\.json$/;

async function axe(page: Page, step: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the finder and waits until it runs (its button stays disabled until then). */
async function open(page: Page) {
  await page.goto(TOOL);
  await expect(page.getByRole('button', { name: 'Tampilkan jalur rujukan' })).toBeEnabled();
}


/** Types part of a name into a combobox and picks the first match with the keyboard. */
async function pickByTyping(page: Page, field: Locator, typed: string) {
  await tabTo(page, field);
  await page.keyboard.type(typed);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('a full path by keyboard alone: violence in Kota Bekasi with the child in danger now', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  for (const label of ['Ya, anak dalam bahaya sekarang', 'Di bawah 18 tahun, termasuk yang masih dalam kandungan', 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Di rumah, atau oleh keluarga']) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.press('Space');
  }
  await pickByTyping(page, page.getByRole('combobox', { name: 'Provinsi' }), 'jawa bar');
  await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('Jawa Barat');
  const regency = page.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' });
  await expect(regency).toBeEnabled();
  await pickByTyping(page, regency, 'kota bekasi');
  await expect(regency).toHaveValue('Kota Bekasi');
  for (const label of ['Tidak ada, atau saya tidak tahu', 'Belum dilaporkan ke mana pun']) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.press('Space');
  }
  await axe(page, 'form filled');
  await tabTo(page, page.getByRole('button', { name: 'Tampilkan jalur rujukan' }));
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { name: 'Jalur rujukan: Kota Bekasi, Jawa Barat' });
  await expect(heading).toBeFocused();
  await expect(page.locator('.path-steps > li > h3')).toHaveText([
    'Hubungi Polisi 110 sekarang',
    'Minta layanan UPTD PPA di daerah anak',
    'Laporkan ke polisi, didampingi bila bisa',
    'Minta KPAI mengawasi penanganan',
    'Libatkan KPAD di daerah anak',
  ]);
  // SAPA 129 is among the contacts of the emergency step, after the police.
  await expect(page.locator('.path-steps > li').first().locator('.contact-name')).toHaveText(['Polisi 110', 'SAPA 129', 'Darurat 112']);
  // The KPAD of Kota Bekasi is in the directory with its sourced address (and, having no number, KPAI beside it);
  // Kota Bekasi's UPTD PPA has no number yet, so the province's UPTD PPA and its WhatsApp line follow it.
  await expect(page.locator('.path-steps > li').nth(4)).toContainText('Jalan Serma Marzuki No. 10');
  await expect(page.locator('.path-steps > li').nth(1).locator('.contact-name')).toHaveText(['UPTD PPA Kota Bekasi', 'UPTD PPA Provinsi Jawa Barat']);
  await expect(page.locator('.path-steps > li').nth(1).getByRole('link', { name: '0852-2220-6777' })).toHaveAttribute('href', 'https://wa.me/6285222206777');
  await axe(page, 'path shown');
  // Only this site's own province file was fetched while answering; nothing else, and nothing carrying the answers.
  expect(requests.map((u) => new URL(u).pathname)).toEqual(['/cari-rujukan/wilayah/32.json']);
  expect(page.url()).toMatch(/\/cari-rujukan\/$/);
});

test('a province’s directory loads only when that province is chosen', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    const match = new URL(r.url()).pathname.match(provinceData);
    if (match) loaded.push(match[1]!);
  });
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  const province = page.getByRole('combobox', { name: 'Provinsi' });
  await province.fill('Aceh');
  await expect(page.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' })).toBeEnabled();
  expect(loaded).toEqual(['11']);
  await province.fill('Bali');
  await expect.poll(() => loaded).toEqual(['11', '51']);
  // Back to a province already loaded: no second request.
  await province.fill('Aceh');
  await page.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' }).click();
  await expect(page.getByRole('option', { name: 'Kabupaten Aceh Selatan' })).toBeVisible();
  expect(loaded).toEqual(['11', '51']);
});

test('the path gives tap-to-call and WhatsApp links, and the clause of the referral guide for each step', async ({ page }) => {
  await finderResult(page, { bahaya: ['tidak'], usia: ['tidak-tahu'], 'apa-terjadi': ['kekerasan-seksual'], 'di-mana': ['tidak-tahu'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '72');
  const uptd = page.locator('.path-steps > li').first();
  await expect(uptd).toContainText('UPTD PPA Provinsi Sulawesi Tengah');
  // Its hotlines are from 2021: shown as text with a warning, never as a link, and SAPA 129 is offered as the way in.
  await expect(uptd).toContainText('0811-4560-4320 (belum dipastikan masih berfungsi');
  await expect(uptd.getByRole('link', { name: '0811-4560-4320' })).toHaveCount(0);
  await expect(uptd).toContainText('Direktori kami belum memuat nomor UPTD PPA di Sulawesi Tengah yang dapat langsung dihubungi');
  await expect(uptd.getByRole('link', { name: '129', exact: true })).toHaveAttribute('href', 'tel:129');
  await expect(uptd.getByRole('link', { name: '08111-129-129' })).toHaveAttribute('href', 'https://wa.me/628111129129');
  const clause = uptd.getByRole('link', { name: /^Panduan Rujukan, Pasal \d+ — UPTD PPA/ });
  await expect(clause).toHaveAttribute('href', '/dokumen/panduan-rujukan/#uptd-ppa');
  await clause.click();
  await expect(page.locator('#uptd-ppa')).toBeInViewport();
});

test('printing gives the path alone, without the form, under a line saying it is a draft guide', async ({ page }) => {
  await finderResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['penelantaran'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '51');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Jalur rujukan: Bali' })).toBeVisible();
  await expect(page.getByText('Jalur ini disusun dari panduan draf berdasarkan sumber publik. Ini bukan penilaian atau keputusan KPAI.')).toBeVisible();
  await expect(page.locator('.print-notice')).toContainText('Bila anak dalam bahaya sekarang: Polisi 110 · SAPA 129');
  await expect(page.locator('.path-steps > li').first()).toBeVisible();
  await expect(page.locator('.finder-form')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Salin jalur' })).toBeHidden();
});

test('an 18-year-old is told KPAI serves children, and is sent to the police; staff can see the rules used', async ({ page }) => {
  await finderResult(page, { bahaya: ['tidak'], usia: ['dewasa'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '51');
  await expect(page.locator('.path-steps > li > h3')).toHaveText(['KPAI melindungi anak; untuk orang dewasa ada lembaga lain', 'Laporkan ke polisi, didampingi bila bisa']);
  await page.getByText('Aturan yang menghasilkan jalur ini').click();
  await expect(page.locator('.path-rules')).toContainText('Korban sudah berusia 18 tahun atau lebih saat kejadian (dewasa)');
});

test('submitting with nothing chosen lists what is missing, and each message leads to its field', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(7);
  await summary.getByRole('link', { name: /Pilih provinsi/ }).click();
  await expect(page).toHaveURL(/#tempat-provinsi$/);
  // A name that is not on the list chooses nothing.
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Atlantis');
  await expect(page.getByText('Tidak ada yang cocok dengan "Atlantis"')).toBeVisible();
});

test('when a province’s file cannot be loaded, the finder says so and still gives a path', async ({ page }) => {
  await page.route(provinceData, (route) => route.fulfill({ status: 500, body: '' }));
  await finderResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['lainnya'], 'di-mana': ['tidak-tahu'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '91');
  await expect(page.getByText('Daftar layanan daerah untuk provinsi ini tidak dapat dimuat')).toBeVisible();
  await expect(page.locator('.path-steps > li > h3').first()).toHaveText('Ceritakan kepada KPAI, yang akan menelaah dan mengarahkan');
});

test('an error inside the finder stays inside it: a message and the way on, while the rest of the page works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A province file that is shaped right on the outside but breaks the path's rendering inside.
  await page.route(provinceData, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ code: '32', name: 'Jawa Barat', regencies: [], services: [{ id: 'x', region: '32', kind: 'uptd-ppa', name: 'X', channels: null }] }) }),
  );
  await open(page);
  for (const label of ['Tidak', 'Di bawah 18 tahun, termasuk yang masih dalam kandungan', 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Di rumah, atau oleh keluarga', 'Tidak ada, atau saya tidak tahu', 'Belum dilaporkan ke mana pun']) {
    await page.getByLabel(label, { exact: true }).check();
  }
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Jawa Barat');
  await expect(page.getByText('Boleh dikosongkan')).toBeVisible();
  await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
  const alert = page.locator('.island-error');
  await expect(alert).toContainText('Bagian interaktif ini mengalami galat dan berhenti.');
  await expect(alert.getByRole('link', { name: 'Layanan menurut daerah' })).toHaveAttribute('href', '/layanan/');
  await expect(page.locator('.emergency').getByRole('link', { name: 'Polisi 110' })).toHaveAttribute('href', 'tel:110');
  await expect(page.getByRole('link', { name: /^Keluar cepat/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder page offers the emergency contacts and every province’s directory page', async ({ page }) => {
    await page.goto(TOOL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cari jalur rujukan');
    await expect(page.getByRole('link', { name: '110', exact: true }).last()).toHaveAttribute('href', 'tel:110');
    await expect(page.locator('noscript, main').getByRole('link', { name: 'Jawa Barat' })).toHaveAttribute('href', '/layanan/jawa-barat/');
    await expect(page.getByRole('link', { name: 'LPSK', exact: true })).toHaveAttribute('href', '/kontak/#lpsk');
    await expect(page.getByRole('button', { name: 'Tampilkan jalur rujukan' })).toBeHidden();
  });
});

test('the directory lists all 38 provinces, and a province page its regencies and sourced services', async ({ page }) => {
  await page.goto('/layanan/');
  await expect(page.locator('tbody tr')).toHaveCount(38);
  await expect(page.getByRole('link', { name: 'idn-area-data' })).toBeVisible();
  await page.getByRole('link', { name: 'Jawa Barat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan di Jawa Barat');
  await expect(page.locator('tbody tr')).toHaveCount(27);
  const kotaBekasi = page.getByRole('heading', { name: 'Kota Bekasi' });
  await expect(kotaBekasi).toBeVisible();
  await expect(page.getByText('Jalan Serma Marzuki No. 10, Margajaya, Bekasi Selatan')).toBeVisible();
  await expect(page.getByRole('link', { name: /JPNN, Januari 2018/ }).first()).toHaveAttribute('href', /jpnn\.com/);
  // A personal-looking mobile number from 2021 is not published: the service is listed, with why no number.
  const kpadBandung = page.locator('.contact').filter({ hasText: 'KPAD Kabupaten Bandung' });
  await expect(kpadBandung).toContainText('tidak kami cantumkan');
  await expect(page.locator('a[href^="tel:081214484460"]')).toHaveCount(0);
});

test('on a slow connection, pressing the button while the province’s list loads shows the path once it has come', async ({ page }) => {
  const release = await holdProvinceFile(page, '51');
  await open(page);
  for (const label of ['Tidak', 'Di bawah 18 tahun, termasuk yang masih dalam kandungan', 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Di rumah, atau oleh keluarga', 'Tidak ada, atau saya tidak tahu', 'Belum dilaporkan ke mana pun']) {
    await page.getByLabel(label, { exact: true }).check();
  }
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Bali');
  await page.getByRole('combobox', { name: 'Provinsi' }).press('Escape');
  await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Memuat daftar layanan daerah' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jalur rujukan: Bali' })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { name: 'Jalur rujukan: Bali' })).toBeFocused();
  await expect(page.locator('.error-summary')).toHaveCount(0);
});
