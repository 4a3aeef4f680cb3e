import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, finishWrites, openBuildWrites, resetBuildWrites } from './write-files';

/**
 * The data files (src/site/data-files.ts: the search index, feeds, JDIH records, clause files). Opens the build's
 * register of background writes once the output folder is empty, so the route src/pages/berkas-data.txt.ts can
 * start writing them; after the build, waits for them, checks that every file listed was written, and removes the
 * list. Its `astro:build:done` runs before the other integrations', which read those files (offline list, link check).
 */
export function dataFiles(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pedoman-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => resetBuildWrites(),
      'astro:build:setup': () => {
        openBuildWrites(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const list = join(fileURLToPath(dir), DATA_FILES);
        const listed = readFileSync(list, 'utf8').split('\n').filter(Boolean).length;
        const written = await finishWrites(DATA_FILES);
        if (written !== listed) throw new Error(`Berkas data: ${listed} didaftar, ${written ?? 0} ditulis`);
        rmSync(list);
        logger.info(`${written} berkas data ditulis (indeks pencarian, umpan, rekaman JDIH, klausul)`);
      },
    },
  };
}
