import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';
import { documents } from './site-map';

// Versions for staff (issue 21): what a staff member notices when following a clause through its versions,
// checking what a change touches, landing from an old link, asking about a day still ahead, downloading the PDF of
// record, reading with no connection, and subscribing to one document.

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((v) => v.id)).toEqual([]);
// Each document's versions, newest first, read from the content, so the tests hold when a version is added.
const versionsOf = (id: string) => documents.find((d) => d.id === id)!.versions.toSorted((a, b) => b.localeCompare(a, 'en', { numeric: true }));
const clauseLink = (page: Page, id: string) => page.locator(`a.clause-link[data-clause="${id}"]`);

test.describe('the history of one clause', () => {
  test('opens from the clause’s citation menu and lists each version that changed it, words marked, with dates', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/dokumen/panduan-rujukan/');
    await clauseLink(page, 'uptd-ppa').click();
    const menu = page.getByRole('dialog');
    await menu.getByRole('link', { name: 'Riwayat bagian ini' }).click();
    await expect(page).toHaveURL(/\/dokumen\/panduan-rujukan\/riwayat\/uptd-ppa\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('UPTD PPA');
    // Newest first: 0.3 changed its words, 0.2 changed them and gave it another number, 0.1 added it.
    const events = page.locator('.history-event h3');
    await expect(events).toHaveText([/^Versi 0\.3: diubah isinya/, /^Versi 0\.2: diubah isinya.*diberi nomor baru/, 'Versi 0.1: ditambahkan']);
    const latest = page.locator('.history-event').first();
    await expect(latest.locator('.history-dates')).toContainText('Draf tertanggal');
    expect(await latest.locator('ins, del').count()).toBeGreaterThan(0);
    await expect(latest.getByRole('link', { name: 'Seluruh perbandingan 0.2 → 0.3' })).toHaveAttribute('href', '/dokumen/panduan-rujukan/bandingkan/0.2...0.3/');
    // What rests on it is said on its history too.
    await expect(page.locator('#dipakai-oleh + p + ul')).toContainText('Alat rujukan');
    await axe(page);
  });

  test('a clause whose words never changed points to the version it has read the same since, not to a page of its own', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/dokumen/kode-etik/');
    await clauseLink(page, 'kedudukan-naskah').click();
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Isinya belum pernah berubah sejak versi 0.1' })).toHaveAttribute('href', /\/dokumen\/kode-etik\/0\.1\/#kedudukan-naskah$/);
    expect((await page.request.get('/dokumen/kode-etik/riwayat/kedudukan-naskah/')).status()).toBe(404);
  });

  test('without JavaScript, the document’s history lists every clause that changed, each linking its history', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/dokumen/pedoman-kemitraan/riwayat/');
    const list = page.locator('#riwayat-bagian ~ ul');
    await list.getByRole('link', { name: /Penyempurnaan/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pasal 12 — Penyempurnaan');
    await expect(page.locator('.history-event').first()).toContainText('Versi 0.2: dihapus');
    await expect(page.locator('.history-event').first()).toContainText('Alasan: Isinya sudah dilaksanakan');
    await context.close();
  });
});

test.describe('what a change affects', () => {
  test('a clause shows what cites it, with links: a criterion of the partner check', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/');
    const uses = page.locator('#kriteria-legalitas').locator('xpath=ancestor::div[@class="clause-heading"]/following-sibling::details[1]');
    await expect(uses.locator('summary')).toHaveText(/^Dipakai oleh \d+ hal: cek kelayakan mitra/);
    await uses.locator('summary').click();
    await expect(uses.getByRole('link', { name: 'Kriteria “Legalitas”', exact: true })).toHaveAttribute('href', '/cek-mitra/');
  });

  test('a routing clause names the tools’ destinations and steps, and the documents that link to it', async ({ page }) => {
    await page.goto('/dokumen/panduan-rujukan/');
    const uses = page.locator('#langkah-rujukan').locator('xpath=ancestor::div[@class="clause-heading"]/following-sibling::details[1]');
    await uses.locator('summary').click();
    await expect(uses.getByRole('link', { name: new RegExp(`^Panduan Pengaduan versi ${versionsOf('panduan-pengaduan')[0]!.replace('.', '\\.')}, `) })).toHaveAttribute('href', /^\/dokumen\/panduan-pengaduan\/#/);
  });

  test('a comparison lists, for the clauses that changed, the tool outcomes, criteria and forms that rest on them', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/bandingkan/0.1...0.2/');
    const impact = page.locator('section.impact');
    await expect(impact.getByRole('heading', { level: 2 })).toHaveText('Yang terdampak perubahan ini');
    await expect(impact).toContainText('Cek kelayakan mitra');
    await expect(impact.getByRole('link', { name: 'Aturan penilaian kriteria (memenuhi, memenuhi dengan catatan, belum memenuhi)' })).toBeVisible();
    await axe(page);
  });
});

