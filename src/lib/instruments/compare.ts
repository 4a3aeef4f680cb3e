import { compareClauses, type Comparison } from '../documents/compare';
import type { Clause } from '../documents/clauses';
import type { InstrumentFile } from '../../schemas/instrument';

/**
 * Two versions of an instrument compared field by field with the documents' comparison engine: a field is a
 * clause whose heading is its label and whose text says its kind, whether it is required, its choices and its
 * basis, so a changed choice or a new basis shows as a word-level change and a field moved to another section
 * shows as moved.
 *
 * @example compareInstruments(v02, v03).summary // { added: 4, removed: 0, changed: 6, moved: 1, … }
 */
export function compareInstruments(before: InstrumentFile, after: InstrumentFile, describe: Describe = (_, text) => text): Comparison {
  return compareClauses(fieldClauses(before, describe), fieldClauses(after, describe));
}

/** A basis in words ("Pasal 12 ayat (2) huruf a"), so a renumbered element reads as the same words, not a new id. */
export type Describe = (instrument: InstrumentFile, citation: string) => string;

/** The fields of an instrument as clauses, in order, each under its section. */
export function fieldClauses(instrument: InstrumentFile, describe: Describe = (_, text) => text): Clause[] {
  return instrument.sections.flatMap((section) =>
    section.fields.map((f) => ({
      id: f.id,
      depth: 3,
      heading: f.label,
      number: '',
      parent: section.id,
      text: [
        `Jenis: ${f.kind}${f.required ? ', wajib diisi' : ''}`,
        f.options ? `Pilihan: ${f.options.join('; ')}` : f.codes ? `Daftar kode: ${f.codes}` : '',
        f.other ? `Pilihan terakhir: ${f.other === true ? 'Lainnya' : f.other}` : '',
        f.lines ? `Baris tulisan: ${f.lines}` : '',
        f.hint ? `Petunjuk: ${f.hint}` : '',
        `Dasar: ${f.basis.map((b) => describe(instrument, b)).join('; ')}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })),
  );
}
