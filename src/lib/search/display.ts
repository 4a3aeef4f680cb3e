import { isStopword, stem, words, type Lexicon } from './normalise';
import type { Hit } from './rank';
import type { SearchRecord } from './records';

/** One result as a person reads it: where it is (document, version when not current, the headings it sits
 *  in), what it is (clause number and heading), and the start of its text. */
export interface DisplayResult extends SearchRecord {
  kind: string;
  /** The roots that matched. */
  matched: string[];
  /** The record's score for the query (for tests and tuning; higher is better). */
  score: number;
  /** The title and the snippet in pieces, each marked when its word matched. */
  marks: { title: Segment[]; excerpt: Segment[] };
}

/** A piece of text, and whether it is a word that matched the query. */
export type Segment = [text: string, marked: boolean];

/** Text in pieces, the words whose root matched marked: what the views wrap in <mark>. */
export function segments(text: string, matched: readonly string[], lexicon: Lexicon): Segment[] {
  const roots = new Set(matched);
  const pieces: Segment[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const word = words(piece)[0];
    const mark = !!word && roots.has(stem(word, lexicon));
    const last = pieces.at(-1);
    if (last && !last[1] && !mark) last[0] += piece;
    else pieces.push([piece, mark]);
  }
  return pieces;
}

/** At most this many glossary entries, wherever they stand. */
export const GLOSSARY_SHOWN = 2;

/**
 * Whether a query asks what a term means: it says so ("apa itu", "arti", "singkatan" …, the lexicon's
 * `lookup` words), or it is exactly a glossary term, its expansion or its abbreviation, or a synonym of one.
 * Words are compared as written, not by their roots, so "mengadu" is not a lookup of "Pengadu".
 *
 * @example isTermLookup('apa itu diversi', lexicon, glossary) // true
 */
export function isTermLookup(query: string, lexicon: Lexicon, glossary: ReadonlySet<string>): boolean {
  const all = words(query);
  const typed = ` ${all.join(' ')} `;
  if (lexicon.lookup?.some((cue) => typed.includes(` ${words(cue).join(' ')} `))) return true;
  const asked = termWords(query, lexicon);
  const synonyms = lexicon.groups.filter((group) => group.some((phrase) => termWords(phrase, lexicon) === asked)).flat();
  return [asked, ...synonyms.map((phrase) => termWords(phrase, lexicon))].some((phrase) => phrase !== '' && glossary.has(phrase));
}

/** A term as the glossary keys it: its words as written, stopwords left out. */
export function termWords(text: string, lexicon: Lexicon): string {
  return words(text)
    .filter((w) => !isStopword(w, lexicon))
    .join(' ');
}

/**
 * The order results are shown in, by score, the best clause first: one list, of which the search dialog
 * shows the first ten and /cari/ as many as the reader asks for. Glossary entries never crowd clauses out:
 * at most two are listed, in score order when the query asks for a term, otherwise after all the clauses.
 */
export function arrange(hits: readonly Hit[], isGlossary: (id: number) => boolean, lookup: boolean): Hit[] {
  const terms = hits.filter((h) => isGlossary(h.id)).slice(0, GLOSSARY_SHOWN);
  if (lookup) return hits.filter((h) => !isGlossary(h.id) || terms.includes(h));
  return [...hits.filter((h) => !isGlossary(h.id)), ...terms];
}
