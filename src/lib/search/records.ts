import type { Clause } from '../documents/clauses';

/** What a result shows, and nothing more: every character of it is downloaded by the reader. */
export interface SearchRecord {
  /** The document's title, or the part of the site ("Alat bantu", "Daftar Istilah"). */
  source: string;
  /** The clause's heading as written, with its number ("Pasal 7 — UPTD PPA"), or the page's title. */
  title: string;
  /** The headings the clause sits in ("BAB III — Lembaga Tujuan Rujukan"); empty when none. */
  within: string;
  /** The version's label, only when it is not the current version ("0.1"); empty otherwise. */
  version: string;
  /** The start of the text, for the snippet. */
  excerpt: string;
  url: string;
}

/** A record with what it is found by. `heading` counts most; `keywords` (clause-level synonyms from
 *  synonyms.yaml) count as much as the heading; `text` is everything else. */
export interface SearchSource {
  record: SearchRecord;
  /** In the default scope: a clause of a current version, a tool, a term, a place. */
  current: boolean;
  heading: string;
  keywords?: string;
  text: string;
  /** Multiplies the record's score: the tools, which answer a question directly, rank a little higher. */
  boost?: number;
  /** For clauses: which version of which document, so a search can be kept to the version being read. */
  version?: { document: string; label: string };
}

// Long enough for a sentence or two; every character of it is in the index the reader downloads.
const EXCERPT = 150;

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, flat.lastIndexOf(' ', EXCERPT))} …`;
}

export interface SearchableVersion {
  label: string;
  current: boolean;
  url: string;
  clauses: readonly Clause[];
}

/**
 * A version's clauses as search sources: titled by their own heading, placed by the headings they sit in,
 * and found also by the words `keywordsOf` gives for the clause (its clause-level synonyms).
 */
export function clauseSources(doc: { id: string; title: string }, version: SearchableVersion, keywordsOf: (document: string, clause: string) => string = () => ''): SearchSource[] {
  const byId = new Map(version.clauses.map((c) => [c.id, c]));
  const parents = (c: Clause): string[] => (c.parent && byId.get(c.parent) ? [...parents(byId.get(c.parent)!), byId.get(c.parent)!.heading] : []);
  return version.clauses.map((c) => {
    const within = parents(c);
    const keywords = keywordsOf(doc.id, c.id);
    return {
      record: { source: doc.title, title: c.heading, within: within.join(' › '), version: version.current ? '' : version.label, excerpt: excerptOf(c.text), url: `${version.url}#${c.id}` },
      current: version.current,
      heading: c.heading,
      ...(keywords ? { keywords } : {}),
      text: [...within, doc.title, c.text].join(' '),
      version: { document: doc.id, label: version.label },
    };
  });
}
