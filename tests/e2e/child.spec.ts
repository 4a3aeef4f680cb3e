import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, provinceByKeyboard, tabTo, tickByKeyboard } from './keyboard';
import { childLabel, childResult, questions } from './routing-driver';
import { watch } from './watch';

// Child mode ("Untuk anak"), as a child meets it: from the home page or the emergency strip, by keyboard alone,
// in a child's words, to a result and a letter that is printed or copied — and nothing stored or sent.

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${where} — ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('reachable from the home page and from the emergency strip on every page', async ({ page }) => {
  await page.goto('/');
  await page.locator('#melapor').getByRole('link', { name: 'Untuk anak' }).click();
  await expect(page).toHaveURL(/\/penapisan\/anak\/$/);
  await page.goto('/dokumen/sop-pengaduan/');
  await page.locator('.emergency').getByRole('link', { name: 'Untuk anak' }).click();
  await expect(heading(page)).toHaveText('Untuk anak: siapa yang bisa menolongmu');
});

test('the whole path by keyboard alone: fewer questions in a child’s words, the promise, the result, the letter; axe on every page', async ({ page }) => {
  test.setTimeout(120_000);
  const watching = await watch(page);
  await page.goto('/penapisan/anak/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));

  await expect(page.getByRole('heading', { name: 'Rahasiamu, dan kapan orang dewasa perlu tahu' })).toBeVisible();
  await expect(page.locator('.child-promise')).toContainText('kamu tidak perlu minta izinnya untuk mengadu');
  await expect(page.locator('.child-promise')).toContainText('panduan draf');
  await expect(page.locator('.child-promise a').first()).toHaveAttribute('href', '/dokumen/panduan-pengaduan/#siapa-dapat-mengadu');
  await axe(page, 'mulai');
  await tabTo(page, page.getByRole('button', { name: 'Mulai' }));
  await page.keyboard.press('Enter');

  const titles: string[] = [];
  const answer = async (...labels: string[]) => {
    titles.push((await heading(page).textContent()) ?? '');
    await axe(page, titles.at(-1)!);
    await answerByKeyboard(page, ...labels);
  };
  await expect(heading(page)).toBeFocused();
  await answer(childLabel('bahaya', 'tidak'));
  await answer(childLabel('apa-terjadi', 'kekerasan'));
  await answer(childLabel('di-mana', 'rumah'));
  titles.push((await heading(page).textContent()) ?? '');
  await provinceByKeyboard(page, 'jawa bar');
  await answer(childLabel('keadaan', 'tidak-ada'));

  // Five questions, each in the child's words; age and whether it was reported are not asked.
  expect(titles).toEqual(questions.filter((q) => !q.child?.skip).map((q) => q.child!.title!));
  await expect(heading(page)).toHaveText('Periksa jawabanmu');
  await axe(page, 'periksa');
  await tabTo(page, page.getByRole('button', { name: 'Lihat hasil' }));
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Siapa yang bisa menolongmu');
  await expect(heading(page)).toBeFocused();
  const first = page.locator('.child-steps > li').first();
  await expect(first).toHaveAttribute('data-tujuan', 'uptd-ppa');
  await expect(first.locator('h2')).toHaveText('Minta bantuan UPTD PPA di daerahmu');
  await expect(page.locator('.child-result .lead')).toContainText('KPAI tidak datang menolong sendiri');
  // The adult who helps finds every step in full, with what happens next and how long.
  await expect(page.locator('.adult-steps .step-after').first()).toContainText('Sesudah Anda menghubunginya');
  await axe(page, 'hasil');

  await tabTo(page, page.getByRole('button', { name: 'Buat surat untuk orang dewasa yang kamu percaya' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Surat untuk orang dewasa yang kamu percaya');
  await expect(heading(page)).toBeFocused();
  await tickByKeyboard(page, 'Guru atau wali kelasku', 'Pakai jawabanku tadi', 'Takut', 'Temani aku meminta bantuan', 'Hari ini');
  const letter = page.locator('#surat');
  await expect(letter).toContainText('Untuk Bapak atau Ibu Guru,');
  await expect(letter).toContainText('aku dipukul, disakiti, diancam, atau terus-menerus dihina');
  await expect(letter).toContainText('Aku merasa takut.');
  await expect(letter).toContainText('Menurut Pedoman KPAI, kita bisa menghubungi:');
  await expect(letter).toContainText('SAPA 129');
  await axe(page, 'surat');

  expect(requests).toEqual(['/cari-rujukan/wilayah/32.json']);
  expect(page.url()).toMatch(/\/penapisan\/anak\/$/);
  await watching.expectClean(['kekerasan', 'rumah', 'guru', 'takut', 'jawa']);
});

test('the letter prints alone, and printing or copying it stores nothing and requests nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await childResult(page, { bahaya: ['tidak'], 'apa-terjadi': ['perundungan'], 'di-mana': ['sekolah-negeri'], keadaan: ['tidak-ada'] }, '32.75');
  await page.getByRole('button', { name: 'Buat surat untuk orang dewasa yang kamu percaya' }).click();
  await page.getByLabel('Ibu', { exact: true }).check();
  await page.getByLabel('Aku mau menceritakannya langsung, bukan di surat', { exact: true }).check();
  await page.getByLabel('Dengarkan aku dulu', { exact: true }).check();
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });

  await page.getByRole('button', { name: 'Cetak surat' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#surat')).toBeVisible();
  await expect(page.locator('#surat')).toContainText('Untuk Ibu,');
  await expect(page.locator('#surat')).not.toContainText('perundungan');
  await expect(page.locator('#surat')).toContainText('Bila anak dalam bahaya sekarang');
  await expect(page.locator('#surat')).toContainText('bukan penilaian atau keputusan KPAI');
  for (const hidden of ['.letter-form', '.emergency', '.site-header > .wrap', '.quick-exit', '.result-actions']) await expect(page.locator(hidden).first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Salin surat' }).click();
  await expect(page.getByRole('status')).toHaveText('Surat sudah disalin. Tempelkan di pesan untuk orang yang kamu percaya.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('Untuk Ibu,\n\nAda sesuatu yang terjadi padaku')).toBe(true);

  expect(requests).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
  expect(page.url()).toMatch(/\/penapisan\/anak\/$/);
});

test('a child in danger sees the emergency page first, in a child’s words', async ({ page }) => {
  await page.goto('/penapisan/anak/');
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByLabel(childLabel('bahaya', 'ya'), { exact: true }).check();
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await expect(heading(page)).toHaveText('Minta tolong sekarang');
  await expect(page.locator('.info-step')).toContainText('Kalau kamu dalam bahaya, jangan menunggu.');
  await expect(page.locator('.info-step a[href="tel:110"]')).toBeVisible();
});

test('without JavaScript the page says who to call now and what stays secret', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/penapisan/anak/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untuk anak: siapa yang bisa menolongmu');
  await expect(page.locator('noscript, .contact').first()).toBeAttached();
  await expect(page.getByRole('link', { name: '129', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rahasiamu, dan kapan orang dewasa perlu tahu' })).toBeVisible();
  await context.close();
});
