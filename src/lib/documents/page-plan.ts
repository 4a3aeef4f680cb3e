import { paths } from '../paths';

/** The least the page plan needs to know about a document. */
export interface PlannedDocument {
  id: string;
  title: string;
  /** Every version label of the document. */
  versions: readonly string[];
  /** The label of the version shown at `/dokumen/<doc>/`. */
  current: string;
}

/** An address that is no longer a page of its own but still answers, by sending the reader on. */
export interface Redirect {
  /** Site path (see `src/lib/paths.ts`) that answers with a small redirect page. */
  from: string;
  /** Site path where the reader lands. */
  to: string;
  /** What the reader asked for, e.g. "Panduan Rujukan versi 0.2": the redirect page's title and heading. */
  title: string;
  /** Where they land, in words, e.g. "Panduan Rujukan". */
  label: string;
  /** Why, in plain words, shown on the redirect page for the moment it is seen (or when it is not followed). */
  reason: string;
}

/**
 * Where a version is read. The current version is read at the document's own address, `/dokumen/<doc>/`, which
 * is the address other documents, the tools and the search link to; its fixed address
 * `/dokumen/<doc>/<version>/` answers with a redirect there until a newer version takes over, and from then on
 * is that version's own page. Every other version is read at its fixed address. So every version's text is
 * written once, and each fixed address always shows that version's text.
 *
 * @example readingPath({ id: 'sop', versions: ['0.1', '0.2'], current: '0.2' }, '0.2') // 'dokumen/sop/'
 */
export function readingPath(doc: PlannedDocument, version: string): string {
  return version === doc.current ? paths.document(doc.id) : paths.version(doc.id, version);
}

/**
 * The addresses of one document that answer with a redirect instead of a page of their own: the fixed address
 * of the current version, whose text is at the document's address.
 *
 * A document with one version has no comparison chooser at all, not even a redirect: there is nothing to compare,
 * nothing links to it (the version switcher and the history offer a comparison from the second version on), and
 * it was never published, because every document the site has published has two versions or more, and versions
 * are never taken away. So a chooser, once published, always stays a page. At 1,000 single-version documents the
 * redirects were a thousand files and a thousand folders that no reader could reach.
 */
export function documentRedirects(doc: PlannedDocument): Redirect[] {
  return [
    {
      from: paths.version(doc.id, doc.current),
      to: paths.document(doc.id),
      title: `${doc.title} versi ${doc.current}`,
      label: doc.title,
      reason: `Versi ${doc.current} adalah versi terkini, jadi teksnya ada di alamat dokumen. Alamat versi ini tetap berlaku untuk dikutip.`,
    },
  ];
}

/** A document has a comparison chooser from its second version on (see `documentRedirects`). */
export const hasComparisons = (doc: { versions: readonly unknown[] }): boolean => doc.versions.length > 1;

/**
 * How many outputs of a build show a version's rendered text: today only its reading page. A new output that
 * shows the text (a PDF, a page per clause's history) adds itself here, so the text is rendered once and
 * handed to each of them (see `src/components/VersionText.astro`).
 */
export function textUses(_doc: PlannedDocument, _version: string): number {
  return 1;
}
