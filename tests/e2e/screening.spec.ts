import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, provinceByKeyboard, tabTo } from './keyboard';
import { holdProvinceFile, openScreening, screeningResult } from './routing-driver';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TOOL = '/penapisan/';
const NEUTRAL = 'https://www.bmkg.go.id/';

async function axe(page: Page, step: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function choose(page: Page, ...labels: string[]) {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
}

test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><h1>Prakiraan cuaca</h1>' }));
});

test('a child in danger now gets the emergency contacts first — Polisi 110 and SAPA 129 — before any other question', async ({ page }) => {
  await openScreening(page);
  await expect(heading(page)).toHaveText('Apakah ada anak yang dalam bahaya sekarang?');
  await choose(page, 'Ya, anak dalam bahaya sekarang');
  await expect(heading(page)).toHaveText('Hubungi bantuan sekarang');
  await expect(heading(page)).toBeFocused();
  const cards = page.locator('.screening .contact-name');
  await expect(cards).toHaveText(['Polisi 110', 'SAPA 129', 'Darurat 112']);
  await expect(page.locator('.screening').getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
  await expect(page.locator('.screening').getByRole('link', { name: '08111-129-129' })).toHaveAttribute('href', 'https://wa.me/628111129129');
  await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).click();
  await expect(heading(page)).toHaveText('Berapa usia anak itu saat kejadian?');
});

test('a full path by keyboard alone, with no request but the chosen province’s file, and axe on every page', async ({ page }) => {
  test.setTimeout(120_000); // many key presses and an accessibility scan on every page
  await openScreening(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));

  const answer = async (...labels: string[]) => {
    await axe(page, (await heading(page).textContent()) ?? '');
    await answerByKeyboard(page, ...labels);
  };
  await answer('Tidak');
  await answer('Di bawah 18 tahun, termasuk yang masih dalam kandungan');
  await answer('Perundungan (bullying) oleh anak lain');
  await answer('Sekolah negeri');
  await axe(page, 'daerah');
  await provinceByKeyboard(page, 'jawa bar');
  await answer('Tidak ada, atau saya tidak tahu');
  await answer('Sudah, tetapi penanganannya terhenti atau tidak ada kabar');

  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await expect(page.locator('.summary-list')).toContainText('Jawa Barat');
  await axe(page, 'periksa');
  await tabTo(page, page.getByRole('button', { name: 'Lihat hasil' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('KPAI dapat menerima pengaduan ini.');
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.path-steps > li > h3').first()).toHaveText('Minta KPAI mengawasi penanganan');
  await expect(page.locator('.screening-result')).toContainText('PHA — Pendidikan, Pemanfaatan Waktu Luang, Budaya dan Agama');
  await expect(page.getByRole('link', { name: 'Panduan Pengaduan - kasus yang macet di daerah' })).toHaveAttribute('href', '/dokumen/panduan-pengaduan/#kasus-macet-di-daerah');
  await axe(page, 'hasil');
  expect(requests).toEqual(['/cari-rujukan/wilayah/32.json']);
  expect(page.url()).toMatch(/\/penapisan\/$/);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test('the age asked is the age at the time: an adult telling of abuse as a child gets a child’s route', async ({ page }) => {
  await screeningResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan-seksual'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] });
  await expect(heading(page)).toHaveText('Hubungi layanan langsung dulu; KPAI bila penanganannya terhenti.');
  await expect(page.locator('.path-steps > li > h3').first()).toHaveText('Minta layanan UPTD PPA di daerah anak');
  await screeningResult(page, { bahaya: ['tidak'], usia: ['dewasa'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['perempuan-dewasa'], penanganan: ['belum'] });
  await expect(heading(page)).toHaveText('Ini bukan pengaduan anak.');
  await expect(page.locator('.screening-result .contact-name', { hasText: 'Komnas Perempuan' })).toBeVisible();
});

test('terms are explained where first used: the link to the glossary and the words in full', async ({ page }) => {
  await screeningResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] });
  const first = page.locator('.path-steps').getByRole('link', { name: 'UPTD PPA', exact: true }).first();
  await expect(first).toHaveAttribute('href', '/istilah/#uptd-ppa');
  await expect(page.locator('.path-steps > li').first()).toContainText('UPTD PPA (Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak)');
});

test('the back link returns to the previous question with its answer kept', async ({ page }) => {
  await openScreening(page);
  await choose(page, 'Tidak');
  await choose(page, 'Di bawah 18 tahun, termasuk yang masih dalam kandungan');
  await expect(heading(page)).toHaveText('Apa yang terjadi?');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(heading(page)).toHaveText('Berapa usia anak itu saat kejadian?');
  await expect(page.getByLabel('Di bawah 18 tahun, termasuk yang masih dalam kandungan', { exact: true })).toBeChecked();
});

test('a change link on the check page changes one answer and returns to the check page, with a new result', async ({ page }) => {
  await screeningResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '51');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await page.getByRole('button', { name: 'Ubah sudah dilaporkan' }).click();
  await expect(page.getByLabel('Belum dilaporkan ke mana pun')).toBeChecked();
  await choose(page, 'Sudah, dan penanganannya masih berjalan');
  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await expect(heading(page)).toHaveText('Lanjutkan dengan lembaga yang menangani.');
  await expect(page.locator('.path-steps > li > h3').first()).toHaveText('Tetap berhubungan dengan lembaga yang menangani');
});

test('an answer left empty gets an error that links to the question', async ({ page }) => {
  await openScreening(page);
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Pilih salah satu jawaban.');
  await expect(summary).toBeFocused();
  await axe(page, 'galat');
});

test('the result can be copied as a summary that says it is not KPAI’s assessment, and printed', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await screeningResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['abh'], 'di-mana': ['polisi'], keadaan: ['tidak-ada'], penanganan: ['belum'] });
  await page.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ringkasan sudah disalin.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Hasil cek ke mana melapor: Pendamping hukum dulu; KPAI mengawasi sesudahnya.');
  expect(text).toContain('Ini bukan penilaian atau keputusan KPAI.');
  expect(text).toContain('Bila anak dalam bahaya sekarang: Polisi 110 · SAPA 129');
  expect(text).toContain('1. Pastikan anak didampingi orang tua dan bantuan hukum');
  expect(text).toContain('Posbakum (Pos Bantuan Hukum)');
  expect(text).toContain('- Usia saat kejadian: Di bawah 18 tahun');
  await expect(page.locator('.print-notice')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.emergency')).toBeHidden();
  // On paper the strip is gone, so the result carries the numbers and says it is not KPAI's assessment.
  await expect(page.locator('.print-notice')).toContainText('Ini bukan penilaian atau keputusan KPAI.');
  await expect(page.locator('.print-notice')).toContainText('Bila anak dalam bahaya sekarang: Polisi 110 · SAPA 129 (telepon 129, WhatsApp 08111-129-129)');
  await expect(heading(page)).toBeVisible();
  await expect(page.locator('.path-steps > li').first()).toBeVisible();
});

