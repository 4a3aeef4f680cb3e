#!/usr/bin/env node
// Runs the content check (src/integrations/check-cli.ts) without building the site: compiled with esbuild into
// node_modules/.cache first, as the benchmark's TypeScript is, so it needs no other runner.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'node_modules/.cache/pedoman-check/check.mjs');
await build({ entryPoints: [join(root, 'src/integrations/check-cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'warning' });
await import(out);
