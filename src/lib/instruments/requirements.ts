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

/** A clause the instruments' list points to, as written there: "Pasal 12 ayat (2)", or a link. */
export interface ClauseReference {
  /** The words that made the reference, for messages. */
  text: string;
  /** A link names its document; "Pasal 12" means the SOP itself. */
  doc?: string;
  clause?: string;
  /** "Pasal 12" when the reference is by number. */
  number?: string;
  element?: string;
}

/**
 * The clauses an element of the SOP refers to: links to clauses (`[…](/dokumen/panduan-rujukan/#isi-catatan-rujukan)`)
 * and references by number ("Pasal 12 ayat (2)", "Pasal 28 ayat (2) langkah 2", "Pasal 13 ayat (1) huruf c").
 */
export function referencesIn(markdown: string): ClauseReference[] {
  const refs: ClauseReference[] = [];
  const withoutLinks = markdown.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, _text: string, href: string) => {
    const local = href.match(/^#([a-z0-9-]+)$/);
    const parts = local ? { doc: undefined, clause: local[1]! } : clauseLinkParts(href.replace(/\/\d+(?:\.\d+)*\/#/, '/#'));
    if (parts) refs.push({ text: whole, ...(parts.doc ? { doc: parts.doc } : {}), clause: parts.clause });
    return ' ';
  });
  for (const m of withoutLinks.matchAll(/Pasal (\d+)(?: ayat \((\d+)\))?(?: (?:langkah|huruf|angka) ([a-z0-9]+))?/g)) {
    const [text, number, ayat, item] = m;
    refs.push({ text, number: `Pasal ${number}`, ...(ayat ? { element: item ? `${ayat}.${item}` : ayat } : {}) });
  }
  return refs;
}

export interface Requirements {
  required: Requirement[];
  /** References that lead nowhere, as sentences for the content check. */
  problems: string[];
}

/**
 * What an instrument must record, read from its row in the SOP's list of instruments: the row itself (or the
 * items under it), and every element of each clause the row refers to.
 *
 * @example lembar penerimaan, SOP 0.2: its row, and the ten rows of Pasal 12 ayat (2) ("unsur dalam Pasal 12 ayat (2)").
 */
export function requirementsOf(sop: VersionText, clause: string, elementId: string, versionOf: (doc: string) => VersionText | undefined): Requirements {
  const problems: string[] = [];
  const row = sop.elements(clause).find((e) => e.id === elementId);
  if (!row) return { required: [], problems };
  const required = requiredParts(sop.elements(clause), elementId).map((element) => requirement(sop, clause, element));
  const said = row.cells ? Object.values(row.cells).slice(1).join(' ') : row.source;
  for (const ref of referencesIn(said)) {
    const text = ref.doc && ref.doc !== sop.document ? versionOf(ref.doc) : sop;
    if (!text) {
      problems.push(`SOP ${sop.version} merujuk "${ref.text}" untuk instrumen ini; sebutkan versi dokumen "${ref.doc}" di "documents"`);
      continue;
    }
    const target = ref.clause ? text.clauses.find((c) => c.id === ref.clause) : byNumber(text.clauses, ref.number!);
    if (!target) {
      problems.push(`SOP ${sop.version} merujuk "${ref.text}" untuk instrumen ini, tetapi bagian itu tidak ada di ${text.document} versi ${text.version}`);
      continue;
    }
    const parts = requiredParts(text.elements(target.id), ref.element);
    if (parts.length === 0) {
      const what = ref.element ? `unsur "${ref.element}"` : 'unsur yang dapat dirujuk';
      problems.push(`SOP ${sop.version} merujuk "${ref.text}" untuk instrumen ini, tetapi ${target.number || target.heading} tidak punya ${what}`);
      continue;
    }
    required.push(...parts.map((element) => requirement(text, target.id, element)));
  }
  const seen = new Set<string>();
  return { required: required.filter((r) => !seen.has(r.key) && seen.add(r.key)), problems };
}

function requirement(text: VersionText, clause: string, element: ClauseElement): Requirement {
  return { key: elementKey(text.document, clause, element.id), doc: text.document, version: text.version, clause, element };
}

/** The clause an author numbered "Pasal 12" (the first, should two share a number). */
function byNumber(clauses: readonly Clause[], number: string): Clause | undefined {
  return clauses.find((c) => c.number.toLowerCase() === number.toLowerCase());
}
