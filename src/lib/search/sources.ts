import type { Clause } from '../documents/clauses';
import { clauseSources, excerptOf, type SearchSource } from './records';

export interface SearchableDocument {
  title: string;
  versions: { label: string; current: boolean; url: string; clauses: readonly Clause[] }[];
}

export interface SearchableExtras {
  tools: { title: string; text: string; url: string }[];
  terms: { term: string; expansion?: string; definition: string; url: string }[];
  /** Each province's directory page, found by the names of its regencies and services too. */
  places: { name: string; regencies: readonly unknown[]; services: readonly { name: string; summary: string }[]; url: string }[];
}

/** Words that say what kind of service an entry is, common to every province's page. */
const KIND_WORDS = /\b(?:UPTD?|UPT-PPA|PPPA|PPA|P2TP2A|DP\w*|Dinas|Dinsos|Sosial|Provinsi|Kabupaten|Kota|Darurat|112|di)\b/gi;

/** Everything search finds, in one list: every clause of every version, the tools, the glossary, and the
 *  service directory's province pages. */
export function allSources(documents: readonly SearchableDocument[], extras: SearchableExtras): SearchSource[] {
  return [
    ...documents.flatMap((doc) => doc.versions.flatMap((v) => clauseSources(doc.title, v, v.clauses))),
    ...extras.tools.map((tool) => ({ record: { group: 'Alat bantu', version: '', current: true, boost: 1.5, title: tool.title, excerpt: excerptOf(tool.text), url: tool.url }, heading: tool.title, text: tool.text })),
    ...extras.terms.map((term) => {
      const text = `${term.expansion ?? ''} ${term.definition}`;
      const title = term.expansion ? `${term.term} — ${term.expansion}` : term.term;
      return { record: { group: 'Daftar Istilah', version: '', current: true, title, excerpt: excerptOf(term.definition), url: term.url }, heading: title, text };
    }),
    ...extras.places.map((place) => {
      const title = `Layanan di ${place.name}`;
      const listed = place.services.map((s) => s.name);
      // Regency names stay out of the index: they would add a sixth to its size, and the finder searches them.
      const excerpt = `${place.regencies.length} kabupaten/kota.${listed.length > 0 ? ` Tercatat: ${listed.join(', ')}.` : ''}`;
      // Indexed by the places its services name, not by the kind of service: "UPTD PPA" on 35 province pages
      // would drown the guide's own clause on UPTD PPA (and summaries would grow the index by one per service).
      const text = [place.name, ...listed.map((name) => name.replace(KIND_WORDS, ' '))].join(' ');
      return { record: { group: 'Layanan menurut daerah', version: '', current: true, title, excerpt: excerptOf(excerpt), url: place.url }, heading: title, text };
    }),
  ];
}
