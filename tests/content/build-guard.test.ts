import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Proves the wiring: `astro build` itself stops on broken content — before rendering, with the file, the field
// and the reason — and on a broken link after rendering. (The checks' details are in content-errors.test.ts
// and tests/unit/links.)
const root = join(import.meta.dirname, '../..');

function buildWith(fixture: string, nodeOptions: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeOptions, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', `node_modules/.cache/fixture-build/${fixture}`], {
    cwd: root,
    env: { ...process.env, PEDOMAN_CONTENT_DIR: `tests/fixtures/content/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build', () => {
  it('fails on invalid content with the file, the field and the reason', () => {
    const { status, output } = buildWith('invalid-status');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/invalid-status/documents/contoh/0.1.mdx');
    expect(output).toMatch(/- baris 4, kolom 9 · status: harus salah satu dari: draf, berlaku, diganti, dicabut \(tertulis: "final"\)/);
    expect(output).toContain('Build dihentikan: 1 masalah isi');
  });

  // The check runs on its own thread, which reads the site's TypeScript with Node's own loader. A Node that cannot
  // (type stripping off, or before 22.18) must still stop the build, with the same words, from the main thread.
  it('fails the same way on a Node that cannot read TypeScript itself', () => {
    const { status, output } = buildWith('invalid-status', ['--no-experimental-strip-types']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/- baris 4, kolom 9 · status: harus salah satu dari: draf, berlaku, diganti, dicabut \(tertulis: "final"\)/);
    expect(output).toContain('Build dihentikan: 1 masalah isi');
  });

  it('fails on an instrument whose field kind does not exist, with the file, the field, its line and the reason', () => {
    const { status, output } = buildWith('instrument-broken');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/instrument-broken/instruments/lembar-penerimaan/0.1.yaml');
    expect(output).toContain('- baris 13 · isian "anak-inisial" › kind: jenis isian tidak dikenal; yang ada: teks, tanggal, pilihan, centang, tanda-tangan, uraian (tertulis: "angka")');
    expect(output).toContain('Build dihentikan: 1 masalah isi');
  });

  it('fails on a link to a clause that does not exist before any page is written, naming the file and line', () => {
    const { status, output } = buildWith('broken-link');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/broken-link/documents/contoh/0.1.mdx');
    expect(output).toContain('- baris 14 · tautan /dokumen/contoh/#tidak-ada: bagian #tidak-ada tidak ada di versi mana pun dokumen "contoh"');
    expect(output).not.toContain('tautan internal rusak');
  });

  it('fails on a link to a page that does not exist after the build, naming the page and the link', () => {
    const { status, output } = buildWith('broken-page-link');
    expect(status).not.toBe(0);
    expect(output).toContain('"/layanan/tidak-ada/"');
    expect(output).toMatch(/Build dihentikan: \d+ tautan internal rusak/);
  });
});
