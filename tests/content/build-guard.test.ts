import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Proves the wiring: `astro build` itself stops on broken content, with the file, the field and the reason,
// before it renders anything. (The checks' details are covered by content-errors.test.ts.)
const root = join(import.meta.dirname, '../..');

describe('astro build over broken content', () => {
  it('fails with the file, the field and the reason', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/broken-build'], {
      cwd: root,
      env: { ...process.env, PEDOMAN_CONTENT_DIR: 'tests/fixtures/content/invalid-status', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/invalid-status/documents/contoh/0.1.mdx');
    expect(output).toMatch(/- status: harus salah satu dari: draf, berlaku, diganti, dicabut \(tertulis: "final"\)/);
    expect(output).toContain('Build dihentikan: 1 masalah isi');
  });
});
