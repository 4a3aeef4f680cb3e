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
export function compareInstruments(before: InstrumentFile, after: InstrumentFile): Comparison {
  return compareClauses(fieldClauses(before), fieldClauses(after));
}

/** The fields of an instrument as clauses, in order, each under its section. */
export function fieldClauses(instrument: InstrumentFile): Clause[] {
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
        `Dasar: ${f.basis.join('; ')}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })),
  );
}
