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

/**
 * The texts instruments cite, from version bodies. Each version is read when first asked for, and each clause's
 * elements when first asked for, so documents no instrument cites cost nothing. A version whose clause ids
 * repeat has its own content error; here it reads as having no clauses.
 */
export function textsOf(versions: readonly { document: string; version: string; body: string }[]): Texts {
  const texts = new Map<string, Map<string, VersionText>>();
  for (const { document, version, body } of versions) {
    let read: { clauses: Clause[]; sources: Map<string, string> } | undefined;
    const parsed = () => {
      try {
        read ??= { clauses: clausesOf(body), sources: new Map(clauseSources(body).map((c) => [c.id, c.source])) };
      } catch {
        read = { clauses: [], sources: new Map() };
      }
      return read;
    };
    const cache = new Map<string, ClauseElement[]>();
    const text: VersionText = {
      document,
      version,
      get clauses() {
        return parsed().clauses;
      },
      elements: (id) => {
        if (!cache.has(id)) cache.set(id, elementsOf(parsed().sources.get(id) ?? ''));
        return cache.get(id)!;
      },
    };
    texts.set(document, (texts.get(document) ?? new Map<string, VersionText>()).set(version, text));
  }
  return texts;
}
