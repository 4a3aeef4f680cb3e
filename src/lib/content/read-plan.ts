import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { currentVersion } from '../documents/versions';
import type { PlannedDocument } from '../documents/page-plan';
import type { Status } from '../../schemas/document';
import { CONTENT_LAYOUT, listMdx, splitFrontmatter } from './read-corpus';

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
    const parts = splitFrontmatter(readFileSync(file, 'utf8'));
    const data = parts && (parse(parts.frontmatter) as { document?: string; version?: string | number; status?: Status } | null);
    const doc = data?.document ?? basename(dirname(file));
    if (data?.status) versions.set(doc, [...(versions.get(doc) ?? []), { version: String(data.version), status: data.status }]);
  }
  return registry.flatMap(({ id, title }) => {
    const own = versions.get(id) ?? [];
    const current = currentVersion(own);
    return current ? [{ id, title, versions: own.map((v) => v.version), current: current.version }] : [];
  });
}
