import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { finderResult, placeNames, screeningResult } from './routing-driver';
import { watch } from './watch';

// The forms the public tools fill from their answers: the finder's surat rujukan and the pre-screening's summary
// for staff. Each is offered closed, loads when opened, prints alone, and nothing of the answers leaves the page.
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const violence = { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['disabilitas'], penanganan: ['belum'] };
const GARUT = '32.05';
// Kota Binjai: its UPTD PPA and North Sumatra's are in the directory, neither with a sourced channel.
const BINJAI = '12.75';

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What prints while the form's own print button is in use: the page as the printer sees it. */
async function printingForm(page: Page, button: string) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-form', '');
  await page.emulateMedia({ media: 'print' });
}

test('the finder’s result offers a surat rujukan, filled with the destination, its channel and that channel’s source date', async ({ page }) => {
  test.slow();
  const watching = await watch(page);
  await finderResult(page, violence, BINJAI);
  const offer = page.locator('.prefilled');
  await expect(offer).not.toHaveAttribute('open');
  await offer.getByText('Lihat surat rujukan (siap cetak)').click();
  const sheet = offer.locator('.prefilled-sheet');
  await expect(sheet.locator('.sheet-title')).toContainText('Surat rujukan');
  // Kota Binjai's UPTD PPA is in the directory, without a sourced channel (nor has the province's): the letter
  // names it and the national service that connects to it, with where that number comes from and when that source said so.
  const destination = sheet.locator('.f', { hasText: 'Kepada (lembaga tujuan)' }).locator('.f-line');
  await expect(destination).toHaveText('UPTD PPA Kota Binjai');
  await expect(sheet.locator('.f', { hasText: 'Kontak lembaga tujuan' }).locator('.f-line')).toHaveText(/^melalui SAPA 129: .+ \(sumber: .+; tanggal sumber: .+\)$/);
  await expect(sheet.locator('.f', { hasText: 'Kabupaten/kota tempat Anak berada' }).locator('.f-line')).toHaveText((await placeNames(BINJAI)).regency!);
  await expect(sheet.locator('li', { hasText: 'Biasa' }).locator('.box.on')).toHaveCount(1);
  // Nothing about the child is filled in: the finder never asks for it.
  await expect(sheet.locator('.f', { hasText: 'Inisial Anak' }).locator('.f-line')).toHaveText('');
  await expect(sheet.locator('.sheet-outside')).toContainText('tulis inisial Anak, bukan nama lengkap');
  expect(await axe(page)).toEqual([]);

  // Another destination of the path gives another letter.
  const choice = page.getByLabel('Surat rujukan untuk');
  if ((await choice.locator('option').count()) > 1) {
    const second = (await choice.locator('option').nth(1).textContent())!;
    await choice.selectOption({ index: 1 });
    await expect(destination).not.toContainText('Binjai');
    expect(second.length).toBeGreaterThan(2);
    await choice.selectOption({ index: 0 });
  }

  await printingForm(page, 'Cetak surat rujukan');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.finder-form')).toBeHidden();
  await expect(page.locator('.path-steps')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The only request the letter made is for the form itself; the answers went nowhere.
  expect(watching.requests.filter((u) => u.includes('formulir.json'))).toHaveLength(1);
  await watching.expectClean(['kekerasan', 'disabilitas', 'rumah']);
});

test('the pre-screening’s result offers a summary for staff laid out as the lembar penerimaan, so the story need not be told again', async ({ page }) => {
  test.slow();
  const watching = await watch(page);
  await screeningResult(page, violence, GARUT);
  await page.getByText('Lihat ringkasan untuk petugas (siap cetak)').click();
  const sheet = page.locator('.prefilled-sheet');
  await expect(sheet.locator('.sheet-title')).toHaveText('Lembar Penerimaan Pengaduan');
  await expect(sheet.locator('.sheet-source')).toContainText('Diisi dari jawaban cek pengaduan di Pedoman KPAI pada');
  await expect(sheet.locator('.f', { hasText: 'Apa yang terjadi, menurut Pengadu' }).locator('.f-written')).toHaveText('Anak dipukul, disakiti, diancam, atau terus-menerus dihina');
  await expect(sheet.locator('.f', { hasText: 'Di mana' }).locator('.f-line')).toHaveText('Di rumah, atau oleh keluarga');
  await expect(sheet.locator('.f', { hasText: 'Provinsi' }).locator('.f-line')).toHaveText('Jawa Barat');
  await expect(sheet.locator('.f', { hasText: 'Apakah Anak sedang dalam bahaya?' }).locator('li', { hasText: 'Tidak' }).first().locator('.box.on')).toHaveCount(1);
  // What the pre-screening never asks stays blank for the officer — the initial urgency of SOP 0.3 Pasal 13A too,
  // which is the officer's to judge; the summary is the current version's form.
  await expect(sheet.locator('.f', { hasText: 'Inisial Anak' }).locator('.f-line')).toHaveText('');
  await expect(sheet.locator('.f', { hasText: 'Tingkat urgensi awal' }).locator('.box.on')).toHaveCount(0);
  await expect(sheet.locator('.sheet-foot').first()).toContainText('instrumen SOP Layanan Pengaduan versi 0.3');
  await expect(sheet.locator('.sheet-ids dd').first()).toHaveText('');
  expect(await axe(page)).toEqual([]);

  await printingForm(page, 'Cetak ringkasan untuk petugas');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.screening-result')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await watching.expectClean(['kekerasan', 'disabilitas', 'rumah']);
});

test('the tool’s own print leaves the offered form out', async ({ page }) => {
  await finderResult(page, violence, GARUT);
  await page.getByText('Lihat surat rujukan (siap cetak)').click();
  await expect(page.locator('.prefilled-sheet .sheet-title')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.prefilled')).toBeHidden();
  await expect(page.locator('.path-steps')).toBeVisible();
});
