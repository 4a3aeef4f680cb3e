import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const registry = parse(readFileSync(join(import.meta.dirname, '../../src/content/documents.yaml'), 'utf8')) as {
  id: string;
  title: string;
  required: string[];
}[];

test('the corpus has the seven documents, each with the sections a complete document of its kind has', async ({ page }) => {
  expect(registry.map((d) => d.id)).toEqual([
    'sop-pengaduan',
    'panduan-pengaduan',
    'panduan-rujukan',
    'panduan-pengawasan',
    'panduan-konsultasi',
    'kode-etik',
    'pedoman-kemitraan',
  ]);
  for (const doc of registry) {
    expect(doc.required.length, doc.id).toBeGreaterThan(5);
    await page.goto(`/dokumen/${doc.id}/`);
    for (const id of doc.required) {
      await expect(page.locator(`.doc-body [id="${id}"]:is(h2, h3, h4)`), `${doc.id}#${id}`).toHaveCount(1);
    }
  }
});

test('every document says plainly that it is a draft awaiting ratification', async ({ page }) => {
  for (const doc of registry) {
    await page.goto(`/dokumen/${doc.id}/`);
    await expect(page.locator('.doc-meta')).toContainText('Belum disahkan dan belum berlaku.');
  }
});

test('a glossary term in a document leads to its definition', async ({ page }) => {
  await page.goto('/dokumen/panduan-rujukan/');
  await page.locator('.doc-body a.term', { hasText: 'UPTD PPA' }).first().click();
  await expect(page).toHaveURL(/\/istilah\/#uptd-ppa$/);
  const entry = page.locator('#uptd-ppa');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak');
});

test('the glossary lists every term with its definition, and related terms link to each other', async ({ page }) => {
  await page.goto('/istilah/');
  const terms = page.locator('.glossary dt');
  expect(await terms.count()).toBeGreaterThanOrEqual(30);
  for (const term of ['ABH', 'UPTD PPA', 'P2TP2A', 'KPAD', 'SPKT', 'Unit PPA', 'PKS', 'PHA', 'PKA']) {
    await expect(page.locator('.glossary dt', { hasText: term }).first()).toBeVisible();
  }
  const related = page.locator('.related a').first();
  const target = (await related.getAttribute('href'))!;
  await related.click();
  await expect(page.locator(target)).toBeInViewport();
});

test('a contact card in a document shows sourced channels, never a number typed into the text', async ({ page }) => {
  await page.goto('/dokumen/panduan-pengaduan/');
  const card = page.locator('.doc-body .contact', { hasText: 'Pengaduan KPAI' }).first();
  await expect(card.getByRole('link', { name: '021-31901556' })).toHaveAttribute('href', 'tel:02131901556');
  await expect(card.locator('.source').first()).toHaveText('Sumber: JPNN, Januari 2018: “Banyak warga belum laporkan kasus kekerasan pada anak” (terbit Januari 2018; belum diperiksa langsung).');
});

test('a flow is drawn as numbered steps whose branches lead to the step they name', async ({ page }) => {
  await page.goto('/dokumen/sop-pengaduan/');
  const flow = page.getByRole('figure', { name: /Alur layanan pengaduan/ });
  const steps = flow.locator('.flow-step');
  expect(await steps.count()).toBeGreaterThan(5);
  const branch = flow.getByRole('link', { name: /langkah \d+, Mediasi/ });
  await branch.click();
  await expect(page.locator('.flow-step:target')).toContainText('Mediasi');
});

test('callouts carry their label for screen readers', async ({ page }) => {
  await page.goto('/dokumen/kode-etik/');
  await expect(page.getByRole('note', { name: 'Catatan' }).or(page.getByRole('note', { name: 'Penting' })).first()).toBeVisible();
});

test('each guide shows its version history: the SOP and guides start from the Bekasi workshop draft', async ({ page }) => {
  for (const doc of ['sop-pengaduan', 'panduan-pengaduan', 'panduan-rujukan']) {
    await page.goto(`/dokumen/${doc}/riwayat/`);
    const oldest = page.locator('tbody tr').last();
    await expect(oldest).toContainText('20 September 2023');
    await expect(oldest).toContainText(/Bekasi/);
  }
});
