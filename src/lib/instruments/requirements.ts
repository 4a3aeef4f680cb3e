import type { Clause } from '../documents/clauses';
import { clauseLinkParts } from '../documents/clause-link';
import { elementKey } from './citation';
import { requiredParts, type ClauseElement } from './elements';
import type { VersionText } from './texts';

/** One clause element an instrument must record, because the SOP's list of instruments says so. */
export interface Requirement {
  key: string;
  doc: string;
  version: string;
  clause: string;
  element: ClauseElement;
}

/** A clause the SOP points to: "Pasal 12 ayat (2)", "ayat (4)" of the same Pasal, or a link; maybe "huruf a sampai huruf l". */
export interface ClauseReference {
  /** The words that made the reference, for messages. */
  text: string;
  /** A link names its document; otherwise the document that says it. */
  doc?: string;
  clause?: string;
  /** "Pasal 12" when the reference is by number; neither this nor `clause` for a bare "ayat (4)" of the same Pasal. */
  number?: string;
  element?: string;
  /** Only the items from one letter to another: "huruf a sampai huruf l". */
  range?: [string, string];
  /** Introduced by "unsur" or "setiap hal": the SOP asks for the elements there to be recorded, not merely followed. */
  asks: boolean;
}

const ASKS = /(?:unsur|setiap hal)(?:\s+\S+){0,3}\s*$/i;
const RANGE = /^\s*huruf ([a-z]) sampai huruf ([a-z])/;
const NUMBERED = /Pasal (\d+[A-Z]?)(?: ayat \((\d+)\))?(?: (?:langkah|huruf|angka) ([a-z0-9]+))?|ayat \((\d+)\)(?: (?:langkah|huruf|angka) ([a-z0-9]+))?/g;

/**
 * The clauses an element of the SOP refers to, in the order written: links to clauses, references by number
 * ("Pasal 12 ayat (2)", "Pasal 28 ayat (2) langkah 2"), and a bare "ayat (4)", which means the same Pasal.
 */
