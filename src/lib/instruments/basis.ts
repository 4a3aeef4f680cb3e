import type { InstrumentFile } from '../../schemas/instrument';
import { parseCitation } from './citation';
import { INSTRUMENTS_CLAUSE, SOP } from './constants';
import type { Texts } from './texts';

/** A citation as a reader follows it: which document, version, clause and element, in words and as a link target. */
export interface CitationView {
  doc: string;
  version: string;
  clause: string;
  element?: string;
  /** "Pasal 12 ayat (2) unsur “Penerimaan”". */
  where: string;
  /** What the element says. */
  quote: string;
}

/** The version of a cited document an instrument reads: the SOP version it implements, or the one it names. */
export const citedVersion = (instrument: InstrumentFile, doc: string): string | undefined => (doc === SOP ? instrument.sop : instrument.documents[doc]);

/**
 * A field's basis in words. The content guard has proved every citation resolves, so a miss here is a bug.
 *
 * @example citationView(texts, instrument, 'pencatatan-registrasi#2.bukti').where // 'Pasal 12 ayat (2) unsur “Bukti”'
 */
export function citationView(texts: Texts, instrument: InstrumentFile, text: string): CitationView {
  const { doc = SOP, clause, element } = parseCitation(text);
  const version = citedVersion(instrument, doc)!;
  const source = texts.get(doc)?.get(version);
  const found = source?.clauses.find((c) => c.id === clause);
  if (!source || !found) throw new Error(`Rujukan "${text}" tidak ditemukan`);
  const part = element === undefined ? undefined : source.elements(clause).find((e) => e.id === element);
  return {
    doc,
    version,
    clause,
    ...(element ? { element } : {}),
    where: [found.number || found.heading, part?.label].filter(Boolean).join(' '),
    quote: part?.text ?? found.heading,
  };
}

/** What the SOP's own list says of an instrument: its contents, stage and who fills it in (Pasal 30 ayat (1)). */
export function listedFacts(texts: Texts, instrument: InstrumentFile): { contents?: string; stage?: string; filledBy?: string } {
  const { clause, element } = parseCitation(instrument.basis);
  const sop = texts.get(SOP)?.get(instrument.sop);
  const row = sop?.elements(clause).find((e) => e.id === element);
  const cells = Object.entries(row?.cells ?? {});
  const cell = (name: RegExp) => cells.find(([heading]) => name.test(heading))?.[1];
  const plain = (s: string | undefined) => s?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  // A list that says only "ayat (4)" for an instrument's contents: show what that ayat says.
  // "Isi pokok" (0.2) or "Unsur yang wajib dicatat" (0.3), never "Pengisi", which also holds "isi".
  let contents = cell(/^(?:isi|unsur)/i);
  const ayat = contents?.match(/^ayat \((\d+)\)$/)?.[1];
  if (ayat && sop) {
    const inPasal = [clause, ...sop.clauses.filter((c) => c.parent === clause).map((c) => c.id)];
    contents = inPasal.map((id) => sop.elements(id).find((e) => e.id === ayat)).find(Boolean)?.source ?? contents;
  }
  return { contents: plain(contents), stage: plain(cell(/tahap/i)), filledBy: plain(cell(/pengisi/i)) ?? instrument.filledBy };
}

/**
 * The confidentiality rule every printed page carries, in the SOP version's own words: the sentence of Pasal 30
 * about documents that leave KPAI (ayat (3) in both 0.2 and later drafts, but found by its words).
 */
export function footerRule(texts: Texts, sopVersion: string): string {
  const elements = texts.get(SOP)?.get(sopVersion)?.elements(INSTRUMENTS_CLAUSE) ?? [];
  const sentences = elements.flatMap((e) => e.text.split(/(?<=\.)\s+/));
  return sentences.find((s) => /luar KPAI/i.test(s)) ?? '';
}

/**
 * Where the SOP version defers the instruments' standard form ("Bentuk baku … ditetapkan tersendiri"), as a
 * citation says it: ayat (2) of Pasal 30 in 0.2, ayat (3) in 0.3. Found by its words, so a renumbered ayat follows.
 *
 * @example deferredIn(texts, '0.3') // 'Pasal 30 ayat (3)'
 */
export function deferredIn(texts: Texts, sopVersion: string): string {
  const sop = texts.get(SOP)?.get(sopVersion);
  const clause = sop?.clauses.find((c) => c.id === INSTRUMENTS_CLAUSE);
  const element = sop?.elements(INSTRUMENTS_CLAUSE).find((e) => !e.parent && /ditetapkan tersendiri/i.test(e.text));
  return [clause?.number, element?.label].filter(Boolean).join(' ');
}
