import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TOOL = '/penapisan/';
const NEUTRAL = 'https://www.bmkg.go.id/';

async function axe(page: Page, step: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${step}: ${v.id}`)).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the tool and waits until it runs (its buttons stay disabled until then). */
async function open(page: Page) {
  await page.goto(TOOL);
  await expect(page.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeEnabled();
}

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
}


test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><h1>Prakiraan cuaca</h1>' }));
});

test('a child in danger now gets the emergency contacts first, before any other question', async ({ page }) => {
  await open(page);
  await expect(heading(page)).toHaveText('Apakah ada anak yang dalam bahaya sekarang?');
  await choose(page, 'Ya, anak dalam bahaya sekarang');
  await expect(heading(page)).toHaveText('Hubungi bantuan sekarang');
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.screening').getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
  await expect(page.locator('.screening').getByRole('link', { name: '129', exact: true })).toHaveAttribute('href', 'tel:129');
  await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).click();
  await expect(heading(page)).toHaveText('Berapa umur orang yang mengalami kejadian ini?');
});

test('a full path by keyboard alone, with no request made while answering, and axe on every step', async ({ page }) => {
  test.setTimeout(120_000); // many key presses and an accessibility scan on every step
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const answer = async (label: string, submit = 'Lanjutkan') => {
    await axe(page, (await heading(page).textContent()) ?? '');
    const input = page.getByLabel(label, { exact: true });
    await tabTo(page, input);
    if (!(await input.isChecked())) await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: submit, exact: true }));
    await page.keyboard.press('Enter');
  };
  await answer('Tidak');
  await answer('Di bawah 18 tahun');
  await answer('Perundungan (bullying) di sekolah');
  await answer('Sekolah, madrasah, atau pesantren');
  await axe(page, 'provinsi');
  await tabTo(page, page.getByLabel('Provinsi'));
  await page.keyboard.type('Jawa Barat');
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan', exact: true }));
  await page.keyboard.press('Enter');
  await answer('Tidak ada, atau saya tidak tahu');
  await answer('Sekolah atau lembaga tempat kejadian');
  await answer('Ya, terhenti atau tidak ada kabar');

  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await expect(page.locator('.summary-list')).toContainText('Jawa Barat');
  await axe(page, 'periksa');
  await tabTo(page, page.getByRole('button', { name: 'Lihat hasil' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Adukan ke KPAI');
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.screening-result')).toContainText('Penanganannya terhenti atau tidak ditanggapi.');
  await expect(page.locator('.screening-result')).toContainText('PHA — Pendidikan, Pemanfaatan Waktu Luang, Budaya dan Agama');
  await expect(page.getByRole('link', { name: 'Panduan Pengaduan - cara mengadu' })).toHaveAttribute('href', '/dokumen/panduan-pengaduan/#cara-mengadu');
  await axe(page, 'hasil');
  expect(requests).toEqual([]);
  expect(page.url()).toMatch(/\/penapisan\/$/);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test('the back link returns to the previous question with its answer kept', async ({ page }) => {
  await open(page);
  await choose(page, 'Tidak');
  await choose(page, 'Di bawah 18 tahun');
  await expect(heading(page)).toHaveText('Apa yang terjadi?');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(heading(page)).toHaveText('Berapa umur orang yang mengalami kejadian ini?');
  await expect(page.getByLabel('Di bawah 18 tahun', { exact: true })).toBeChecked();
});

test('a change link on the check page changes one answer and returns to the check page, with a new result', async ({ page }) => {
  await open(page);
  for (const label of ['Tidak', 'Di bawah 18 tahun', 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Keluarga atau orang serumah']) await choose(page, label);
  await page.getByLabel('Provinsi').selectOption({ label: 'Bali' });
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await choose(page, 'Tidak ada, atau saya tidak tahu');
  await choose(page, 'Belum ke mana pun');
  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await page.getByRole('button', { name: 'Ubah sudah dilaporkan ke' }).click();
  await expect(page.getByLabel('Belum ke mana pun')).toBeChecked();
  await page.getByLabel('Belum ke mana pun').uncheck();
  await choose(page, 'Polisi');
  // Reported to the police now: the flow asks whether it stalled, then checks the answers again.
  await expect(heading(page)).toHaveText('Apakah penanganannya terhenti atau tidak ditanggapi?');
  await choose(page, 'Tidak, penanganannya masih berjalan');
  await expect(heading(page)).toHaveText('Periksa jawaban Anda');
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await expect(heading(page)).toHaveText('Lanjutkan dengan lembaga yang menangani');
});

test('an answer left empty gets an error that links to the question', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Pilih salah satu jawaban.');
  await expect(summary).toBeFocused();
  await axe(page, 'galat');
});

test('a date of birth makes an adult go to the right institutions instead', async ({ page }) => {
  await open(page);
  await choose(page, 'Tidak');
  await choose(page, 'Saya tahu tanggal lahirnya');
  await page.getByLabel('Tanggal lahir').fill('1990-01-01');
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await expect(heading(page)).toHaveText('Ini bukan pengaduan anak');
  await expect(page.locator('.screening-result .contact-name', { hasText: 'Komnas Perempuan' })).toBeVisible();
});

test('the result can be copied as a summary, and printed', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await open(page);
  await choose(page, 'Tidak');
  await choose(page, '18 tahun atau lebih');
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await page.getByRole('button', { name: 'Salin ringkasan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ringkasan sudah disalin.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Hasil cek pengaduan (Pedoman KPAI): Ini bukan pengaduan anak');
  expect(text).toContain('- Umur: 18 tahun atau lebih');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(heading(page)).toBeVisible();
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
    await open(page);
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
  await expect(page.locator('main').getByRole('link', { name: '110' }).first()).toHaveAttribute('href', 'tel:110');
  await expect(page.locator('main').getByRole('link', { name: 'Panduan Pengaduan' })).toHaveAttribute('href', '/dokumen/panduan-pengaduan/');
  await context.close();
});
