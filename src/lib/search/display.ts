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

/** What a query asks of the glossary: the entries it names, and whether it says it asks what something means. */
export interface TermAsked {
  /** Glossary records the query names: by term, expansion or abbreviation, or by a synonym of one. */
  ids: ReadonlySet<number>;
  /** The query says it asks ("apa itu", "arti", "singkatan" …, the lexicon's `lookup` words). */
  cue: boolean;
}

/**
 * Which glossary entries a query asks for. Words are compared as written, not by their roots, so "mengadu"
 * does not name "Pengadu"; `glossary` maps each entry's names (see `termWords`) to its record.
 *
 * @example termAsked('apa itu diversi', lexicon, { diversi: 301 }) // { ids: Set {301}, cue: true }
 */
export function termAsked(query: string, lexicon: Lexicon, glossary: Readonly<Record<string, number>>): TermAsked {
  const typed = ` ${words(query).join(' ')} `;
  const cues = (lexicon.lookup ?? []).map((cue) => ` ${words(cue).join(' ')} `).filter((cue) => typed.includes(cue));
  const asked = termWords(cues.reduce((rest, cue) => rest.replace(cue, ' '), typed), lexicon);
  const synonyms = lexicon.groups.filter((group) => group.some((phrase) => termWords(phrase, lexicon) === asked)).flat();
  const names = [asked, ...synonyms.map((phrase) => termWords(phrase, lexicon))];
  return { ids: new Set(names.flatMap((name) => (name !== '' && Object.hasOwn(glossary, name) ? [glossary[name]!] : []))), cue: cues.length > 0 };
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
 * at most two are listed; an entry the query names (or, after "apa itu …", any entry) keeps its place in score
 * order, and the others come after all the clauses.
 */
export function arrange(hits: readonly Hit[], isGlossary: (id: number) => boolean, asked: TermAsked): Hit[] {
  const terms = hits.filter((h) => isGlossary(h.id));
  const named = terms.filter((h) => asked.ids.has(h.id) || (asked.cue && asked.ids.size === 0));
  const shown = [...named, ...terms.filter((h) => !named.includes(h))].slice(0, GLOSSARY_SHOWN);
  const inPlace = new Set(named.filter((h) => shown.includes(h)));
  return [...hits.filter((h) => !isGlossary(h.id) || inPlace.has(h)), ...shown.filter((h) => !inPlace.has(h))];
}
