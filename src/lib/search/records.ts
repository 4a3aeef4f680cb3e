import type { Clause } from '../documents/clauses';

/** One searchable thing: a clause of a version, a tool page, or a glossary term. Only what a result shows. */
export interface SearchRecord {
  /** Document title, or the part of the site ("Alat bantu", "Daftar Istilah"). */
  group: string;
  /** "Versi 0.2" for clauses; empty otherwise. */
  version: string;
  /** In the default scope: a clause of a current version, a tool, or a term. */
  current: boolean;
  /** "BAB II › Pasal 13 — Penelaahan". */
  title: string;
  /** The start of the text, for the snippet. */
  excerpt: string;
  url: string;
  /** Ranks the record higher when it matches as well as another: the tools, which answer a question directly. */
  boost?: number;
}

/** A record with what it is found by: its own heading (which counts most) and all its other words. Both go
 *  into the index, not into the record. */
export interface SearchSource {
  record: SearchRecord;
  heading: string;
  text: string;
}

// Long enough for a sentence or two; every character of it is in the index the reader downloads.
const EXCERPT = 160;

export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, flat.lastIndexOf(' ', EXCERPT))} …`;
}

/** A version's clauses as search sources, each titled by its heading path ("BAB II › Pasal 13 — Penelaahan"). */
export function clauseSources(docTitle: string, version: { label: string; current: boolean; url: string }, clauses: readonly Clause[]): SearchSource[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const path = (c: Clause): string[] => [...(c.parent && byId.get(c.parent) ? path(byId.get(c.parent)!) : []), c.heading];
  return clauses.map((c) => {
    const title = path(c);
    return {
      record: { group: docTitle, version: `Versi ${version.label}`, current: version.current, title: title.join(' › '), excerpt: excerptOf(c.text), url: `${version.url}#${c.id}` },
      heading: c.heading,
      text: [...title.slice(0, -1), docTitle, c.text].join(' '),
    };
  });
}