export function referencesIn(markdown: string): ClauseReference[] {
  const refs: { at: number; ref: ClauseReference }[] = [];
  const masked = markdown.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, text: string, href: string, at: number) => {
    const local = href.match(/^#([a-z0-9-]+)$/);
    const parts = local ? { doc: undefined, clause: local[1]! } : clauseLinkParts(href.replace(/\/\d+(?:\.\d+)*\/#/, '/#'));
    if (parts) {
      const ayat = text.match(/ayat \((\d+)\)/)?.[1];
      refs.push({ at, ref: { ...withTail({ text: whole, ...(parts.doc ? { doc: parts.doc } : {}), clause: parts.clause, ...(ayat ? { element: ayat } : {}) }, markdown, at + whole.length), asks: ASKS.test(markdown.slice(0, at)) } });
    }
    return ' '.repeat(whole.length);
  });
  for (const m of masked.matchAll(NUMBERED)) {
    const [text, number, ayat, item, bareAyat, bareItem] = m;
    const at = m.index!;
    const element = number ? (ayat ? (item ? `${ayat}.${item}` : ayat) : undefined) : bareItem ? `${bareAyat}.${bareItem}` : bareAyat;
    const ref = { text, ...(number ? { number: `Pasal ${number}` } : {}), ...(element ? { element } : {}) };
    refs.push({ at, ref: { ...withTail(ref, masked, at + text.length), asks: ASKS.test(masked.slice(0, at)) } });
  }
  return refs.sort((a, b) => a.at - b.at).map((r) => r.ref);
}

function withTail<T extends { text: string }>(ref: T, source: string, end: number): T & { range?: [string, string] } {
  const range = source.slice(end).match(RANGE);
  return range ? { ...ref, text: `${ref.text}${range[0]}`, range: [range[1]!, range[2]!] } : ref;
}

export interface Requirements {
  required: Requirement[];
  /** References that lead nowhere, as sentences for the content check. */
  problems: string[];
}

/**
 * What an instrument must record, read from its row in the SOP's list of instruments. Every clause the row
 * points to is followed, and from there every reference that asks for elements ("unsur dalam …", "setiap hal
 * dalam …"), down to the elements that point nowhere further: those are what a form's fields must cite. An
 * element that only points on ("ayat (4)", "memuat unsur isi catatan rujukan") is not itself required.
 *
 * @example lembar penerimaan, SOP 0.2: the ten rows of Pasal 12 ayat (2) ("unsur dalam Pasal 12 ayat (2)").
 */
export function requirementsOf(sop: VersionText, clause: string, elementId: string, versionOf: (doc: string) => VersionText | undefined): Requirements {
  const problems: string[] = [];
  const required = new Map<string, Requirement>();
  const row = sop.elements(clause).find((e) => e.id === elementId);
  if (!row) return { required: [], problems };
  required.set(elementKey(sop.document, clause, row.id), { key: elementKey(sop.document, clause, row.id), doc: sop.document, version: sop.version, clause, element: row });

  const visit = (text: VersionText, at: string, element: ClauseElement, said: string, everything: boolean, depth: number): boolean => {
    let pointed = false;
    for (const ref of referencesIn(said)) {
      if (!everything && !ref.asks) continue;
      const target = resolve(text, at, ref, versionOf);
      if (typeof target === 'string') {
        problems.push(`SOP ${sop.version} merujuk "${ref.text}" untuk instrumen ini, tetapi ${target}`);
        continue;
      }
      pointed = true;
      for (const part of target.parts) {
        const key = elementKey(target.text.document, target.clause, part.id);
        if (required.has(key) || depth > 3) continue;
        const onward = visit(target.text, target.clause, part, part.source, false, depth + 1);
        if (!onward) required.set(key, { key, doc: target.text.document, version: target.text.version, clause: target.clause, element: part });
      }
    }
    return pointed && element !== row;
  };
  visit(sop, clause, row, row.cells ? Object.values(row.cells).slice(1).join(' ') : row.source, true, 0);
  return { required: [...required.values()], problems };
}

interface Target {
  text: VersionText;
  clause: string;
  parts: ClauseElement[];
}

/** Where a reference leads, or why it leads nowhere. */
function resolve(from: VersionText, at: string, ref: ClauseReference, versionOf: (doc: string) => VersionText | undefined): Target | string {
  const text = ref.doc && ref.doc !== from.document ? versionOf(ref.doc) : from;
  if (!text) return `versi dokumen "${ref.doc}" tidak disebut di "documents"`;
  let clause: Clause | undefined;
  if (ref.clause) clause = text.clauses.find((c) => c.id === ref.clause);
  else if (ref.number) clause = text.clauses.find((c) => c.number.toLowerCase() === ref.number!.toLowerCase());
  // A bare "ayat (4)" is in the same Pasal, perhaps under one of its own headings.
  else clause = [at, ...descendants(text.clauses, at)].map((id) => text.clauses.find((c) => c.id === id)!).find((c) => text.elements(c.id).some((e) => e.id === ref.element));
  if (!clause) return `bagian itu tidak ada di ${text.document} versi ${text.version}`;
  const all = text.elements(clause.id);
  let parts = requiredParts(all, ref.element);
  if (ref.range) {
    const [from, to] = ref.range;
    parts = parts.filter((p) => {
      const letter = p.id.split('.').at(-1)!;
      return letter.length === 1 && letter >= from && letter <= to;
    });
  }
  if (parts.length === 0) return `${clause.number || clause.heading} tidak punya ${ref.element ? `unsur "${ref.element}"` : 'unsur yang dapat dirujuk'}`;
  return { text, clause: clause.id, parts };
}

function descendants(clauses: readonly Clause[], id: string): string[] {
  const children = clauses.filter((c) => c.parent === id).map((c) => c.id);
  return children.flatMap((c) => [c, ...descendants(clauses, c)]);
}
