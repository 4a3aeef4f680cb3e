import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, SEARCH_INDEX, finishWrites, openBuildWrites, resetBuildWrites } from './write-files';
import { bundleSearchIndexThread } from './search-index-worker';

/**
 * The data files (src/site/data-files.ts: the search index, feeds, JDIH records, clause files). Opens the build's
 * register of background writes once the output folder is empty, so the route src/pages/berkas-data.txt.ts can
 * start writing them; after the build, waits for them, checks that every file listed was written, and removes the
 * list. Its `astro:build:done` runs before the other integrations', which read those files (offline list, link check).
 */
export function dataFiles(): AstroIntegration {
  let outDir = '';
  let root: URL;
  return {
    name: 'pedoman-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = config.root;
      },
      'astro:build:start': () => resetBuildWrites(),
      'astro:build:setup': () => {
        const writes = openBuildWrites(outDir);
        writes.searchThread ??= bundleSearchIndexThread(root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const list = join(fileURLToPath(dir), DATA_FILES);
        const listed = readFileSync(list, 'utf8').split('\n').filter(Boolean).length;
        const [written, index] = [await finishWrites(DATA_FILES), await finishWrites(SEARCH_INDEX)];
        if (written !== listed) throw new Error(`Berkas data: ${listed} didaftar, ${written ?? 0} ditulis`);
        rmSync(list);
        const where = index === undefined ? 'indeks pencarian dibuat di utas utama' : `${index} berkas indeks pencarian dibuat di utas tersendiri`;
        logger.info(`${written} berkas data ditulis (umpan, rekaman JDIH, klausul); ${where}`);
      },
    },
  };
}
