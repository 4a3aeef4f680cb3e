import { clauseSources, clausesOf, type Clause } from '../documents/clauses';
import { elementsOf, type ClauseElement } from './elements';

/** One version of a document as instruments read it: its clauses and, on demand, each clause's elements. */
export interface VersionText {
  document: string;
  version: string;
  clauses: Clause[];
  /** The elements of a clause; an empty list for a clause that does not exist. */
  elements: (clauseId: string) => ClauseElement[];
}

/** Every version of every document, by document and version label. */
export type Texts = ReadonlyMap<string, ReadonlyMap<string, VersionText>>;

/** Builds the texts instruments cite from version bodies; elements are read once per clause, when first asked for. */
export function textsOf(versions: readonly { document: string; version: string; body: string }[]): Texts {
  const texts = new Map<string, Map<string, VersionText>>();
  for (const { document, version, body } of versions) {
    const sources = new Map(clauseSources(body).map((c) => [c.id, c.source]));
    const cache = new Map<string, ClauseElement[]>();
    const elements = (id: string) => {
      if (!cache.has(id)) cache.set(id, elementsOf(sources.get(id) ?? ''));
      return cache.get(id)!;
    };
    const byVersion = texts.get(document) ?? new Map<string, VersionText>();
    byVersion.set(version, { document, version, clauses: clausesOf(body), elements });
    texts.set(document, byVersion);
  }
  return texts;
}
