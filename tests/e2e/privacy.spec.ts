import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

// Every tool, driven to its outcomes while everything the page does is recorded: no request to another origin,
// no request carrying an answer, no cookie, nothing in storage, no error. Answers that could identify a case are
// listed as secrets: they must not appear in any request.

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function screeningTo(page: Page, answers: (string | { province: string })[]) {
  await page.goto('/penapisan/');
  await expect(page.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeEnabled();
  for (const answer of answers) {
    if (typeof answer === 'string') await page.getByLabel(answer, { exact: true }).check();
    else await page.getByLabel('Provinsi').selectOption({ label: answer.province });
    await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  }
  if (await page.getByRole('button', { name: 'Lihat hasil' }).isVisible()) await page.getByRole('button', { name: 'Lihat hasil' }).click();
  return (await heading(page).textContent())?.trim();
}

const child = ['Tidak', 'Di bawah 18 tahun'];
const screeningPaths: [string, (string | { province: string })[]][] = [
  ['Hubungi bantuan sekarang', ['Ya, anak dalam bahaya sekarang']],
  ['Ini bukan pengaduan anak', ['Tidak', '18 tahun atau lebih']],
  ['Hubungi layanan langsung di daerah dulu', [...child, 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Keluarga atau orang serumah', { province: 'Bali' }, 'Tidak ada, atau saya tidak tahu', 'Belum ke mana pun']],
  ['Adukan pelayanan publiknya ke Ombudsman', [...child, 'Anak dikeluarkan, ditolak, atau dihalangi bersekolah', 'Pejabat atau kantor layanan pemerintah', { province: 'Aceh' }, 'Tidak ada, atau saya tidak tahu', 'Belum ke mana pun']],
  ['Minta perlindungan ke LPSK', [...child, 'Anak dipukul, disakiti, diancam, atau terus-menerus dihina', 'Orang yang tidak dikenal', { province: 'Papua' }, 'Korban atau saksi diancam karena melapor atau akan bersaksi', 'Polisi', 'Tidak, penanganannya masih berjalan']],
  ['Lanjutkan dengan lembaga yang menangani', [...child, 'Masalah hak asuh, dilarang bertemu orang tua, atau nafkah anak', 'Keluarga atau orang serumah', { province: 'Bali' }, 'Tidak ada, atau saya tidak tahu', 'Polisi', 'Tidak, penanganannya masih berjalan']],
  ['Adukan ke KPAI', [...child, 'Perundungan (bullying) di sekolah', 'Sekolah, madrasah, atau pesantren', { province: 'Jawa Barat' }, 'Tidak ada, atau saya tidak tahu', 'Sekolah atau lembaga tempat kejadian', 'Ya, terhenti atau tidak ada kabar']],
];

test.describe('pre-screening: every outcome reached, nothing sent or kept', () => {
  for (const [outcome, answers] of screeningPaths) {
    test(outcome, async ({ page }) => {
      const watching = await watch(page);
      expect(await screeningTo(page, answers)).toBe(outcome);
      expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/penapisan/');
      // Only the page and its own files were fetched; nothing after the answers began.
      await watching.expectClean(['bali', 'aceh', 'papua', 'jawa', 'perundungan', 'hak asuh', 'dipukul']);
    });
  }
});

test('referral finder: paths with and without danger, nothing but the chosen province’s file fetched', async ({ page }) => {
  const watching = await watch(page);
  await page.goto('/cari-rujukan/');
  await expect(page.getByRole('button', { name: 'Tampilkan jalur rujukan' })).toBeEnabled();
  for (const [caseType, province, flags] of [
    ['Kekerasan seksual', 'Jawa Barat', ['Anak dalam bahaya sekarang', 'Anak penyandang disabilitas']],
    ['Sekolah, kesehatan, atau dokumen anak', 'Daerah Khusus Ibukota Jakarta', ['Masalahnya ada pada layanan publik']],
  ] as const) {
    await page.getByLabel(caseType).check();
    await page.getByLabel('Di bawah 18 tahun').check();
    await page.getByRole('combobox', { name: 'Provinsi tempat anak berada' }).fill(province);
    await expect(page.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' })).toBeEnabled();
    for (const flag of flags) await page.getByRole('checkbox', { name: flag }).check();
    await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
    await expect(page.locator('.path-steps > li').first()).toBeVisible();
    await page.getByRole('button', { name: 'Mulai lagi' }).click();
  }
  expect(watching.requests.filter((u) => u.includes('/wilayah/')).map((u) => new URL(u).pathname)).toEqual(['/cari-rujukan/wilayah/32.json', '/cari-rujukan/wilayah/31.json']);
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  await watching.expectClean(['kekerasan', 'bahaya', 'disabilitas', 'layanan-publik']);
});

test('eligibility: the answers live in the fragment, which never leaves the browser', async ({ page }) => {
  const watching = await watch(page);
  await page.goto('/cek-mitra/#jenis=dunia-usaha&legalitas=ya');
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
