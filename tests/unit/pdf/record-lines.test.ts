import { describe, expect, it } from 'vitest';
import { DRAFT_NOTICE, recordTemplates } from '../../../src/lib/pdf/record-lines';

describe('the margins of every page of a PDF of record', () => {
  const stamp = { stamp: 'SOP-PGD · SOP Layanan Pengaduan · versi 0.2', status: 'Draf tertanggal 24 November 2026. Belum disahkan dan belum berlaku.' };

  it('carry the draft notice, the version stamp and its status at the top, and the page number at the bottom', () => {
    const { header, footer } = recordTemplates(stamp);
    expect(header).toContain(DRAFT_NOTICE);
    expect(header).toContain('SOP-PGD · SOP Layanan Pengaduan · versi 0.2 · Draf tertanggal 24 November 2026.');
    expect(footer).toContain('<span class="pageNumber"></span> dari <span class="totalPages"></span>');
  });

  it('print the permanent URL only when the deployment has one, escaped', () => {
    expect(recordTemplates(stamp).footer).not.toMatch(/https?:/);
    expect(recordTemplates({ ...stamp, url: 'https://pedoman.contoh.id/dokumen/sop/0.2/?a=1&b=2' }).footer).toContain('https://pedoman.contoh.id/dokumen/sop/0.2/?a=1&amp;b=2');
  });
});
