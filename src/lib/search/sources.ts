import { excerptOf, type SearchSource } from './records';

/**
 * The kinds of record search finds. The index keeps each kind together, in the order of the site's list of
 * sources (`src/site/search-sources.ts`), so a result's kind is known from its number alone. `istilah` is
 * the glossary: its entries are shown only when the query looks like a term lookup, or at most two after
 * the clauses (see `display.ts`).
 */
export type RecordKind = 'klausul' | 'alat' | 'layanan' | 'instrumen' | 'istilah' | (string & {});

export const GLOSSARY: RecordKind = 'istilah';

/** A page found as one record: a tool, a staff form. `source` says what kind of page it is. */
function pageSource(source: string, page: { title: string; text: string; url: string }): SearchSource {
  return {
    record: { source, title: page.title, within: '', version: '', excerpt: excerptOf(page.text), url: page.url },
    current: true,
    heading: page.title,
    text: page.text,
  };
}

export const toolSource = (tool: { title: string; text: string; url: string }): SearchSource => ({ ...pageSource('Alat bantu', tool), boost: 1.5 });

/** A staff form at /instrumen/, found by its title, purpose and the labels of its fields. */
export const instrumentSource = (form: { title: string; text: string; url: string }): SearchSource => pageSource('Formulir petugas', form);

export function termSource(term: { term: string; expansion?: string; definition: string; url: string }): SearchSource {
  const title = term.expansion ? `${term.term} — ${term.expansion}` : term.term;
  return {
    record: { source: 'Daftar Istilah', title, within: '', version: '', excerpt: excerptOf(term.definition), url: term.url },
    current: true,
    heading: title,
    text: term.definition,
  };
}

/** Words that say what kind of service an entry is, common to every province's page. */
const KIND_WORDS = /\b(?:UPTD?|UPT-PPA|PPPA|PPA|P2TP2A|DP\w*|Dinas|Dinsos|Sosial|Provinsi|Kabupaten|Kota|Darurat|112|di)\b/gi;

/** A province's directory page, found by the places its services name, not by the kind of service: "UPTD PPA"
 *  on 35 province pages would drown the guide's own clause on UPTD PPA. Regency names stay out of the index:
 *  they would add a sixth to its size, and the finder searches them. */
export function placeSource(place: { name: string; regencies: number; services: readonly { name: string; summary: string }[]; url: string }): SearchSource {
  const listed = place.services.map((s) => s.name);
  const excerpt = `${place.regencies} kabupaten/kota.${listed.length > 0 ? ` Tercatat: ${listed.join(', ')}.` : ''}`;
  return {
    record: { source: 'Layanan menurut daerah', title: `Layanan di ${place.name}`, within: '', version: '', excerpt: excerptOf(excerpt), url: place.url },
    current: true,
    heading: `Layanan di ${place.name}`,
    text: [place.name, ...listed.map((name) => name.replace(KIND_WORDS, ' '))].join(' '),
  };
}
