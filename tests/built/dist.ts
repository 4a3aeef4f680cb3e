// The built site, for the checks that read dist/ after `npm run build` (run by `npm run test:built`).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const dist = join(import.meta.dirname, '../../dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before `npm run test:built`');

/** Every HTML file of the build, relative to dist/. */
export const builtPages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
