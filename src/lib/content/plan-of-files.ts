import { currentVersion } from '../documents/versions';
import type { PlannedDocument } from '../documents/page-plan';
import type { Status } from '../../schemas/document';
import { splitFrontmatter } from './frontmatter';

/**
 * One top-level scalar of a frontmatter block: `version: "0.2"`, `status: draf`. The content guard has already
 * parsed and checked every field with the schema; this only reads back the three the plan needs, a thousand files in a few
 * milliseconds where a YAML parser takes most of a second.
 */
function scalar(frontmatter: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:[ \\t]*(?:"([^"]*)"|'([^']*)'|([^\\s#]+))`, 'm').exec(frontmatter);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The page plan from the registry (as parsed) and the start of each version file (enough for its frontmatter),
 * with the folder it is in. Assumes the content guard has passed; a file it cannot read is left out rather than
 * reported twice.
 */
export function planOfFiles(registry: unknown, versionHeads: readonly { folder: string; head: string }[]): PlannedDocument[] {
  const versions = new Map<string, { version: string; status: Status }[]>();
  for (const { folder, head } of versionHeads) {
    const frontmatter = splitFrontmatter(head)?.frontmatter ?? '';
    const [doc, version, status] = [scalar(frontmatter, 'document') ?? folder, scalar(frontmatter, 'version'), scalar(frontmatter, 'status')];
    if (version && status) versions.set(doc, [...(versions.get(doc) ?? []), { version, status: status as Status }]);
  }
  return ((registry ?? []) as { id: string; title: string }[]).flatMap(({ id, title }) => {
    const own = versions.get(id) ?? [];
    const current = currentVersion(own);
    return current ? [{ id, title, versions: own.map((v) => v.version), current: current.version }] : [];
  });
}
