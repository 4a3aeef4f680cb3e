import { documentRedirects, readingPath, textUses, type PlannedDocument, type Redirect } from '../lib/documents/page-plan';
import type { DocumentWithVersions, VersionEntry } from './corpus';
import { href } from './href';

const plans = new WeakMap<DocumentWithVersions, PlannedDocument>();

/** A document as the page plan sees it (`src/lib/documents/page-plan.ts`). */
export function planOf(doc: DocumentWithVersions): PlannedDocument {
  let plan = plans.get(doc);
  if (!plan) {
    plan = { id: doc.id, title: doc.title, versions: doc.versions.map((v) => v.version), current: doc.current.version };
    plans.set(doc, plan);
  }
  return plan;
}

/** The link to where a version is read: the document's address for the current version, else its fixed one. */
export function readingHref(doc: DocumentWithVersions, version: string): string {
  return href(readingPath(planOf(doc), version));
}

/** The redirect that answers at `path` (a site path) for this document, if that address is not a page. */
export function redirectAt(doc: DocumentWithVersions, path: string): Redirect | undefined {
  return documentRedirects(planOf(doc)).find((r) => r.from === path);
}

/** How many outputs show this version's text; see `VersionText.astro`. */
export function textUsesOf(doc: DocumentWithVersions, version: VersionEntry): number {
  return textUses(planOf(doc), version.version);
}
