import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dist } from './dist';
import { DRAFT_NOTICE } from '../../src/lib/pdf/record-lines';

// The PDF of record of a version, opened as a reader's PDF viewer would (pdfjs-dist, Mozilla's PDF.js), after
// `npm run build` on a machine with Chromium. What a staff member filing it needs to see on it.
const file = join(dist, 'dokumen/sop-pengaduan/0.2/sop-pengaduan-0.2.pdf');
const skip = process.env.PDF === '0';

describe.skipIf(skip)('the PDF of record of SOP Layanan Pengaduan 0.2', async () => {
  if (!existsSync(file)) throw new Error(`${file} is missing: the build makes PDFs only where Chromium is (see README, "PDF naskah")`);
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1))));
  const texts = await Promise.all(pages.map(async (p) => (await p.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ')));

  it('says on every page that it is a draft, which version it is, its status, and the page number', () => {
    expect(pdf.numPages).toBeGreaterThan(3);
    texts.forEach((text, i) => {
      expect(text).toContain(DRAFT_NOTICE);
      expect(text).toContain('SOP-PGD · SOP Layanan Pengaduan · versi 0.2 · Draf tertanggal 24 November 2026. Belum disahkan dan belum berlaku.');
      expect(text).toContain(`Halaman ${i + 1} dari ${pdf.numPages}`);
    });
  });

  it('numbers and ids every clause, as the page does', () => {
    const all = texts.join(' ');
    expect(all).toContain('Pasal 1 — Tujuan #tujuan');
    expect(all).toContain('BAB I — Ketentuan Umum #ketentuan-umum');
  });

  it('links its list of clauses to the clauses inside the PDF itself', async () => {
    const links = (await Promise.all(pages.map((p) => p.getAnnotations()))).flat().filter((a) => a.subtype === 'Link' && typeof a.dest === 'string');
    expect(links.map((l) => l.dest)).toContain('tujuan');
    const destination = await pdf.getDestination('tujuan');
    expect(destination).not.toBeNull();
    const target = await pdf.getPageIndex(destination![0]);
    expect(texts[target]).toContain('Pasal 1 — Tujuan');
  });

  it('prints no local address: a permanent URL appears only when SITE_URL is set', () => {
    expect(texts.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
