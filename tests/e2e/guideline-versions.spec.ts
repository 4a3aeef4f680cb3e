import { expect, test, type Page } from '@playwright/test';
import { completeAnswers } from './eligibility-answers';
import { fixtureSite, type FixtureSite } from './fixture-site';

// A result shared while the guideline was at 0.1, opened after 0.2 came out: it says what changed in the criteria
// since, links the comparison, and offers to check again. The site is built from the real content with the
// guideline's two fixture versions (tests/fixtures/guideline-versions), and served beside the usual one.
test.describe.configure({ mode: 'serial' });

let site: FixtureSite;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await fixtureSite('guideline-versions', 'pedoman-kemitraan', Number(process.env.PORT ?? 4321) + 1000);
});
test.afterAll(async () => site?.close());

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
// Answered when 0.1 had a criterion on certification and none on capacity.
const { kapasitas: _new, ...answers } = completeAnswers('lembaga-masyarakat', { sertifikasi: 'sudah', tujuan: 'efektif', bidang: 'edukasi' });

test('a result assessed against 0.1 says which criteria changed in 0.2, and a re-check stamps it 0.2', async ({ page }) => {
  await page.goto(`${site.url}/cek-mitra/#${new URLSearchParams({ v: '0.1', ...answers })}`);
  const notice = page.getByRole('region', { name: 'Pedoman Kemitraan sudah diperbarui' });
  await expect(notice).toContainText('Hasil ini dinilai terhadap versi 0.1 (10 Januari 2026). Versi terkini adalah 0.2 (1 Juni 2026).');
  await expect(notice.locator('li')).toHaveText(['Legalitas (diubah)', 'Kapasitas (baru)', 'Sertifikasi Lembaga (dihapus)', 'Memilih Bentuk Kemitraan (diubah)']);
  await expect(notice.getByRole('link', { name: 'Legalitas' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#kriteria-legalitas');
  // The answer to the removed criterion is let go quietly; the new one counts as not yet met until answered.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Memenuhi dengan catatan');
  await expect(page.locator('.eligibility-result')).toContainText('dinilai terhadap Pedoman Kemitraan versi 0.1');
  await expect(page.locator('.eligibility-result')).toContainText('13 kriteria sudah, 0 sedang disiapkan, 0 belum, 0 perlu bantuan, 1 belum dijawab.');

  await notice.getByRole('button', { name: 'Periksa ulang dengan versi 0.2' }).click();
  await expect(heading(page)).toHaveText('Legalitas, tujuan, dan rekam jejak');
  await expect(page.locator('input[name="legalitas"][value="sudah"]')).toBeChecked();
  for (const next of ['Perlindungan anak di lembaga Anda', 'Data anak dan konflik kepentingan', 'Monitoring, pembiayaan, dan rencana']) {
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await expect(heading(page)).toHaveText(next);
  }
  await page.locator('input[name="kapasitas"][value="sudah"]').check();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(heading(page)).toHaveText('Tujuan dan bidang kerja sama');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(heading(page)).toHaveText('Memenuhi');
  await expect(page.getByRole('region', { name: 'Pedoman Kemitraan sudah diperbarui' })).toHaveCount(0);
  await expect(page.locator('.eligibility-result')).toContainText('dinilai terhadap Pedoman Kemitraan versi 0.2');
  expect(new URL(page.url()).hash).toMatch(/^#v=0\.2&jenis=lembaga-masyarakat&/);
  expect(page.url()).not.toContain('sertifikasi');
});

test('the notice links the comparison of the two versions, built as a page', async ({ page }) => {
  await page.goto(`${site.url}/cek-mitra/#${new URLSearchParams({ v: '0.1', ...answers })}`);
  await page.getByRole('link', { name: 'Bandingkan versi 0.1 dan 0.2' }).click();
  await expect(heading(page)).toHaveText('Perbandingan Pedoman Kemitraan');
  await expect(page.locator('.compare-item', { hasText: 'Kapasitas' }).locator('.tag').first()).toHaveText('Ditambahkan');
});

test('a link that names a version the site does not know is assessed against the current one, and says so, keeping what it can', async ({ page }) => {
  await page.goto(`${site.url}/cek-mitra/#${new URLSearchParams({ v: '9.9', ...answers, kapasitas: 'sudah' })}`);
  await expect(page.getByRole('alert')).toContainText('Tautan ini menyebut versi pedoman "9.9" yang tidak dikenal. Jawaban Anda dinilai dengan versi terkini, 0.2.');
  await expect(page.getByRole('alert')).toContainText('1 jawaban dalam tautan tidak dikenali dan diabaikan ("sertifikasi")');
  await expect(heading(page)).toHaveText('Memenuhi');
  expect(new URL(page.url()).hash).toMatch(/^#v=0\.2&/);
});