test.describe('quick exit', () => {
  test('the button replaces the page with a neutral site, and Back does not return to the tool', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Cek ke mana melapor' }).first().click();
    await expect(page.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeEnabled();
    await choose(page, 'Tidak');
    await page.getByRole('link', { name: /Keluar cepat/ }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });

  test('pressing Shift three times does the same', async ({ page }) => {
    await page.goto('/');
    await openScreening(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).not.toHaveURL(/penapisan/);
  });
});

test('without JavaScript the page offers the emergency contacts and the complaint guide', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TOOL);
  await expect(heading(page)).toHaveText('Cek ke mana melapor');
  await expect(page.locator('.screening')).toBeHidden();
  await expect(page.locator('main .contact-name')).toHaveText(['Polisi 110', 'SAPA 129', 'Darurat 112']);
  await expect(page.locator('main').getByRole('link', { name: 'Panduan Pengaduan' })).toHaveAttribute('href', '/dokumen/panduan-pengaduan/');
  await context.close();
});

test('on a slow connection, one press of "Lanjutkan" while the province’s list loads is enough: it says so, then goes on', async ({ page }) => {
  const release = await holdProvinceFile(page, '32');
  await openScreening(page);
  await choose(page, 'Tidak');
  await choose(page, 'Di bawah 18 tahun, termasuk yang masih dalam kandungan');
  await choose(page, 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina');
  await choose(page, 'Di rumah, atau oleh keluarga');
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Jawa Barat');
  await page.getByRole('combobox', { name: 'Provinsi' }).press('Escape');
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Memuat daftar kabupaten/kota' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  release();
  await expect(heading(page)).toHaveText('Apakah salah satu hal ini juga berlaku?');
  await expect(heading(page)).toBeFocused();
});
