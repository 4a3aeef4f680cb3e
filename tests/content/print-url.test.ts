import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeQrPath } from '../unit/poster/decode-qr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfsThisBuild } from '../../src/integrations/pdf-browser';

// Printed pages carry the deployment's permanent address when SITE_URL is configured. Builds the small valid
// fixture with SITE_URL set and reads the print-only lines of its version page. (Without SITE_URL, no printed
// line may carry an address at all: tests/built/print-url.test.ts checks every page of the real build, and
// tests/e2e/reading.spec.ts prints one.)
const root = join(import.meta.dirname, '../..');

// The same build names a data steward, so the "report a wrong number" links are checked here too (the site's
// own build names none: tests/e2e/directory.spec.ts checks there are none).
const steward = { PUBLIC_DATA_STEWARD_NAME: 'Tim Data Contoh', PUBLIC_DATA_STEWARD_EMAIL: 'data@contoh.id', PUBLIC_DATA_STEWARD_WHATSAPP: '0812-3456-7890' };

function buildWithSiteUrl(siteUrl: string) {
  const outDir = 'node_modules/.cache/fixture-build/print-url';
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...steward, SITE_URL: siteUrl, PEDOMAN_CONTENT_DIR: 'tests/fixtures/content/valid', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { output: `${run.stdout}\n${run.stderr}`, page: (path: string) => readFileSync(join(root, outDir, path, 'index.html'), 'utf8'), file: (path: string) => readFileSync(join(root, outDir, path)) };
}

const printOnly = (html: string) => [...html.matchAll(/<p class="print-only[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());

describe('the address on a printed page, with SITE_URL set', () => {
  let built: ReturnType<typeof buildWithSiteUrl>;
  beforeAll(() => {
    built = buildWithSiteUrl('https://pedoman.contoh.id');
  }, 180_000);

  it('is the deployment’s permanent URL, on a version page, its PDF and the figures page', async () => {
    const { output, page, file } = built;
    // The fixture is not a whole site: its header links to documents it lacks, so the link check (which runs
    // after every page is written) stops the build. Nothing else may.
    expect(output.match(/\[ERROR\].*/g)?.filter((line) => !line.includes('[pedoman-link-check]')) ?? []).toEqual([]);
    // Version 0.1 is the fixture's current version, so it is read (and printed) at the document's own address;
    // the print line names the version's permanent address all the same.
    const version = printOnly(page('dokumen/contoh'));
    expect(version[0]).toBe('CTH · Versi 0.1 · Draf · https://pedoman.contoh.id/dokumen/contoh/0.1/');
    expect(version[1]).toMatch(/^Dicetak dari https:\/\/pedoman\.contoh\.id\/dokumen\/contoh\/0\.1\/ — Dokumen Contoh \(CTH\) versi 0\.1, draf, /);
    expect(version[1]).toContain('Versi terbaru selalu ada di https://pedoman.contoh.id/dokumen/contoh/');
    expect(printOnly(page('angka-pengaduan'))[0]).toMatch(/^Dicetak dari https:\/\/pedoman\.contoh\.id\/angka-pengaduan\/ — /);
    // The PDF of record carries the same permanent URL at the foot of every page (where Chromium can print it).
    if (!pdfsThisBuild()) return;
    const pdf = await getDocument({ data: new Uint8Array(file('dokumen/contoh/0.1/contoh-0.1.pdf')), verbosity: 0 }).promise;
    const first = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(first).toContain('https://pedoman.contoh.id/dokumen/contoh/0.1/');
  });

  it('a province’s poster carries a QR code that decodes to the finder with that province chosen', () => {
    const html = built.page('layanan/jawa-barat/poster');
    const svg = html.match(/<svg viewBox="0 0 (\d+) \1" role="img" aria-label="Kode QR ke ([^"]+)"[^>]*>[\s\S]*?<path d="([^"]+)"/);
    expect(svg?.[2]).toBe('https://pedoman.contoh.id/cari-rujukan/?provinsi=32');
    expect(decodeQrPath(svg![3]!, Number(svg![1]))).toBe('https://pedoman.contoh.id/cari-rujukan/?provinsi=32');
    expect(html).toMatch(/atau buka <span class="poster-url"[^>]*>https:\/\/pedoman\.contoh\.id\/cari-rujukan\/\?provinsi=32<\/span>/);
  });

  it('every contact offers a prefilled report to the named data steward, by e-mail and WhatsApp', () => {
    const html = built.page('kontak').replaceAll('&amp;', '&');
    const cards = html.match(/<section class="contact"/g)?.length ?? 0;
    expect(cards).toBeGreaterThan(0);
    expect(html.match(/<details class="report-wrong no-print">/g)?.length).toBe(cards);
    expect(html).toContain('Pesan ke Tim Data Contoh, pengelola data situs ini');
    const mail = new URL(html.match(/href="(mailto:data@contoh\.id\?[^"]+)"/)![1]!);
    expect(mail.searchParams.get('subject')).toBe('Kontak salah: SAPA 129 — Telepon 129');
    expect(mail.searchParams.get('body')).toContain('Kontak: SAPA 129 (id: sapa-129)');
    expect(html).toMatch(/href="https:\/\/wa\.me\/6281234567890\?text=Kontak%20salah%3A%20SAPA%20129/);
  });
});
