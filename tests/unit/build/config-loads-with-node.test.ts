import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Astro loads astro.config.mjs with Node's own loader first and, when that fails, quietly starts a Vite server to
// load it instead (about 0.6 s more at the start of every build). Nothing else would show the slow path: this test
// fails when something in the config's imports stops Node's loader (an extensionless import the hook in
// scripts/ts-imports.mjs cannot place, or TypeScript that Node cannot strip, such as an enum or a parameter property).
const root = join(import.meta.dirname, '../../..');

describe('astro.config.mjs', () => {
  it('loads with Node alone, its integrations included', () => {
    const load = spawnSync(process.execPath, ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join(' '));"], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(load.stderr).toBe('');
    expect(load.status).toBe(0);
    expect(load.stdout).toContain('pedoman-content-guard');
    expect(load.stdout).toContain('pedoman-link-check');
  });
});
