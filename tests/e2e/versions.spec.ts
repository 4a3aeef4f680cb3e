import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { documents } from './site-map';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAIR = '/dokumen/pedoman-kemitraan/bandingkan/0.1...0.2/';

async function expectNoAxeViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
}

test.describe('comparing two versions', () => {
  test('sums up what changed, then shows each changed clause with its words marked', async ({ page }) => {
    await page.goto(PAIR);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perbandingan Pedoman Kemitraan');
    const summary = page.locator('.compare-summary');
    for (const line of ['bagian ditambahkan', 'bagian dihapus', 'bagian diubah isinya', 'bagian dipindahkan', 'bagian berubah nomornya']) {
      await expect(summary).toContainText(line);
    }
    // Changes are named in words, for people who cannot tell colours apart and for screen readers.
    const changed = page.locator('.compare-changed').first();
    await expect(changed.locator('.tag').first()).toHaveText('Diubah');
    const marks = changed.locator('ins, del');
    expect(await marks.count()).toBeGreaterThan(0);
    await expect(marks.first().locator('.sr-only').first()).toHaveText(/^\[(ditambahkan|dihapus): $/);
    await expectNoAxeViolations(page);
  });

  test('shows a clause that moved as moved, not as removed and added', async ({ page }) => {
    await page.goto(PAIR);
    const moved = page.locator('.compare-item').filter({ has: page.getByRole('heading', { name: /Prinsip Kemitraan/ }) });
    await expect(moved).toHaveCount(1);
    await expect(moved.locator('.tags, .compare-tags')).toContainText('Dipindahkan');
    await expect(moved.locator('.compare-tags')).toContainText('Nomor: Pasal 7 → Pasal 8');
    await expect(moved.getByRole('link', { name: 'Bagian ini di versi 0.1' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/0.1/#prinsip-kemitraan');
    // 0.2 is the current version: its text is read at the document's own address.
    await expect(moved.getByRole('link', { name: 'Bagian ini di versi 0.2' })).toHaveAttribute('href', '/dokumen/pedoman-kemitraan/#prinsip-kemitraan');
  });

  test('a removed clause is shown as removed, where it stood', async ({ page }) => {
    await page.goto(PAIR);
    const removed = page.locator('.compare-removed').filter({ hasText: 'Penyempurnaan' });
    await expect(removed.locator('.tag').first()).toHaveText('Dihapus');
    await expect(removed.locator('del')).not.toHaveCount(0);
  });

  test('"only changes" hides unchanged clauses and can be turned off', async ({ page }) => {
    await page.goto(PAIR);
    const same = page.locator('.compare-same');
    expect(await same.count()).toBeGreaterThan(0);
    await expect(same.first()).toBeHidden();
    await page.getByLabel('Tampilkan hanya bagian yang berubah').uncheck();
    await expect(same.first()).toBeVisible();
  });

  test('any pair can be chosen; one that was not built is compared in the browser', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/bandingkan/');
    await page.getByLabel('Dari versi').selectOption('0.2');
    await page.getByLabel('ke versi').selectOption('0.1');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await expect(page).toHaveURL(/\?dari=0\.2&ke=0\.1$/);
    await expect(page.getByRole('heading', { name: 'Ringkasan: versi 0.2 → versi 0.1' })).toBeVisible();
    await expect(page.locator('.compare-removed').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('choosing a pair that was built goes to its page', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/bandingkan/?dari=0.1&ke=0.2');
    await expect(page).toHaveURL(new RegExp(`${PAIR.replace(/\./g, '\\.')}$`));
  });

  test('a tampered comparison address gets a message and the form, never a blank page', async ({ page }) => {
    for (const query of ['?dari=9.9&ke=0.1', '?dari=%3Cscript%3E&ke=', '?dari=0.1&ke=0.1']) {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/dokumen/pedoman-kemitraan/bandingkan/${query}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Bandingkan' })).toBeVisible();
      expect(errors).toEqual([]);
    }
    await expect(page.getByRole('alert')).toHaveText('Pilih dua versi yang berbeda untuk dibandingkan.');
  });

  test('every document with two versions or more has its comparisons listed in its history', async ({ page }) => {
    for (const doc of documents.filter((d) => d.versions.length > 1)) {
      await page.goto(`/dokumen/${doc.id}/riwayat/`);
      await page.getByRole('link', { name: /^Bandingkan dengan versi/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Perbandingan ${doc.title}`);
    }
  });
});

test.describe('a clause that a version does not have', () => {
  test('its address in the current version says it was removed and links to where it last stood, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/dokumen/pedoman-kemitraan/#penyempurnaan');
    const note = page.locator('#penyempurnaan');
    await expect(note).toBeInViewport();
    await expect(note).toContainText('Pasal 12 — Penyempurnaan: dihapus pada versi 0.2 (Isinya sudah dilaksanakan');
    await expect(note).toContainText('); terakhir ada di versi 0.1.');
    await note.getByRole('link', { name: 'versi 0.1' }).click();
    await expect(page).toHaveURL(/\/dokumen\/pedoman-kemitraan\/0\.1\/#penyempurnaan$/);
    await expect(page.locator('h3#penyempurnaan')).toBeInViewport();
    await context.close();
  });

  test('in an older version, a later clause is said to come later', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/0.1/#kriteria-legalitas');
    await expect(page.locator('#kriteria-legalitas')).toContainText('belum ada di versi ini; ditambahkan pada versi 0.2.');
  });
});

test.describe('point in time', () => {
  test('says which version applied on a day, at an address that can go in a letter', async ({ page }) => {
    await page.goto('/dokumen/sop-pengaduan/riwayat/');
    await page.getByLabel('Tanggal', { exact: true }).fill('2026-11-25');
    await page.getByRole('button', { name: 'Cari versi' }).click();
    await expect(page).toHaveURL(/\/dokumen\/sop-pengaduan\/riwayat\/\?tanggal=2026-11-25$/);
    const answer = page.locator('#hasil-tanggal');
    await expect(answer).toContainText('semua versinya masih draf, jadi pada 25 November 2026 tidak ada versi yang berlaku.');
    await expect(answer).toContainText('Draf terbaru pada tanggal itu: versi 0.2 (tertanggal 24 November 2026).');
    await answer.getByRole('link', { name: 'versi 0.2' }).click();
    await expect(page).toHaveURL(/\/dokumen\/sop-pengaduan\/0\.2\/$/);
  });

  test('names the newer draft for a later day, and says when the document did not exist yet', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/riwayat/?tanggal=2026-12-01');
    await expect(page.locator('#hasil-tanggal')).toContainText('versi 0.2');
    await page.goto('/dokumen/pedoman-kemitraan/riwayat/?tanggal=2020-01-01');
    await expect(page.locator('#hasil-tanggal')).toContainText('Pada tanggal itu dokumen ini belum ada.');
    // The day of the 2023 workshop the first draft was drawn from is not a day the draft existed.
    await page.goto('/dokumen/sop-pengaduan/riwayat/?tanggal=2023-09-20');
    await expect(page.locator('#hasil-tanggal')).toContainText('Pada tanggal itu dokumen ini belum ada.');
  });

  test('a date that is not a date gets a clear message', async ({ page }) => {
    await page.goto('/dokumen/pedoman-kemitraan/riwayat/?tanggal=2024-02-30');
    await expect(page.locator('#hasil-tanggal')).toContainText('bukan tanggal yang dikenali');
    await expectNoAxeViolations(page);
  });
});

test.describe('updates', () => {
  test('the update page lists every version of every document, newest first', async ({ page }) => {
    await page.goto('/pembaruan/');
    const total = documents.reduce((n, d) => n + d.versions.length, 0);
    await expect(page.locator('.update')).toHaveCount(total);
    const dates = await page.locator('.update time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the feed is valid XML with one entry per version, linking to its permanent address', async ({ page, request, baseURL }) => {
    const response = await request.get('/pembaruan.xml');
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    await page.goto('/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')!.textContent, link: item.querySelector('link')!.textContent })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.items).toHaveLength(documents.reduce((n, d) => n + d.versions.length, 0));
    expect(feed.items).toContainEqual({ title: 'Pedoman Kemitraan versi 0.2 (draf)', link: `${baseURL}/dokumen/pedoman-kemitraan/0.2/` });
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/pembaruan.xml');
  });
});

test('a clause link offers a citation line with document, code, version, clause and permanent address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/dokumen/sop-pengaduan/');
  const link = page.getByRole('link', { name: /^Tautan ke bagian: Pasal \d+ — Penelaahan$/ });
  await link.click();
  const box = page.getByRole('dialog', { name: /Tautan ke bagian ini sudah disalin/ });
  await expect(box).toBeVisible();
  const heading = await page.locator('h3#penelaahan').textContent();
  const citation = `SOP Layanan Pengaduan (SOP-PGD) versi 0.3, ${heading}. ${baseURL}/dokumen/sop-pengaduan/0.3/#penelaahan`;
  await expect(box.locator('.cite-text')).toHaveText(citation);
  await expect(box.getByRole('button', { name: 'Salin kutipan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  await expect(link).toBeFocused();
});
