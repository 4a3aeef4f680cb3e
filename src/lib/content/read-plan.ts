import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { currentVersion } from '../documents/versions';
import type { PlannedDocument } from '../documents/page-plan';
import type { Status } from '../../schemas/document';
import { CONTENT_LAYOUT, listMdx, splitFrontmatter } from './read-corpus';

/**
 * One top-level scalar of a frontmatter block: `version: "0.2"`, `status: draf`. The content guard has already
 * parsed and checked every field with the schema; this only reads back the three the plan needs, a thousand files in a few
 * milliseconds where a YAML parser takes most of a second.
 */
function scalar(frontmatter: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:[ \\t]*(?:"([^"]*)"|'([^']*)'|([^\\s#]+))`, 'm').exec(frontmatter);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

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
 * version's frontmatter), for the parts of the build that run outside Astro's collections. Assumes the content
 * guard has passed; a file it cannot read is left out rather than reported twice.
 */
export function readPlan(contentDir: string): PlannedDocument[] {
  const registryFile = join(contentDir, CONTENT_LAYOUT.registry);
  if (!existsSync(registryFile)) return [];
  const registry = (parse(readFileSync(registryFile, 'utf8')) ?? []) as { id: string; title: string }[];
  const versions = new Map<string, { version: string; status: Status }[]>();
  for (const file of listMdx(join(contentDir, CONTENT_LAYOUT.versions))) {
    const frontmatter = splitFrontmatter(head(file))?.frontmatter ?? '';
    const [doc, version, status] = [scalar(frontmatter, 'document') ?? basename(dirname(file)), scalar(frontmatter, 'version'), scalar(frontmatter, 'status')];
    if (version && status) versions.set(doc, [...(versions.get(doc) ?? []), { version, status: status as Status }]);
  }
  return registry.flatMap(({ id, title }) => {
    const own = versions.get(id) ?? [];
    const current = currentVersion(own);
    return current ? [{ id, title, versions: own.map((v) => v.version), current: current.version }] : [];
  });
}
