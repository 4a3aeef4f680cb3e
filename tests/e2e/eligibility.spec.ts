import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TOOL = '/cek-mitra/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
}

async function open(page: Page, fragment = '') {
  await page.goto(`${TOOL}${fragment}`);
  await expect(page.locator('.eligibility button[type="submit"], .eligibility-result').first()).toBeVisible();
  await expect(page.locator('.eligibility button[type="submit"]').or(page.locator('.eligibility-result')).first()).toBeEnabled();
}

/** Presses Tab until a radio of the named group has focus. */
async function tabToGroup(page: Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) === name) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

/** Chooses a radio by keyboard: Tab into its group, arrows to the choice. */
async function pick(page: Page, label: string, group?: string) {
  const target = group ? page.locator(`input[name="${group}"]`).and(page.getByLabel(label, { exact: true })) : page.getByLabel(label, { exact: true });
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    const group = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    const sameGroup = group !== '' && group === (await target.getAttribute('name'));
    await page.keyboard.press(sameGroup ? 'ArrowDown' : 'Tab');
  }
  await expect(target).toBeFocused();
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

async function next(page: Page) {
  await page.keyboard.press('Enter');
}

test('a full run by keyboard: a foundation with a safeguarding policy gets a verdict, a form and documents', async ({ page }) => {
  test.setTimeout(120_000); // many key presses and an accessibility scan on every step
  await open(page);
  await expect(heading(page)).toHaveText('Apa jenis lembaga Anda?');
  await axe(page);
  await pick(page, 'Lembaga perlindungan anak yang dibentuk masyarakat');
  await next(page);
  await expect(heading(page)).toHaveText('Legalitas, tujuan, dan rekam jejak');
  await expect(heading(page)).toBeFocused();
  await axe(page);
  // Each page of criteria: Tab into each question's choices, Space picks the first, Enter goes on.
  for (let pageNo = 0; pageNo < 6 && (await heading(page).textContent()) !== 'Rencana kegiatan bersama'; pageNo++) {
    for (const name of await page.locator('fieldset.criterion input[type="radio"]:first-of-type').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))) {
      await tabToGroup(page, name);
      await page.keyboard.press('Space');
    }
    await next(page);
  }
  await expect(heading(page)).toHaveText('Rencana kegiatan bersama');
  await axe(page);
  await pick(page, 'Ya, sudah jelas');
  await tabToGroup(page, 'kontak-anak');
  await page.keyboard.press('Space');
  await pick(page, 'Tidak, setiap pihak menanggung biayanya sendiri');
  await pick(page, 'Tidak', 'beberapa-unit');
  await next(page);
  await expect(heading(page)).toHaveText('Memenuhi');
  await expect(page.locator('.eligibility-result')).toContainText('Perjanjian Kerja Sama (PKS).');
  await expect(page.locator('.eligibility-result')).toContainText('Surat pernyataan pelindungan data');
  await expect(page.locator('.eligibility-result').getByRole('link', { name: 'Legalitas', exact: true })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#kriteria-legalitas');
  await axe(page);
  expect(page.url()).toContain('#jenis=lembaga-masyarakat&legalitas=ya');
});

test('a shared link restores the result', async ({ page }) => {
  const fragment =
    '#jenis=dunia-usaha&legalitas=ya&tujuan-sejalan=ya&rekam-jejak=ya&kebijakan-perlindungan-anak=ya&personel=ya&prosedur-pelaporan=ya&akuntabilitas=ya&pelindungan-data=ya&konflik-kepentingan=tidak&kesediaan-monitoring=ya&transparansi-pembiayaan=ya&jangka-waktu=ya&rencana-keberlanjutan=ya&kapasitas=ya&rinci=ya&kontak-anak=tidak&pembiayaan=ya&beberapa-unit=tidak';
  await open(page, fragment);
  await expect(heading(page)).toHaveText('Belum memenuhi');
  const todo = page.locator('.eligibility-result li', { hasText: 'Bebas konflik kepentingan' }).first();
  await expect(todo).toContainText('Tidak dapat diganti dengan komitmen.');
});

test('a tampered link starts afresh with a message, never a blank page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const fragment of ['#jenis=raja', '#jenis=dunia-usaha&legalitas=mungkin', '#%E0%A4%A', `#jenis=dunia-usaha&x=${'y'.repeat(3000)}`]) {
    await page.goto('about:blank');
    await open(page, fragment);
    await expect(page.getByRole('alert')).toContainText('Tautan ini tidak dapat dibaca');
    await expect(heading(page)).toHaveText('Apa jenis lembaga Anda?');
    expect(page.url()).not.toContain('#');
  }
  expect(errors).toEqual([]);
});

test('the print view is the summary alone', async ({ page }) => {
  await open(page, '#jenis=pemerintah-daerah&legalitas=ya&tujuan-sejalan=ya&kebijakan-perlindungan-anak=komitmen&personel=ya&prosedur-pelaporan=ya&akuntabilitas=ya&pelindungan-data=ya&konflik-kepentingan=ya&kesediaan-monitoring=ya&transparansi-pembiayaan=ya&jangka-waktu=ya&rencana-keberlanjutan=ya&kapasitas=ya&rinci=ya&kontak-anak=tidak&pembiayaan=tidak&beberapa-unit=tidak');
  await expect(heading(page)).toHaveText('Memenuhi dengan catatan');
  await expect(page.locator('.eligibility-result')).toContainText('Kesepakatan Bersama atau Nota Kesepakatan, lalu Perjanjian Kerja Sama');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.criteria-checklist')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak ringkasan' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeHidden();
  // The header keeps only its draft notice on paper: the result is from a draft, not KPAI's own site.
  await expect(page.getByRole('banner').getByRole('note')).toContainText('bukan situs resmi KPAI');
  await expect(heading(page)).toBeVisible();
});

test('without JavaScript the page lists the criteria as a checklist, each with its clause', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TOOL);
  await expect(heading(page)).toHaveText('Cek kelayakan mitra');
  const items = page.locator('.checklist li');
  expect(await items.count()).toBe(14);
  await expect(items.first().getByRole('checkbox')).toBeVisible();
  await expect(items.first().getByRole('link')).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#kriteria-legalitas');
  await context.close();
});
