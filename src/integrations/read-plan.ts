import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { PlannedDocument } from '../lib/documents/page-plan';
import { planOfFiles } from '../lib/content/plan-of-files';
import { contentTable } from '../schemas/collections';
import { listFiles } from './read-content';

/** The start of a file, enough for its frontmatter (the rest, a document's text, is not needed here). */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const start = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return /\n---[ \t]*(\r?\n|$)/.test(start.slice(3)) ? start : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The page plan's view of the content below `contentDir`, read from the files themselves (the registry and each
 * version's frontmatter), for the parts of the build that run outside Astro's collections.
 */
export function readPlan(contentDir: string): PlannedDocument[] {
  const registryFile = join(contentDir, contentTable.documents.path);
  if (!existsSync(registryFile)) return [];
  const { path, shape } = contentTable.versions;
  const versions = listFiles(join(contentDir, path), shape.extension).map((file) => ({ folder: basename(dirname(file)), head: head(file) }));
  return planOfFiles(parse(readFileSync(registryFile, 'utf8')), versions);
}
