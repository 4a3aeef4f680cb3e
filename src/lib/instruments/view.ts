import { slug } from 'github-slugger';
import type { FieldKind, InstrumentFile, InstrumentSection } from '../../schemas/instrument';
import type { Code, CodeList } from './code-lists';
import { HEADER_LABELS } from './constants';

/** One field as a form prints it; no basis, so it can travel to the browser. */
export interface FieldView {
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  hint?: string;
  /** The choices of `pilihan` and `centang`, with the code a register stores. */
  options?: Code[];
  /** The code list the choices come from, when they come from one. */
  codeList?: string;
  /** Words for a last choice with a line to write on ("Lainnya", "Ada, yaitu"). */
  other?: string;
  /** Handwriting lines for `uraian`. */
  lines?: number;
}

export interface SectionView {
  id: string;
  title: string;
  note?: string;
  /** Words to say, quoted from the SOP, and where they stand. */
  quote?: { text: string; cite: string };
  /** Empty rows of a table section. */
  rows?: number;
  fields: FieldView[];
}

/** A printed part: the whole form, or one of its parts (the letter that leaves KPAI, the record that stays). */
export interface PartView {
  /** Empty for a form in one part. */
  title: string;
  /** Sent outside KPAI: the child's initials only (SOP Pasal 30 ayat (3)). */
  outside: boolean;
  sections: SectionView[];
}

/** Everything a printed form needs, in plain data: what the blank page, fill mode and the tools render. */
export interface InstrumentView {
  id: string;
  /** The SOP version it implements, which is also its own version. */
  version: string;
  title: string;
  /** The header's three entries in the SOP version's words (registration number, date, who filled it in); none for a register. */
  header: string[];
  orientation: 'potret' | 'lanskap';
  parts: PartView[];
  /** The footer of every printed page: the confidentiality rule, the version, the permanent address. */
  footer: { rule: string; stamp: string; url?: string };
}

export { HEADER_KEYS, OTHER, otherKey, type FormValues } from './form-values';

/**
 * The form as data for printing: code lists resolved to their values, sections gathered into printed parts.
 *
 * @example viewOf(lembarPenerimaan, lists, footer).parts[0].sections[0].fields[0].options
 *   // [{ code: 'ya', label: 'Ya' }, { code: 'tidak', label: 'Tidak' }, …]
 */
export function viewOf(
  instrument: InstrumentFile,
  lists: ReadonlyMap<string, CodeList>,
  footer: InstrumentView['footer'],
  header: readonly string[] = HEADER_LABELS,
  quoteOf: (citation: string) => SectionView['quote'] = () => undefined,
): InstrumentView {
  const parts: PartView[] = [];
  for (const section of instrument.sections) {
    if (parts.length === 0 || section.part) parts.push({ title: section.part ?? '', outside: section.outside, sections: [] });
    const quote = section.quote ? quoteOf(section.quote) : undefined;
    parts.at(-1)!.sections.push({ ...sectionView(section, lists), ...(quote ? { quote } : {}) });
  }
  return {
    id: instrument.instrument,
    version: instrument.sop,
    title: instrument.title,
    header: instrument.header ? [...header] : [],
    orientation: instrument.orientation,
    parts,
    footer,
  };
}

function sectionView(section: InstrumentSection, lists: ReadonlyMap<string, CodeList>): SectionView {
  return {
    id: section.id,
    title: section.title,
    ...(section.note ? { note: section.note } : {}),
    ...(section.rows ? { rows: section.rows } : {}),
    fields: section.fields.map((f) => ({
      id: f.id,
      label: f.label,
      kind: f.kind,
      required: f.required,
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.options ? { options: f.options.map((label) => ({ code: slug(label), label })) } : {}),
      ...(f.codes ? { options: lists.get(f.codes)?.values ?? [], codeList: f.codes } : {}),
      ...(f.other ? { other: f.other === true ? 'Lainnya' : f.other } : {}),
      ...(f.kind === 'uraian' ? { lines: f.lines ?? 4 } : {}),
    })),
  };
}

/** Every field of a view, in order. */
export const fieldsOf = (view: InstrumentView): FieldView[] => view.parts.flatMap((p) => p.sections.flatMap((s) => s.fields));

export { partOf } from './parts';
