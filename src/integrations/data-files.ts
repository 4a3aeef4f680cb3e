import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACK_FILE, unpackFiles } from '../lib/build/data-pack';

/**
 * Splits the build's pack of data files (src/site/data-files.ts: the search index, feeds, JDIH records, clause
 * files) into the files, then removes the pack. Runs first after the build, so the pages and files the later
 * steps read (offline list, link check) are all in place. Plain synchronous writes: some eleven thousand small
 * files at a thousand documents, each folder made once.
 */
export function dataFiles(): AstroIntegration {
  return {
    name: 'pedoman-data-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pack = join(dist, PACK_FILE);
        const files = unpackFiles(readFileSync(pack, 'utf8'));
        rmSync(pack);
        const folders = new Set<string>();
        for (const [path, text] of files) {
          const file = join(dist, path);
          const folder = dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          writeFileSync(file, text);
        }
        logger.info(`${files.length} berkas data ditulis (indeks pencarian, umpan, rekaman JDIH, klausul)`);
      },
    },
  };
}