test.describe('old links and dates', () => {
  test('a link to a clause that a later version removed lands on a note that says when and why', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/#penyempurnaan');
    const note = page.locator('#penyempurnaan');
    await expect(note).toContainText('dihapus pada versi 0.2 (Isinya sudah dilaksanakan');
    await expect(page.locator('#bagian-tidak-ada')).toBeHidden();
  });

  test('the point-in-time answer for a day still ahead says so, and says plainly that no version has an effective date', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/riwayat/?tanggal=2099-01-01');
    const answer = page.locator('#hasil-tanggal');
    await expect(answer).toContainText('Tanggal itu belum tiba');
    await expect(answer).toContainText('Belum ada versi dokumen ini yang punya tanggal berlaku: semua versinya masih draf');
    await expect(answer.getByRole('link', { name: `versi ${versionsOf('sop-pengaduan')[0]}` })).toBeVisible();
  });
});

test.describe('files of record', () => {
  test('each version page offers its PDF, its JDIH record and the document’s own feed', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/0.1/');
    const pdf = page.getByRole('link', { name: 'Unduh PDF versi 0.1' });
    const response = await page.request.get((await pdf.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const record = await (await page.request.get((await page.getByRole('link', { name: 'Data katalog JDIH (JSON)' }).getAttribute('href'))!)).json();
    expect(record).toMatchObject({ judul: 'SOP Layanan Pengaduan versi 0.1', versi: '0.1', nomor_peraturan: null, status: null, bahasa: 'Indonesia' });
    const next = await (await page.request.get('/dokumen/sop-pengaduan/0.2/jdih.json')).json();
    expect(next.mengubah.map((r: { versi: string }) => r.versi)).toEqual(['0.1']);

    const feedHref = await page.locator('link[rel="alternate"][title="Pembaruan SOP Layanan Pengaduan"]').getAttribute('href');
    expect(feedHref).toBe('/dokumen/sop-pengaduan/pembaruan.xml');
    const feed = await (await page.request.get(feedHref!)).text();
    expect([...feed.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual(versionsOf('sop-pengaduan').map((v) => `SOP Layanan Pengaduan versi ${v} (draf)`));
  });
});

test.describe('reading offline', () => {
  test('nothing is saved until it is chosen: a reading page registers no service worker and loads no offline code', async ({ page }) => {
    const watching = await watch(page);
    await page.goto('/dokumen/sop-pengaduan/');
    await expect(page.locator('#luring').getByRole('link', { name: 'Simpan untuk dibaca luring' })).toHaveAttribute('href', '/luring/');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
    expect(watching.requests.filter((u) => /sw\.js|control\./.test(u))).toEqual([]);
    await watching.expectClean();
  });

  test('saved, a document, the glossary and the contacts read with the network off; a tool is never kept; removing it empties the browser', async ({ page, context }) => {
    const watching = await watch(page);
    await page.goto('/dokumen/sop-pengaduan/');
    await page.locator('#luring').getByRole('link', { name: 'Simpan untuk dibaca luring' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baca tanpa internet');
    await page.getByRole('button', { name: 'Simpan untuk dibaca luring' }).click();
    const state = page.locator('[data-offline-state]');
    await expect(state).toContainText(/Tersimpan untuk dibaca luring: versi terkini 7 dokumen, daftar istilah dan daftar kontak/, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Hapus simpanan luring' })).toBeVisible();

    await context.setOffline(true);
    await page.goto('/dokumen/sop-pengaduan/#tujuan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOP Layanan Pengaduan');
    await expect(page.locator('#tujuan')).toBeVisible();
    await expect(page.locator('#luring [data-offline-state]')).toContainText('Tersimpan di peramban ini: halaman ini terbuka juga tanpa internet');
    await page.goto('/istilah/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/kontak/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontak dan sumbernya');
    // A tool page was never saved: without a connection the reader gets the page that says what was.
    await page.goto('/penapisan/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baca tanpa internet');
    const kept = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
    expect(kept.filter((p) => /penapisan|cari-rujukan|cek-mitra|wilayah/.test(p))).toEqual([]);
    expect(kept).toContain('/dokumen/panduan-rujukan/');
    await context.setOffline(false);

    await page.goto('/luring/');
    await page.getByRole('button', { name: 'Hapus simpanan luring' }).click();
    await expect(state).toContainText('Simpanan luring sudah dihapus dari peramban ini.');
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
    await watching.expectClean();
  });
});
