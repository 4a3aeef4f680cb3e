import { requiredParts, type ClauseElement } from './elements';
import type { VersionText } from './texts';

/** The document whose versions instruments implement. */
export const SOP = 'sop-pengaduan';

/** The clause of the SOP that lists the instruments and what every one of them carries (Pasal 30). */
export const INSTRUMENTS_CLAUSE = 'instrumen-dokumentasi';

/**
 * What every instrument carries at its head, in a SOP version's own words: the element of Pasal 30 that says
 * "Setiap instrumen memuat …" (ayat (3) in 0.2; ayat (2), with its letters, in later drafts) and its parts.
 * The form's header records them, so their basis moves with the SOP.
 */
export function headerOf(sop: VersionText): { element: ClauseElement; parts: ClauseElement[] } | undefined {
  const elements = sop.elements(INSTRUMENTS_CLAUSE);
  const element = elements.find((e) => !e.parent && /^Setiap instrumen memuat/i.test(e.text));
  return element ? { element, parts: requiredParts(elements, element.id) } : undefined;
}

/** The header's three entries when the SOP names no parts of its own: Pasal 30 ayat (3) of SOP 0.2. */
export const HEADER_LABELS = ['Nomor registrasi', 'Tanggal', 'Nama pengisi'] as const;

/** The header's labels: the SOP's own lettered items when it has them ("nama dan peran pengisi"), else the usual three. */
export function headerLabels(sop: VersionText): string[] {
  const parts = headerOf(sop)?.parts ?? [];
  if (parts.length !== 3 || parts.some((p) => p.id === headerOf(sop)!.element.id)) return [...HEADER_LABELS];
  return parts.map((p) => p.text.replace(/[;,.]?\s*(?:dan|atau)?\s*$/i, '').replace(/^./, (c) => c.toUpperCase()));
}
