import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { completeAnswers } from './eligibility-answers';
import { tabTo } from './keyboard';

const TOOL = '/cek-mitra/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const result = (page: Page) => page.locator('.eligibility-result');

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
}

async function open(page: Page, fragment = '') {
  await page.goto(`${TOOL}${fragment}`);
  await expect(page.locator('.eligibility button[type="submit"]:enabled, .eligibility h1:not(.question-title)').first()).toBeVisible();
}

/** Chooses a radio or checkbox by keyboard: Tab (and the arrows, within a radio group) to it, Space to choose it. */
async function choose(page: Page, name: string, value: string) {
  const target = page.locator(`input[name="${name}"][value="${value}"]`);
  await tabTo(page, target);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Answers every question shown on a page of criteria: `sudah` unless the test says otherwise, then Enter. */
async function answerPage(page: Page, answers: Record<string, string>) {
  const names = await page.locator('.eligibility fieldset input[type="radio"]').evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
  for (const name of names) await choose(page, name, answers[name] ?? 'sudah');
  await page.keyboard.press('Enter');
}

/** window.print() records the call instead of opening the dialog, so a test can press the button and go on. */
async function catchPrint(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

test('by keyboard alone, from the first question to a printed readiness plan and a printed draft agreement', async ({ page }) => {
  test.setTimeout(180_000); // many key presses and an accessibility scan on every kind of step
  await open(page);
  await expect(heading(page)).toHaveText('Apa jenis lembaga Anda?');
  await axe(page);
  await choose(page, 'jenis', 'lembaga-masyarakat');
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Legalitas, tujuan, dan rekam jejak');
  await expect(heading(page)).toBeFocused();
  await axe(page);
  await answerPage(page, {});
  await expect(heading(page)).toHaveText('Perlindungan anak di lembaga Anda');
  // The policy is on its way under a written commitment; safe personnel needs help.
  await answerPage(page, { 'kebijakan-perlindungan-anak': 'komitmen', personel: 'bantuan' });
  await expect(heading(page)).toHaveText('Data anak dan konflik kepentingan');
  await answerPage(page, {});
  await expect(heading(page)).toHaveText('Monitoring, pembiayaan, dan rencana');
  await answerPage(page, { kapasitas: 'disiapkan' });

  await expect(heading(page)).toHaveText('Tujuan dan bidang kerja sama');
  await axe(page);
  // Nothing chosen yet: the error summary takes focus and says what is missing.
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Pilih sekurang-kurangnya satu tujuan kemitraan.');
  await axe(page);
  await choose(page, 'tanya-tujuan', 'efektif');
  await choose(page, 'tanya-bidang', 'edukasi');
  await choose(page, 'tanya-bidang', 'layanan');
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Rencana kegiatan bersama');
  for (const [name, value] of [['rinci', 'ya'], ['kontak-anak', 'ya'], ['data-anak', 'tidak'], ['pembiayaan', 'tidak'], ['beberapa-unit', 'tidak']]) await choose(page, name!, value!);
  await page.keyboard.press('Enter');

  // Direct contact with children makes safe personnel required, and it is not met: not yet eligible.
  await expect(heading(page)).toHaveText('Belum memenuhi');
  await expect(heading(page)).toBeFocused();
  await expect(result(page)).toContainText('dinilai terhadap Pedoman Kemitraan versi 0.2');
  await expect(result(page)).toContainText('Kesiapan Anda: 11 kriteria sudah, 2 sedang disiapkan, 0 belum, 1 perlu bantuan.');
  await axe(page);
  // The next steps, in the order shown: what blocks the partnership first, then the commitment, then the recommended.
  const steps = result(page).locator('.action-list > li > h3');
  await expect(steps).toHaveText(['Personel yang aman bagi anak', 'Kebijakan perlindungan anak', 'Kapasitas', 'Ajukan permohonan']);
  const personnel = result(page).locator('.action-list > li').first();
  await expect(personnel).toContainText('Wajib: menghalangi kemitraan sampai terpenuhi');
  await expect(personnel.locator('.help-note')).toContainText('KPAI membantu mitra memenuhi standar minimum perlindungan anak');
  await expect(personnel.getByRole('link', { name: 'Pedoman Kemitraan Pasal 40' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#peran-mitra');
  // A target date, typed.
  await tabTo(page, page.getByLabel('Target selesai').first());
  await page.keyboard.type('2026-12-31');
  await expect(page.getByLabel('Target selesai').first()).toHaveValue('2026-12-31');
  expect(page.url()).not.toContain('2026-12-31'); // typed dates stay in the page's memory
  // Child safeguarding, each part linked to the Kode Etik.
  const safeguards = result(page).locator('.safeguards > li');
  await expect(safeguards.locator('h3')).toHaveText([
    'Kebijakan perlindungan anak: sedang disiapkan',
    'Penanggung jawab perlindungan anak: sudah',
    'Perekrutan yang aman: perlu bantuan',
    'Pembekalan dan pelatihan: perlu bantuan',
    'Kode perilaku: perlu bantuan',
    'Jalur pelaporan ke pihak berwenang dan KPAI: sudah',
    'Tinjauan berkala: sudah',
  ]);
  await expect(safeguards.nth(5).getByRole('link', { name: /^Kode Etik Pasal/ })).toHaveAttribute('href', '/dokumen/kode-etik/#kewajiban-melapor');

  await catchPrint(page);
  await tabTo(page, page.getByRole('button', { name: 'Cetak rencana kesiapan' }), 200);
  await page.keyboard.press('Enter');
  expect(await printed(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(result(page).locator('.target .print-only-inline').first()).toHaveText('31 Desember 2026');
  await expect(page.getByLabel('Target selesai').first()).toBeHidden();
  await expect(page.locator('.criteria-checklist')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeHidden();
  // The header keeps only its draft notice on paper: the plan comes from a draft, not KPAI's own site.
  await expect(page.getByRole('banner').getByRole('note')).toContainText('bukan situs resmi KPAI');
  await page.emulateMedia({ media: 'screen' });

  await tabTo(page, page.getByRole('button', { name: 'Draf Perjanjian Kerja Sama' }), 400);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Draf Perjanjian Kerja Sama');
  await expect(heading(page)).toBeFocused();
  const draft = page.locator('.agreement-draft');
  await expect(draft.locator('.draft-stamp').first()).toHaveText('Draf, bukan naskah resmi');
  await expect(draft.locator('h2')).toHaveText([
    'Pasal 1 — Para Pihak dan Penanggung Jawab Kemitraan',
    'Pasal 2 — Dasar Perjanjian',
    'Pasal 3 — Maksud dan Tujuan',
    'Pasal 4 — Kegiatan dan Rencana Kerja',
    'Pasal 5 — Hak dan Kewajiban',
    'Pasal 6 — Pembiayaan',
    'Pasal 7 — Pelindungan Data dan Identitas Anak',
    'Pasal 8 — Penanganan Kejadian yang Merugikan Anak',
    'Pasal 9 — Pelaporan, Monitoring, dan Evaluasi',
    'Pasal 10 — Keberlanjutan',
    'Pasal 11 — Independensi, Nama, dan Logo',
    'Pasal 12 — Jangka Waktu, Perpanjangan, dan Pengakhiran',
    'Pasal 13 — Penyelesaian Perselisihan',
    'Pasal 14 — Penutup',
  ]);
  const parties = draft.locator('.agreement-section').first();
  await expect(parties).toContainText('lembaga perlindungan anak yang dibentuk masyarakat, diwakili oleh');
  await expect(parties.getByRole('link', { name: 'Pedoman Kemitraan Pasal 28 ayat (2) huruf a dan ayat (4)' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#perjanjian-kerja-sama');
  await expect(draft.locator('.agreement-section').nth(3).locator('ol li')).toHaveText(['sosialisasi dan edukasi publik', 'dukungan akses layanan dan penanganan bagi anak, termasuk penerimaan rujukan']);
  await expect(draft.locator('.agreement-section').nth(5)).toContainText('Setiap pihak menanggung biaya pelaksanaan tugasnya sendiri (usulan draf).');
  await axe(page);

  await catchPrint(page);
  await tabTo(page, page.getByRole('button', { name: 'Cetak draf naskah' }), 200);
  await page.keyboard.press('Enter');
  expect(await printed(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // Printed, the draft goes on `naskah` pages, each of which carries "Draf, bukan naskah resmi" in its margins.
  expect(await page.evaluate(() => getComputedStyle(document.body).page)).toBe('naskah');
  const marks = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule && rule.selectorText === 'naskah')
      .flatMap((rule) => [...rule.cssRules].map((margin) => (margin as CSSStyleRule).style.getPropertyValue('content'))),
  );
  expect(marks).toEqual(['"Draf, bukan naskah resmi"', '"Draf, bukan naskah resmi · halaman " counter(page)']);
  await expect(draft.getByRole('button', { name: 'Cetak draf naskah' })).toBeHidden();
  await expect(page.locator('.forms-list')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);

  await tabTo(page, page.getByRole('button', { name: 'Kembali ke rencana kesiapan' }).last(), 400);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Belum memenuhi');
  await expect(page.getByLabel('Target selesai').first()).toHaveValue('2026-12-31');
  expect(page.url()).toContain('#v=0.2&jenis=lembaga-masyarakat&legalitas=sudah');
});

const complete = (kind: string, over: Record<string, string> = {}) => `#${new URLSearchParams({ v: '0.2', ...completeAnswers(kind, over) })}`;

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('a shared link restores the result, and a conflict of interest is explained; plan and draft fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, complete('dunia-usaha', { 'konflik-kepentingan': 'belum', pembiayaan: 'ya' }));
  await expect(heading(page)).toHaveText('Belum memenuhi');
  const item = result(page).locator('.action-list > li', { hasText: 'Bebas konflik kepentingan' });
  await expect(item).toContainText('Tidak dapat diganti dengan komitmen.');
  await expect(item).toContainText('Daftar sponsor dan pihak ketiga yang membiayai kegiatan bersama.');
  expect(await overflows(page)).toBe(false);
  await result(page).getByRole('button', { name: 'Draf Perjanjian Kerja Sama' }).click();
  await expect(page.locator('.agreement-section', { hasText: 'Pembiayaan bersama: sumber' })).toBeVisible();
  expect(await overflows(page)).toBe(false);
});

test('a regional government gets the regional sequence, a process page, and two drafts in order', async ({ page }) => {
  await open(page, complete('pemerintah-daerah', { rinci: 'tidak' }));
  await expect(heading(page)).toHaveText('Memenuhi');
  await expect(result(page)).toContainText('Kesepakatan Bersama atau Nota Kesepakatan, lalu Perjanjian Kerja Sama.');
  await result(page).getByRole('button', { name: '1. Draf Kesepakatan Bersama atau Nota Kesepakatan' }).click();
  await expect(heading(page)).toHaveText('Draf Kesepakatan Bersama atau Nota Kesepakatan');
  const required = page.locator('.agreement-section', { has: page.locator('.tag', { hasText: 'isi minimal' }) }).locator('h2');
  await expect(required).toHaveText(['Pasal 1 — Para Pihak', 'Pasal 3 — Maksud dan Tujuan', 'Pasal 4 — Bidang Kegiatan', 'Pasal 5 — Rencana Tindak Lanjut', 'Pasal 6 — Jangka Waktu']);
  await expect(page.locator('.agreement-section').nth(1)).toContainText('Peraturan Pemerintah Nomor 28 Tahun 2018 dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020');
  await page.getByRole('button', { name: '2. Perjanjian Kerja Sama' }).click();
  await expect(heading(page)).toHaveText('Draf Perjanjian Kerja Sama');
  await expect(page.locator('.agreement-section').first()).toContainText('selaku kepala perangkat daerah, berdasarkan kuasa dari kepala daerah');
  await page.getByRole('button', { name: 'Kembali ke rencana kesiapan' }).first().click();
  await result(page).getByRole('link', { name: /^Langkah demi langkah/ }).click();
  await expect(heading(page)).toHaveText('Kesepakatan Bersama atau Nota Kesepakatan, lalu Perjanjian Kerja Sama');
  await expect(page.locator('.process-steps > li > h2')).toContainText(['Sepakati nama dan urutan naskah']);
});

test('a link that cannot be read in part keeps the rest and asks again; one without a known kind starts afresh', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, complete('dunia-usaha', { legalitas: 'mungkin', curang: '1' }));
  await expect(page.getByRole('alert').first()).toContainText('2 jawaban dalam tautan tidak dikenali dan diabaikan (Legalitas; "curang")');
  await expect(heading(page)).toHaveText('Legalitas, tujuan, dan rekam jejak');
  await expect(page.locator('input[name="tujuan-sejalan"][value="sudah"]')).toBeChecked();
  await expect(page.locator('input[name="legalitas"]:checked')).toHaveCount(0);
  expect(page.url()).not.toContain('curang');

  for (const fragment of ['#jenis=raja', '#%E0%A4%A', `#jenis=dunia-usaha&x=${'y'.repeat(3000)}`]) {
    await page.goto('about:blank');
    await open(page, fragment);
    await expect(page.getByRole('alert')).toContainText('Tautan ini tidak dapat dibaca');
    await expect(heading(page)).toHaveText('Apa jenis lembaga Anda?');
    expect(page.url()).not.toContain('#');
  }
  expect(errors).toEqual([]);
});

test('without JavaScript the page lists the forms of partnership and when each fits, and the criteria as a checklist', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TOOL);
  await expect(heading(page)).toHaveText('Cek kelayakan mitra');
  const forms = page.locator('.forms-list > ol > li');
  await expect(forms.locator('h3')).toHaveText([
    'Kesepakatan Bersama atau Nota Kesepakatan, lalu Perjanjian Kerja Sama',
    'Perjanjian Kerja Sama yang memuat rencana perbaikan',
    'Nota Kesepahaman di tingkat pimpinan, lalu PKS di tingkat unit pelaksana',
    'Perjanjian Kerja Sama (PKS)',
    'Nota Kesepahaman, diikuti PKS untuk setiap kegiatan',
  ]);
  await expect(forms.nth(3)).toContainText('Sesuai bila: kegiatannya sudah jelas, atau kegiatannya melibatkan kontak langsung dengan anak');
  await expect(forms.nth(4)).toContainText('Sesuai bila: tidak ada keadaan di atas yang berlaku.');
  const items = page.locator('.checklist > li');
  expect(await items.count()).toBe(14);
  await expect(items.first().getByRole('checkbox')).toBeVisible();
  await expect(items.first().getByRole('link', { name: 'Pedoman Kemitraan Pasal 11' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#kriteria-legalitas');
  await items.first().locator('summary').click();
  await expect(items.first()).toContainText('Contohnya akta pendirian yayasan atau perkumpulan');
  await expect(items.first().locator('.tag-proposal').first()).toHaveText('usulan draf');

  await forms.nth(3).getByRole('link', { name: /^Langkah demi langkah/ }).click();
  await expect(heading(page)).toHaveText('Perjanjian Kerja Sama (PKS)');
  const steps = page.locator('.process-steps > li');
  await expect(steps.first().locator('h2')).toHaveText('Nilai kesiapan lembaga Anda');
  await expect(steps.nth(1)).toContainText('Surat permohonan kepada Pimpinan KPAI');
  await expect(steps.locator('h2')).not.toContainText(['Sepakati nama dan urutan naskah']);
  await expect(steps.locator('h2')).toContainText(['Tanda tangani Perjanjian Kerja Sama', 'Monitoring']);
  await context.close();
});
