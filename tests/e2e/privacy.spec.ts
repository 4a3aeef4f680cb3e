import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';
import { finderResult, screeningResult } from './routing-driver';

// Every tool, driven to its outcomes while everything the page does is recorded: no request to another origin,
// no request carrying an answer, no cookie, nothing in storage, no error. Answers that could identify a case are
// listed as secrets: they must not appear in any request.

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

// Every KPAI role of the pre-screening reached; each row's answers by option id, with a place.
const screeningPaths: [string, Record<string, string[]>, string | undefined][] = [
  ['Ini bukan pengaduan anak.', { bahaya: ['tidak'], usia: ['dewasa'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '51'],
  ['Pendamping hukum dulu; KPAI mengawasi sesudahnya.', { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['abh'], 'di-mana': ['polisi'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '11.01'],
  ['KPAI dapat menerima pengaduan ini.', { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['perundungan'], 'di-mana': ['sekolah-negeri'], keadaan: ['tidak-ada'], penanganan: ['macet'] }, '32'],
  ['Lanjutkan dengan lembaga yang menangani.', { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['pengasuhan'], 'di-mana': ['rumah'], keadaan: ['saksi-terancam'], penanganan: ['berjalan'] }, '91'],
  ['Hubungi layanan langsung dulu; KPAI bila penanganannya terhenti.', { bahaya: ['ya'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['disabilitas'], penanganan: ['belum'] }, '31.71'],
  ['Mengadu dulu kepada instansinya; KPAI juga dapat menerima pengaduan ini.', { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['pendidikan'], 'di-mana': ['sekolah-negeri'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, undefined],
  ['KPAI dapat menerima pengaduan ini.', { bahaya: ['tidak'], usia: ['tidak-tahu'], 'apa-terjadi': ['lainnya'], 'di-mana': ['tidak-tahu'], keadaan: ['tidak-ada'], penanganan: ['tidak-tahu'] }, '64'],
];

test.describe('pre-screening: every answer about KPAI’s part reached, nothing sent or kept', () => {
  for (const [outcome, answers, place] of screeningPaths) {
    test(`${outcome} (${answers['apa-terjadi']}, ${answers.penanganan})`, async ({ page }) => {
      const watching = await watch(page);
      await screeningResult(page, answers, place);
      await expect(heading(page)).toHaveText(outcome);
      expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/penapisan/');
      // Only the page, its own files and the chosen province's file were fetched; nothing carries an answer.
      await watching.expectClean(['bali', 'aceh', 'papua', 'jawa', 'perundungan', 'pengasuhan', 'kekerasan', 'abh']);
    });
  }
});

test('referral finder: paths with and without danger, nothing but the chosen province’s file fetched', async ({ page }) => {
  const watching = await watch(page);
  await finderResult(page, { bahaya: ['ya'], usia: ['anak'], 'apa-terjadi': ['kekerasan-seksual'], 'di-mana': ['rumah'], keadaan: ['disabilitas'], penanganan: ['belum'] }, '32');
  await expect(page.locator('.path-steps > li').first()).toBeVisible();
  await finderResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['pendidikan'], 'di-mana': ['sekolah-negeri'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '31');
  await expect(page.locator('.path-steps > li').first()).toBeVisible();
  expect(watching.requests.filter((u) => u.includes('/wilayah/')).map((u) => new URL(u).pathname)).toEqual(['/cari-rujukan/wilayah/32.json', '/cari-rujukan/wilayah/31.json']);
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  await watching.expectClean(['kekerasan', 'bahaya', 'disabilitas', 'pendidikan']);
});

test('eligibility: the answers live in the fragment, which never leaves the browser', async ({ page }) => {
  const watching = await watch(page);
  await page.goto('/cek-mitra/#v=0.2&jenis=dunia-usaha&legalitas=sudah');
  await expect(heading(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await watching.expectClean(['dunia-usaha', 'legalitas']);
});

test('search: the query is answered in the browser, from this site’s own index', async ({ page }) => {
  const watching = await watch(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Cari di semua dokumen' }).fill('kekerasan seksual');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Semua versi' }).check();
  await page.waitForLoadState('networkidle');
  await watching.expectClean(['kekerasan', 'seksual']);
});
