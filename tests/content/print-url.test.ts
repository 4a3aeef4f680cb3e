import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfsThisBuild } from '../../src/integrations/pdf-browser';

// Printed pages carry the deployment's permanent address when SITE_URL is configured. Builds the small valid
// fixture with SITE_URL set and reads the print-only lines of its version page. (Without SITE_URL, no printed
// line may carry an address at all: tests/built/print-url.test.ts checks every page of the real build, and
// tests/e2e/reading.spec.ts prints one.)
const root = join(import.meta.dirname, '../..');

function buildWithSiteUrl(siteUrl: string) {
  const outDir = 'node_modules/.cache/fixture-build/print-url';
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, SITE_URL: siteUrl, PEDOMAN_CONTENT_DIR: 'tests/fixtures/content/valid', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { output: `${run.stdout}\n${run.stderr}`, page: (path: string) => readFileSync(join(root, outDir, path, 'index.html'), 'utf8'), file: (path: string) => readFileSync(join(root, outDir, path)) };
}

const printOnly = (html: string) => [...html.matchAll(/<p class="print-only[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());

describe('the address on a printed page, with SITE_URL set', () => {
  it('is the deployment’s permanent URL, on a version page, its PDF and the figures page', async () => {
    const { output, page, file } = buildWithSiteUrl('https://pedoman.contoh.id');
    // The fixture is not a whole site: its header links to documents it lacks, so the link check (which runs
    // after every page is written) stops the build. Nothing else may.
    expect(output.match(/\[ERROR\].*/g)?.filter((line) => !line.includes('[pedoman-link-check]')) ?? []).toEqual([]);
    const version = printOnly(page('dokumen/contoh/0.1'));
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
});
