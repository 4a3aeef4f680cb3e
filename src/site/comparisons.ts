import { prebuiltPairs } from '../lib/documents/compare-pairs';
import { paths } from '../lib/paths';
import type { DocumentWithVersions } from './corpus';
import { href } from './href';
import { readingHref } from './pages';

/** What the comparison pages of one document need to link: every version, and every prebuilt pair. */
export function comparisonLinks(doc: DocumentWithVersions) {
  const oldestFirst = [...doc.versions].reverse();
  const pairs = prebuiltPairs(
    oldestFirst.map((v) => v.version),
    doc.current.version,
  );
  return {
    versions: oldestFirst.map((v) => ({
      version: v.version,
      status: v.status,
      href: readingHref(doc, v.version),
      json: href(paths.clausesJson(doc.id, v.version)),
    })),
    pairs: pairs.map(([from, to]) => ({ from, to, href: href(paths.compare(doc.id, from, to)) })),
  };
}
