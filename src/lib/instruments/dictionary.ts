import type { CodeList } from './code-lists';
import type { FieldView, InstrumentView } from './view';

/** One column of a data dictionary: what a register (or any instrument kept as data) records in a field. */
export interface DictionaryEntry {
  /** The field id: the column name a combined register uses. */
  column: string;
  label: string;
  /** The section it sits in; for a table section, one record per row. */
  section: string;
  kind: FieldView['kind'];
  /** The value's type in a data file. */
  type: 'teks' | 'tanggal' | 'kode' | 'daftar kode';
  required: boolean;
  codeList?: string;
  /** The allowed codes, when the value is picked from a list. */
  codes: string[];
  /** Where the field's duty comes from, in words. */
  basis: string;
}

const TYPE: Record<FieldView['kind'], DictionaryEntry['type']> = {
  teks: 'teks',
  tanggal: 'tanggal',
  pilihan: 'kode',
  centang: 'daftar kode',
  'tanda-tangan': 'teks',
  uraian: 'teks',
};

/** The dictionary of a form: one entry per field, in order. `basisOf` says each field's basis in words. */
export function dictionaryOf(view: InstrumentView, basisOf: (fieldId: string) => string): DictionaryEntry[] {
  return view.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.fields.map((f) => ({
        column: f.id,
        label: f.label,
        section: section.id,
        kind: f.kind,
        type: TYPE[f.kind],
        required: f.required,
        ...(f.codeList ? { codeList: f.codeList } : {}),
        codes: f.options ? [...f.options.map((o) => o.code), ...(f.other ? ['lainnya'] : [])] : [],
        basis: basisOf(f.id),
      })),
    ),
  );
}

/** Text as a CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** A byte-order mark first, so spreadsheet programs read the file as UTF-8. */
const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/** The dictionary as CSV, one row per field, headings in Indonesian. */
export function dictionaryCsv(entries: readonly DictionaryEntry[]): string {
  return csv([
    ['kolom', 'label', 'bagian', 'jenis_isian', 'tipe_data', 'wajib', 'daftar_kode', 'nilai_yang_diizinkan', 'dasar'],
    ...entries.map((e) => [e.column, e.label, e.section, e.kind, e.type, e.required ? 'ya' : 'tidak', e.codeList ?? '', e.codes.join('|'), e.basis]),
  ]);
}

/** Every code list as CSV: one row per value. */
export function codeListsCsv(lists: readonly CodeList[]): string {
  return csv([['daftar_kode', 'kode', 'label', 'sumber'], ...lists.flatMap((l) => l.values.map((v) => [l.id, v.code, v.label, l.source]))]);
}

interface JsonSchema {
  [key: string]: unknown;
}

/**
 * A JSON Schema (2020-12) for one record of the form. A table section becomes an array of row objects; a code
 * becomes an enum; a date, a `format: date` string. Registers from different regions that validate against it
 * can be combined.
 */
export function dictionarySchema(view: InstrumentView, entries: readonly DictionaryEntry[], id?: string): JsonSchema {
  const byColumn = new Map(entries.map((e) => [e.column, e]));
  const property = (f: FieldView): JsonSchema => {
    const e = byColumn.get(f.id)!;
    const description = `${e.label}. Dasar: ${e.basis}`;
    if (e.type === 'tanggal') return { type: 'string', format: 'date', description };
    if (e.type === 'kode') return { type: 'string', enum: e.codes, description };
    if (e.type === 'daftar kode') return { type: 'array', items: { type: 'string', enum: e.codes }, uniqueItems: true, description };
    return { type: 'string', description };
  };
  const object = (fields: readonly FieldView[]): JsonSchema => ({
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.id, property(f)])),
    required: fields.filter((f) => f.required).map((f) => f.id),
    additionalProperties: false,
  });
  const sections = view.parts.flatMap((p) => p.sections);
  const single = sections.length === 1 && sections[0]!.rows;
  const base = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...(id ? { $id: id } : {}), title: `${view.title} (instrumen SOP Layanan Pengaduan versi ${view.version})` };
  // A register is one table: a record is one of its rows.
  if (single) return { ...base, description: 'Satu baris register. Nilai berkode memakai kode dari daftar kode versi yang sama.', ...object(sections[0]!.fields) };
  const flat = sections.filter((s) => !s.rows).flatMap((s) => s.fields);
  const tables = sections.filter((s) => s.rows);
  const record = object(flat);
  return {
    ...base,
    description: 'Satu formulir yang sudah diisi. Bagian berbentuk tabel menjadi daftar baris.',
    ...record,
    properties: { ...(record.properties as object), ...Object.fromEntries(tables.map((s) => [s.id, { type: 'array', description: s.title, items: object(s.fields) }])) },
  };
}
